package cn.gov.nantong.govmedia.incident.grade;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class GradeRuleRepository {

    private static final RecordRows<GradeRule> RULES = RecordRows.of(GradeRule.class);

    private final DatabaseClient db;

    GradeRuleRepository(DatabaseClient db) {
        this.db = db;
    }

    public Flux<GradeRule> all() {
        return db.sql("select * from incident_grades order by rank desc").map(RULES).all();
    }

    public Mono<GradeRule> find(IncidentGrade grade) {
        return db.sql("select * from incident_grades where grade = :grade").bind("grade", grade.name()).map(RULES).one();
    }

    /** Empty when the version is no longer the current one. */
    Mono<GradeRule> update(IncidentGrade grade, GradeRuleUpdate update) {
        return db.sql("""
                        update incident_grades set report_within_minutes = :report, response_within_minutes = :response,
                               update_every_minutes = :update, takedown_within_minutes = :takedown, version = version + 1
                         where grade = :grade and version = :version returning *""")
                .bind("grade", grade.name()).bind("report", update.reportWithinMinutes())
                .bind("response", update.responseWithinMinutes()).bind("update", update.updateEveryMinutes())
                .bind("takedown", update.takedownWithinMinutes()).bind("version", update.version())
                .map(RULES).one();
    }
}

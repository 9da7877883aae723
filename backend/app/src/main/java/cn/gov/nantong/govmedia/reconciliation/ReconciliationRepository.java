package cn.gov.nantong.govmedia.reconciliation;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reconciliation reports, their differences kept as jsonb. */
@Repository
class ReconciliationRepository {

    private final DatabaseClient db;
    private final JsonMapper json;

    ReconciliationRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The stored report's id. */
    Mono<Long> insert(OffsetDateTime startedAt, String startedBy, int ours, int theirs, List<ReconciliationReport.Difference> differences) {
        return db.sql("""
                        insert into reconciliation_reports (started_at, started_by, ours, theirs, differences)
                        values (:startedAt, :startedBy, :ours, :theirs, cast(:differences as jsonb)) returning id""")
                .bind("startedAt", startedAt).bind("startedBy", startedBy).bind("ours", ours)
                .bind("theirs", theirs).bind("differences", json.writeValueAsString(differences))
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> latestId() {
        return db.sql("select id from reconciliation_reports order by id desc limit 1").map(row -> row.get("id", Long.class)).one();
    }

    Mono<ReconciliationReport> find(long id) {
        return db.sql("select *, differences::text as differences_json from reconciliation_reports where id = :id").bind("id", id)
                .map(row -> new ReconciliationReport(id, row.get("started_at", OffsetDateTime.class),
                        row.get("finished_at", OffsetDateTime.class), row.get("started_by", String.class),
                        row.get("ours", Integer.class), row.get("theirs", Integer.class),
                        json.readValue(row.get("differences_json", String.class),
                                new TypeReference<List<ReconciliationReport.Difference>>() { })))
                .one();
    }
}

package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import cn.gov.nantong.govmedia.supervision.AssessmentViews.Item;
import cn.gov.nantong.govmedia.supervision.AssessmentViews.Result;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The annual assessment (Art 32) of the caller's subtree: the scheme applied to the year's counts, best score first. */
@Component
class Assessments {

    private final DatabaseClient db;
    private final AssessmentRepository repository;
    private final OrganizationScopes scopes;
    private final Clock clock;

    Assessments(DatabaseClient db, AssessmentRepository repository, OrganizationScopes scopes, Clock clock) {
        this.db = db;
        this.repository = repository;
        this.scopes = scopes;
        this.clock = clock;
    }

    Mono<List<Item>> items() {
        return db.sql("select * from assessment_items order by sort_order, id").map(Item::map).all().collectList();
    }

    /** Throws a 400 problem naming {@code field} unless the year can be assessed (2019 to this year). */
    void checkYear(int year, String field) {
        if (year < 2019 || year > LocalDate.now(clock).getYear()) {
            throw ApiProblemException.invalidField(field, "Range", "考核年度须在 2019 年至今年之间", "the year must be from 2019 to this year");
        }
    }

    Mono<List<Result>> results(int year) {
        checkYear(year, "year");
        LocalDate today = LocalDate.now(clock);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate until = end.isBefore(today) ? end : today;
        return Mono.zip(items(), scopes.current()).flatMap(context -> repository.counts(year, until, context.getT2())
                .map(c -> AssessmentScoring.score(c.organizationId(), c.organizationName(), year, context.getT1(), c.bySource()))
                .collectList()
                .map(list -> list.stream().sorted(Comparator.comparingInt(Result::score).reversed()
                        .thenComparingLong(Result::organizationId)).toList()));
    }
}

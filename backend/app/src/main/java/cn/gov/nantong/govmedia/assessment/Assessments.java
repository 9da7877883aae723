package cn.gov.nantong.govmedia.assessment;

import cn.gov.nantong.govmedia.assessment.AssessmentViews.Item;
import cn.gov.nantong.govmedia.assessment.AssessmentViews.ItemUpdate;
import cn.gov.nantong.govmedia.assessment.AssessmentViews.Result;
import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import cn.gov.nantong.govmedia.organization.OrganizationScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** The annual assessment (Art 32) of the caller's subtree: the scheme applied to the year's counts, best score first. */
@Component
public class Assessments {

    private final AssessmentRepository repository;
    private final CommendationRepository commendations;
    private final OrganizationScopes scopes;
    private final AuditLog audit;
    private final Clock clock;

    Assessments(AssessmentRepository repository, CommendationRepository commendations, OrganizationScopes scopes, AuditLog audit,
                Clock clock) {
        this.repository = repository;
        this.commendations = commendations;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<List<Item>> items() {
        return repository.items().collectList();
    }

    /** Changes an item of the scheme (a stale version is a 409), audited. */
    @Transactional
    Mono<Item> update(long id, ItemUpdate update) {
        return repository.item(id)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("考核项", "Assessment item")))
                .flatMap(before -> repository.update(id, update)
                        .switchIfEmpty(Mono.error(ApiProblemException.stale("考核项已被他人修改", "the item was changed by someone else")))
                        .flatMap(after -> audit.record("UPDATE", "assessment_item", id, before, after).thenReturn(after)));
    }

    /** Throws a 400 problem naming {@code field} unless the year can be assessed (2019 to this year). */
    public void checkYear(int year, String field) {
        if (year < 2019 || year > LocalDate.now(clock).getYear()) {
            throw ApiProblemException.invalidField(field, "Range", "考核年度须在 2019 年至今年之间", "the year must be from 2019 to this year");
        }
    }

    public Mono<List<Result>> results(int year) {
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

    /** The year's commendations (Art 33.1) of the caller's subtree, for the assessment notice. */
    public Mono<List<Commendation>> commendations(int year) {
        checkYear(year, "year");
        return scopes.current().flatMap(scope -> commendations.ofYear(year, scope).collectList());
    }
}

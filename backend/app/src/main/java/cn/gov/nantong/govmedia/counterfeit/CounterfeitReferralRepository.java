package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Requests to the cyberspace administration and the police about a fake (Art 30); the caller checked the scope. */
@Repository
class CounterfeitReferralRepository {

    private static final RecordRows<CounterfeitReferral> ROWS = RecordRows.of(CounterfeitReferral.class);

    private final DatabaseClient db;

    CounterfeitReferralRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<CounterfeitReferral> of(long investigationId) {
        return db.sql("select * from counterfeit_referrals where investigation_id = :id order by id")
                .bind("id", investigationId).map(ROWS).all();
    }

    Mono<CounterfeitReferral> find(long investigationId, long id) {
        return db.sql("select * from counterfeit_referrals where investigation_id = :investigation and id = :id")
                .bind("investigation", investigationId).bind("id", id).map(ROWS).one();
    }

    Mono<Long> insert(long investigationId, ReferralRequest request, String by) {
        return db.sql("""
                        insert into counterfeit_referrals (investigation_id, agency, requested_on, request, recorded_by)
                        values (:investigation, :agency, :requestedOn, :request, :by)
                        returning id""")
                .bind("investigation", investigationId).bind("agency", request.agency().name())
                .bind("requestedOn", request.requestedOn()).bind("request", request.request().trim()).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> outcome(long id, ReferralOutcomeRequest request) {
        return db.sql("""
                        update counterfeit_referrals set outcome = :outcome, outcome_on = :outcomeOn, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version""")
                .bind("id", id).bind("outcome", request.outcome().trim()).bind("outcomeOn", request.outcomeOn())
                .bind("version", request.version()).fetch().rowsUpdated();
    }
}

package cn.gov.nantong.govmedia.assessment;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Commendations (Art 33.1) of the organizations of a scope. */
@Repository
class CommendationRepository {

    private static final RecordRows<Commendation> ROWS = RecordRows.of(Commendation.class);
    private static final String FROM = " from commendations c join organizations o on o.id = c.organization_id where "
            + OrganizationScope.condition("o.path");
    private static final String SELECT = "select c.*, o.name as organization_name" + FROM;

    private final DatabaseClient db;

    CommendationRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Commendation> page(@Nullable Integer year, @Nullable CommendationKind kind, OrganizationScope scope, PageRequest page) {
        WhereClause where = where(year, kind);
        return where.bind(db.sql(SELECT + where.sql() + " order by c.year desc, c.decided_on desc, c.id desc limit :limit offset :offset"))
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("limit", page.size()).bind("offset", page.offset())
                .map(ROWS).all();
    }

    Mono<Long> count(@Nullable Integer year, @Nullable CommendationKind kind, OrganizationScope scope) {
        WhereClause where = where(year, kind);
        return where.bind(db.sql("select count(*) as total" + FROM + where.sql()))
                .bind(OrganizationScope.BIND_NAME, scope.path()).map(row -> row.get("total", Long.class)).one();
    }

    /** A year's commendations for the notice: units first, then people, in the order of the tree. */
    Flux<Commendation> ofYear(int year, OrganizationScope scope) {
        return db.sql(SELECT + " and c.year = :year order by c.kind desc, o.path, c.id")
                .bind("year", year).bind(OrganizationScope.BIND_NAME, scope.path()).map(ROWS).all();
    }

    Mono<Commendation> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " and c.id = :id").bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path()).map(ROWS).one();
    }

    Mono<Long> insert(CommendationRequest request, String by) {
        String person = request.kind() == CommendationKind.PERSON && request.personName() != null ? request.personName().trim() : null;
        return db.sql("""
                        insert into commendations (year, kind, organization_id, person_name, reason, decided_on, recorded_by)
                        values (:year, :kind, :organizationId, :person, :reason, :decidedOn, :by)
                        returning id""")
                .bind("year", request.year()).bind("kind", request.kind().name()).bind("organizationId", request.organizationId())
                .bind("person", Parameter.fromOrEmpty(person, String.class)).bind("reason", request.reason().trim())
                .bind("decidedOn", request.decidedOn()).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> delete(long id, long version) {
        return db.sql("delete from commendations where id = :id and version = :version")
                .bind("id", id).bind("version", version).fetch().rowsUpdated();
    }

    private static WhereClause where(@Nullable Integer year, @Nullable CommendationKind kind) {
        return WhereClause.andOnly().and("c.year = :year", "year", year).and("c.kind = :kind", "kind", kind);
    }
}

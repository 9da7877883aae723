package cn.gov.nantong.govmedia.organization;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Organization SQL. Every read takes the caller's scope and filters by it in the database. */
@Repository
class OrganizationRepository {

    static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name", "code", "o.code", "divisionCode", "o.division_code", "type", "o.type",
            "createdAt", "o.created_at", "updatedAt", "o.updated_at");
    static final String DEFAULT_ORDER = "o.path";

    private static final String SELECT = """
            select o.id, o.code, o.name, o.short_name, o.type, o.level, o.division_code, o.credit_code, o.parent_id,
                   o.competent_authority_id, a.name as competent_authority_name, o.path::text as path,
                   nlevel(o.path) as depth, o.sort_order, o.account_obligation, o.obligation_reason, o.created_at,
                   o.updated_at, o.version
              from organizations o
              left join organizations a on a.id = o.competent_authority_id
            """;

    private final DatabaseClient db;

    OrganizationRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Organization> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where o.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id)
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(ROWS)
                .one();
    }

    Mono<Organization> findAnywhere(long id) {
        return db.sql(SELECT + " where o.id = :id").bind("id", id).map(ROWS).one();
    }

    Mono<Organization> findByCode(String code, OrganizationScope scope) {
        if (code == null) {
            return Mono.empty();
        }
        return db.sql(SELECT + " where o.code = :code and " + OrganizationScope.condition("o.path"))
                .bind("code", code)
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(ROWS)
                .one();
    }

    Flux<Organization> findAllInScope(OrganizationScope scope) {
        return db.sql(SELECT + " where " + OrganizationScope.condition("o.path") + " order by nlevel(o.path), o.sort_order, o.id")
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(ROWS)
                .all();
    }

    Flux<Organization> page(OrganizationFilter filter, OrganizationScope scope, PageRequest page) {
        WhereClause where = where(filter);
        var spec = db.sql(SELECT + where.sql() + " order by " + page.orderBy() + " limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("limit", page.size())
                .bind("offset", page.offset());
        spec = where.bind(spec);
        return spec.map(ROWS).all();
    }

    Mono<Long> count(OrganizationFilter filter, OrganizationScope scope) {
        WhereClause where = where(filter);
        var spec = db.sql("select count(*) as total from organizations o" + where.sql())
                .bind(OrganizationScope.BIND_NAME, scope.path());
        spec = where.bind(spec);
        return spec.map(row -> row.get("total", Long.class)).one();
    }

    Mono<Long> insert(CreateOrganizationRequest request) {
        return db.sql("""
                        insert into organizations (code, name, short_name, type, level, division_code, credit_code,
                                                   parent_id, competent_authority_id, sort_order, account_obligation)
                        values (:code, :name, :shortName, :type, :level, :divisionCode, :creditCode,
                                :parentId, :authorityId, :sortOrder, :obligation)
                        returning id""")
                .bind("code", request.code())
                .bind("name", request.name().trim())
                .bind("shortName", Parameter.fromOrEmpty(request.shortName(), String.class))
                .bind("type", request.type().name())
                .bind("level", request.level().name())
                .bind("divisionCode", request.divisionCode())
                .bind("creditCode", Parameter.fromOrEmpty(request.creditCode(), String.class))
                .bind("parentId", request.parentId())
                .bind("authorityId", Parameter.fromOrEmpty(request.competentAuthorityId(), Long.class))
                .bind("sortOrder", request.sortOrder() == null ? 0 : request.sortOrder())
                .bind("obligation", AccountObligation.defaultFor(request.type()).name())
                .map(row -> row.get("id", Long.class))
                .one();
    }

    /** Writes the merged state; 0 rows means the version moved on. */
    Mono<Long> update(Organization merged, long expectedVersion) {
        return db.sql("""
                        update organizations
                           set name = :name, short_name = :shortName, type = :type, division_code = :divisionCode,
                               credit_code = :creditCode, parent_id = :parentId, competent_authority_id = :authorityId,
                               sort_order = :sortOrder, updated_at = now(), version = version + 1
                         where id = :id and version = :version""")
                .bind("id", merged.id())
                .bind("version", expectedVersion)
                .bind("name", merged.name())
                .bind("shortName", Parameter.fromOrEmpty(merged.shortName(), String.class))
                .bind("type", merged.type().name())
                .bind("divisionCode", merged.divisionCode())
                .bind("creditCode", Parameter.fromOrEmpty(merged.creditCode(), String.class))
                .bind("parentId", Parameter.fromOrEmpty(merged.parentId(), Long.class))
                .bind("authorityId", Parameter.fromOrEmpty(merged.competentAuthorityId(), Long.class))
                .bind("sortOrder", merged.sortOrder())
                .fetch()
                .rowsUpdated();
    }

    /** 0 rows means the version moved on. */
    Mono<Long> updateObligation(long id, AccountObligation obligation, @Nullable String reason, long expectedVersion) {
        return db.sql("""
                        update organizations set account_obligation = :obligation, obligation_reason = :reason,
                               updated_at = now(), version = version + 1
                         where id = :id and version = :version""")
                .bind("id", id).bind("version", expectedVersion).bind("obligation", obligation.name())
                .bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .fetch().rowsUpdated();
    }

    Mono<Boolean> isCompetentAuthorityOfAny(long id) {
        return db.sql("select exists (select 1 from organizations where competent_authority_id = :id) as designated")
                .bind("id", id).map(row -> Boolean.TRUE.equals(row.get("designated", Boolean.class))).one();
    }

    Mono<Boolean> existsByCode(String code) {
        return db.sql("select exists(select 1 from organizations where code = :code) as found")
                .bind("code", code).map(row -> row.get("found", Boolean.class)).one();
    }

    Mono<Boolean> creditCodeTaken(String creditCode, long exceptId) {
        return db.sql("select exists(select 1 from organizations where credit_code = :code and id <> :id) as found")
                .bind("code", creditCode).bind("id", exceptId).map(row -> row.get("found", Boolean.class)).one();
    }

    private static WhereClause where(OrganizationFilter filter) {
        return WhereClause.where(OrganizationScope.condition("o.path"))
                .andContaining("(o.name ilike :q or o.short_name ilike :q or o.code ilike :q)", "q", filter.q())
                .and("o.type = :type", "type", filter.type())
                .and("o.level = :level", "level", filter.level())
                .and("o.division_code = :divisionCode", "divisionCode", filter.divisionCode())
                .and("o.parent_id = :parentId", "parentId", filter.parentId());
    }

    private static final RecordRows<Organization> ROWS = RecordRows.of(Organization.class);

}

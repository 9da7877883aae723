package cn.gov.nantong.govmedia.coverage;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Obliged units (Art 11) against their live accounts (Art 12's PENDING_FILING, ACTIVE, CLOSING; a pending opening is
 * counted apart, it does not cover yet). A unit's county is the government of its division code.
 */
@Repository
class CoverageRepository {

    private static final RecordRows<CoverageGap> GAPS = RecordRows.of(CoverageGap.class);
    private static final RecordRows<CountyCoverage> COUNTIES = RecordRows.of(CountyCoverage.class);

    private static final String OBLIGED = """
            select o.id, o.code, o.name, o.division_code, o.sort_order,
                   coalesce((select g.name from organizations g where g.division_code = o.division_code and g.type = 'GOVERNMENT'
                              order by nlevel(g.path) limit 1), o.division_code) as county_name,
                   exists (select 1 from accounts a where a.host_organization_id = o.id and a.status in ('ACTIVE', 'CLOSING')
                                                      and (cast(:platform as text) is null or a.platform = :platform)) as covered,
                   (select count(*) from accounts a where a.host_organization_id = o.id and a.status = 'PENDING_FILING'
                                                      and (cast(:platform as text) is null or a.platform = :platform)) as pending
              from organizations o
             where o.account_obligation = 'REQUIRED' and (cast(:divisionCode as text) is null or o.division_code = :divisionCode)
            """ + " and " + OrganizationScope.condition("o.path");

    private static final String GAP_ROWS = """
            select id as organization_id, code as organization_code, name as organization_name, division_code, county_name,
                   pending as pending_accounts
              from (""" + OBLIGED + ") u where not covered";

    private final DatabaseClient db;

    CoverageRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<CoverageGap> gaps(@Nullable String divisionCode, @Nullable String platform, OrganizationScope scope, PageRequest page) {
        return bind(db.sql(GAP_ROWS + " order by division_code, sort_order, organization_id limit :limit offset :offset"),
                divisionCode, platform, scope)
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(GAPS).all();
    }

    Mono<Long> countGaps(@Nullable String divisionCode, @Nullable String platform, OrganizationScope scope) {
        return bind(db.sql("select count(*) as total from (" + GAP_ROWS + ") g"), divisionCode, platform, scope)
                .map(row -> row.get("total", Long.class)).one();
    }

    Flux<CountyCoverage> counties(@Nullable String platform, OrganizationScope scope) {
        return bind(db.sql("""
                        select division_code, min(county_name) as county_name, count(*) as obliged,
                               count(*) filter (where covered) as covered, count(*) filter (where not covered) as uncovered
                          from (""" + OBLIGED + ") u group by division_code order by division_code"), null, platform, scope)
                .map(COUNTIES).all();
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, @Nullable String divisionCode, @Nullable String platform,
                                           OrganizationScope scope) {
        return spec.bind("divisionCode", Parameter.fromOrEmpty(divisionCode, String.class))
                .bind("platform", Parameter.fromOrEmpty(platform, String.class))
                .bind(OrganizationScope.BIND_NAME, scope.path());
    }
}

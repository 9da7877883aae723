package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckSampler.Candidate;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.Finding;
import cn.gov.nantong.govmedia.spotcheck.SpotCheckViews.SampledAccount;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class SpotCheckRepository {

    /** The stored check without its accounts. */
    record Header(long id, String quarter, long organizationId, String organizationName, boolean cityWide, long seed, int samplePercent,
                  int population, String status, String createdBy, OffsetDateTime createdAt, OffsetDateTime closedAt,
                  @Nullable String withdrawnReason, @Nullable String withdrawnBy, @Nullable OffsetDateTime withdrawnAt) {
    }

    /** The organization a check is run by: the root of the runner's scope. */
    record Runner(long id, String name, boolean cityWide) {
    }

    private final DatabaseClient db;

    SpotCheckRepository(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Every ACTIVE account hosted under the runner (scope root) by id, with its stratum. City-wide: the county-level unit
     * directly under the city root (county governments, zone committees), or the root itself for city-level units, and
     * only the county strata must be covered. Local (Art 32.2): the organization directly below the scope root that holds
     * the host, each of which must be covered, or the root itself for accounts it hosts.
     */
    Flux<Candidate> population(long runnerId) {
        return db.sql("""
                        select a.id, a.host_organization_id, case when r.parent_id is null
                                   then case when c.level = 'COUNTY' then c.id else r.id end
                                   else coalesce(c.id, r.id) end as stratum_id,
                               case when r.parent_id is null then coalesce(c.level = 'COUNTY', false) else c.id is not null end
                                   as county
                          from organizations r
                          join organizations o on o.path <@ r.path
                          join accounts a on a.host_organization_id = o.id
                          left join organizations c on nlevel(o.path) > nlevel(r.path) and c.path = subpath(o.path, 0, nlevel(r.path) + 1)
                         where r.id = :runner and a.status = 'ACTIVE'
                         order by a.id""")
                .bind("runner", runnerId)
                .map(row -> new Candidate(row.get("id", Long.class), row.get("host_organization_id", Long.class),
                        row.get("stratum_id", Long.class), row.get("county", Boolean.class)))
                .all();
    }

    /** The organization at the root of a scope. */
    Mono<Runner> runner(OrganizationScope scope) {
        return db.sql("select id, name, parent_id is null as city_wide from organizations where path = cast(:scopePath as ltree)")
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> new Runner(row.get("id", Long.class), row.get("name", String.class), row.get("city_wide", Boolean.class)))
                .one();
    }

    Mono<Long> insert(long runnerId, String quarter, long seed, int percent, int population, String by) {
        return db.sql("""
                        insert into spot_checks (organization_id, quarter, seed, sample_percent, population, created_by)
                        values (:runner, :quarter, :seed, :percent, :population, :by) returning id""")
                .bind("runner", runnerId).bind("quarter", quarter).bind("seed", seed).bind("percent", percent).bind("population", population).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    /** The whole sample in one statement. */
    Mono<Long> insertSample(long checkId, List<Candidate> sample) {
        return db.sql("""
                        insert into spot_check_accounts (check_id, account_id, host_organization_id, stratum_id, position)
                        select :checkId, s.account_id, s.host_id, s.stratum_id, (s.n - 1)::int
                          from unnest(cast(:accounts as bigint[]), cast(:hosts as bigint[]), cast(:strata as bigint[]))
                               with ordinality as s(account_id, host_id, stratum_id, n)""")
                .bind("checkId", checkId)
                .bind("accounts", sample.stream().map(Candidate::accountId).toArray(Long[]::new))
                .bind("hosts", sample.stream().map(Candidate::hostOrganizationId).toArray(Long[]::new))
                .bind("strata", sample.stream().map(Candidate::stratumId).toArray(Long[]::new))
                .fetch().rowsUpdated();
    }

    private static final String HEADER = """
            select s.*, o.name as organization_name, o.parent_id is null as city_wide
              from spot_checks s join organizations o on o.id = s.organization_id
            """;

    /** The check when its runner is within the scope (Art 32.2: a county sees the checks its own office runs). */
    Mono<Header> header(long id, OrganizationScope scope) {
        return db.sql(HEADER + " where s.id = :id and " + OrganizationScope.condition("o.path")).bind("id", id)
                .bind(OrganizationScope.BIND_NAME, scope.path()).map(HEADER_ROWS).one();
    }

    /** The checks run by organizations within the scope, newest quarter first, the city's before a county's. */
    Flux<Header> headers(OrganizationScope scope) {
        return db.sql(HEADER + " where " + OrganizationScope.condition("o.path") + " order by s.quarter desc, o.path, s.id")
                .bind(OrganizationScope.BIND_NAME, scope.path()).map(HEADER_ROWS).all();
    }

    Flux<SampledAccount> accounts(long checkId) {
        return db.sql("""
                        select s.*, a.name as account_name, a.platform, h.name as host_name, st.name as stratum_name,
                               (select count(*) from spot_check_findings f where f.check_id = s.check_id and f.account_id = s.account_id)
                                   as findings
                          from spot_check_accounts s
                          join accounts a on a.id = s.account_id
                          join organizations h on h.id = s.host_organization_id
                          join organizations st on st.id = s.stratum_id
                         where s.check_id = :checkId order by s.position""")
                .bind("checkId", checkId)
                .map(row -> new SampledAccount(row.get("account_id", Long.class), row.get("account_name", String.class),
                        row.get("platform", String.class), row.get("host_organization_id", Long.class), row.get("host_name", String.class),
                        row.get("stratum_id", Long.class), row.get("stratum_name", String.class), row.get("position", Integer.class),
                        row.get("findings", Long.class), row.get("result", String.class)))
                .all();
    }

    /** The findings of a check with their checklist item and rectification deadline, by account. */
    public Flux<Finding> findings(long checkId) {
        return db.sql("""
                        select f.id, f.account_id, f.description, f.rectification_id, f.recorded_by, i.code, i.name, i.kind,
                               r.rectification_deadline
                          from spot_check_findings f
                          join checklist_items i on i.id = f.item_id
                          join inspection_findings r on r.id = f.rectification_id
                         where f.check_id = :checkId order by f.account_id, f.id""")
                .bind("checkId", checkId)
                .map(row -> new Finding(row.get("id", Long.class), checkId, row.get("account_id", Long.class), row.get("code", String.class),
                        row.get("name", String.class), "VETO".equals(row.get("kind", String.class)), row.get("description", String.class),
                        row.get("rectification_id", Long.class), row.get("rectification_deadline", LocalDate.class),
                        row.get("recorded_by", String.class)))
                .all();
    }

    /** The sampled account's host, or empty when the account is not in the sample. */
    Mono<Long> sampledHost(long checkId, long accountId) {
        return db.sql("select host_organization_id from spot_check_accounts where check_id = :checkId and account_id = :accountId")
                .bind("checkId", checkId).bind("accountId", accountId).map(row -> row.get("host_organization_id", Long.class)).one();
    }

    Mono<Long> insertFinding(long checkId, long accountId, long itemId, String description, String by) {
        return db.sql("""
                        insert into spot_check_findings (check_id, account_id, item_id, description, recorded_by)
                        values (:checkId, :accountId, :itemId, :description, :by) returning id""")
                .bind("checkId", checkId).bind("accountId", accountId).bind("itemId", itemId).bind("description", description)
                .bind("by", by).map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> linkRectification(long findingId, long rectificationId) {
        return db.sql("update spot_check_findings set rectification_id = :r where id = :id").bind("id", findingId)
                .bind("r", rectificationId).fetch().rowsUpdated();
    }

    /**
     * Closes an open check: an account fails (不合格) with any finding on a veto item, or when the points of the scored
     * items found reach {@code failPoints}; otherwise it passes (合格). Answers 0 if the check was not open.
     */
    Mono<Long> close(long checkId, int failPoints, String by) {
        return db.sql("update spot_checks set status = 'CLOSED', closed_by = :by, closed_at = now() where id = :id and status = 'OPEN'")
                .bind("id", checkId).bind("by", by).fetch().rowsUpdated()
                .flatMap(closed -> closed == 0 ? Mono.just(0L) : db.sql("""
                                update spot_check_accounts s
                                   set result = case when exists (select 1 from spot_check_findings f join checklist_items i on i.id = f.item_id
                                                                   where f.check_id = s.check_id and f.account_id = s.account_id
                                                                     and i.kind = 'VETO')
                                                       or coalesce((select sum(i.points) from checklist_items i
                                                                     where i.id in (select f.item_id from spot_check_findings f
                                                                                     where f.check_id = s.check_id
                                                                                       and f.account_id = s.account_id)), 0) >= :failPoints
                                                     then 'FAIL' else 'PASS' end
                                 where s.check_id = :id""")
                        .bind("id", checkId).bind("failPoints", failPoints).fetch().rowsUpdated().thenReturn(closed));
    }

    /** Withdraws an open check without findings; 0 when it is closed, withdrawn or holds a finding. */
    Mono<Long> withdraw(long checkId, String reason, String by) {
        return db.sql("""
                        update spot_checks set status = 'WITHDRAWN', withdrawn_reason = :reason, withdrawn_by = :by, withdrawn_at = now()
                         where id = :id and status = 'OPEN' and not exists (select 1 from spot_check_findings f where f.check_id = :id)""")
                .bind("id", checkId).bind("reason", reason).bind("by", by).fetch().rowsUpdated();
    }

    private static final RecordRows<Header> HEADER_ROWS = RecordRows.of(Header.class);

    Mono<Boolean> quarterTaken(long runnerId, String quarter) {
        return db.sql("""
                        select exists (select 1 from spot_checks where organization_id = :runner and quarter = :quarter
                                                                  and status <> 'WITHDRAWN') as taken""")
                .bind("runner", runnerId).bind("quarter", quarter)
                .map(row -> row.get("taken", Boolean.class)).one();
    }

    /**
     * The governments within the scope that have a government office (the city and each county or zone: their offices'
     * supervisors run the checks, Art 32.2) and no check of the quarter.
     */
    Flux<SpotCheckViews.MissingCheck> missing(String quarter, OrganizationScope scope) {
        return db.sql("""
                        select g.id, g.name, min(f.name) as office_name
                          from organizations g
                          join organizations f on f.parent_id = g.id and f.type = 'GOVERNMENT_OFFICE'
                         where\s""" + OrganizationScope.condition("g.path") + """
                           and not exists (select 1 from spot_checks s where s.organization_id = g.id and s.quarter = :quarter
                                                                        and s.status <> 'WITHDRAWN')
                         group by g.id, g.name, g.path order by g.path""")
                .bind("quarter", quarter).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> new SpotCheckViews.MissingCheck(row.get("id", Long.class), row.get("name", String.class),
                        row.get("office_name", String.class), quarter))
                .all();
    }

    Mono<Boolean> exists(long id, OrganizationScope scope) {
        return db.sql("select exists (select 1 from spot_checks s join organizations o on o.id = s.organization_id where s.id = :id and "
                        + OrganizationScope.condition("o.path") + ") as found").bind("id", id)
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> row.get("found", Boolean.class)).one();
    }
}

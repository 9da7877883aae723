package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class SecurityCheckRepository {

    /** A check without its findings, as the rows hold it. */
    record Header(long id, long organizationId, String organizationName, long accountId, String accountName,
                  LocalDate checkedOn, String checkedBy, String summary, String createdBy) {

        SecurityCheck with(List<SecurityCheck.SecurityCheckFinding> findings) {
            return new SecurityCheck(id, organizationId, organizationName, accountId, accountName, checkedOn, checkedBy, summary,
                    createdBy, findings);
        }
    }

    private static final RecordRows<Header> HEADERS = RecordRows.of(Header.class);
    private static final RecordRows<SecurityCheck.SecurityCheckFinding> FINDINGS = RecordRows.of(SecurityCheck.SecurityCheckFinding.class);

    private static final String FROM = " from security_checks c join organizations o on o.id = c.organization_id"
            + " join accounts a on a.id = c.account_id";
    private static final String SELECT = "select c.*, o.name as organization_name, a.name as account_name" + FROM;

    private final DatabaseClient db;

    SecurityCheckRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<Header> page(@Nullable Long organizationId, @Nullable Long accountId, OrganizationScope scope, PageRequest page) {
        WhereClause where = where(organizationId, accountId);
        return where.bind(db.sql(SELECT + where.sql() + " order by c.checked_on desc, c.id desc limit :limit offset :offset"))
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("limit", page.size()).bind("offset", page.offset())
                .map(HEADERS).all();
    }

    Mono<Long> count(@Nullable Long organizationId, @Nullable Long accountId, OrganizationScope scope) {
        WhereClause where = where(organizationId, accountId);
        return where.bind(db.sql("select count(*) as total" + FROM + where.sql())).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<Header> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where c.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path()).map(HEADERS).one();
    }

    /** The findings of the checks, with the state of the rectification task each opened. */
    Flux<SecurityCheck.SecurityCheckFinding> findings(long checkId) {
        return db.sql("""
                        select f.id, f.area, f.description, f.rectification_id, r.rectification_deadline,
                               r.status as rectification_status
                          from security_check_findings f
                          left join inspection_findings r on r.id = f.rectification_id
                         where f.check_id = :checkId
                         order by f.id""")
                .bind("checkId", checkId).map(FINDINGS).all();
    }

    Mono<Long> insert(SecurityCheckRequest check, long organizationId, String by) {
        return db.sql("""
                        insert into security_checks (organization_id, account_id, checked_on, checked_by, summary, created_by)
                        values (:organizationId, :accountId, :checkedOn, :checkedBy, :summary, :by)
                        returning id""")
                .bind("organizationId", organizationId).bind("accountId", check.accountId()).bind("checkedOn", check.checkedOn())
                .bind("checkedBy", check.checkedBy().trim()).bind("summary", check.summary().trim()).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> insertFinding(long checkId, SecurityCheckRequest.SecurityCheckFindingRequest finding) {
        return db.sql("""
                        insert into security_check_findings (check_id, area, description)
                        values (:checkId, :area, :description)
                        returning id""")
                .bind("checkId", checkId).bind("area", finding.area().name()).bind("description", finding.description().trim())
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> linkRectification(long findingId, long rectificationId) {
        return db.sql("update security_check_findings set rectification_id = :rectificationId where id = :id")
                .bind("id", findingId).bind("rectificationId", rectificationId).fetch().rowsUpdated();
    }

    private static WhereClause where(@Nullable Long organizationId, @Nullable Long accountId) {
        return WhereClause.where(OrganizationScope.condition("o.path"))
                .and("o.path <@ (select p.path from organizations p where p.id = :organizationId)", "organizationId", organizationId)
                .and("c.account_id = :accountId", "accountId", accountId);
    }
}

package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.account.AccountChanges;
import cn.gov.nantong.govmedia.account.Platform;
import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@Repository
class FilingRepository {

    static final Map<String, String> SORTABLE = Map.of("provincialDeadline", "f.provincial_deadline",
            "submittedAt", "f.submitted_at", "type", "f.type", "status", "f.status");
    static final String DEFAULT_ORDER = "f.id desc";

    /** Deadline state is computed in SQL from today and the last day that still counts as "due soon". */
    private static final String SELECT = "select f.*, f.changes::text as changes_json, a.name as account_name, a.platform,"
            + " h.name as host_name, au.name as authority_name, " + ProvincialDeadline.STATE + " as deadline_state" + """

              from filings f
              join accounts a on a.id = f.account_id
              join organizations h on h.id = f.host_organization_id
              join organizations au on au.id = f.authority_organization_id
            """;

    private final DatabaseClient db;
    private final JsonMapper json;

    FilingRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<FilingResponse> findInScope(long id, OrganizationScope scope, Deadlines deadlines) {
        return db.sql(SELECT + " where f.id = :id and " + OrganizationScope.condition("h.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("today", deadlines.today()).bind("dueSoonUntil", deadlines.dueSoonUntil())
                .map(this::map).one();
    }

    Flux<FilingResponse> page(FilingFilter filter, OrganizationScope scope, Deadlines deadlines, String callerOrganization,
                              PageRequest page) {
        WhereClause where = where(filter, callerOrganization);
        var spec = db.sql(SELECT + where.sql() + " order by " + page.orderBy() + " limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("limit", page.size()).bind("offset", page.offset())
                .bind("today", deadlines.today()).bind("dueSoonUntil", deadlines.dueSoonUntil());
        spec = where.bind(spec);
        return spec.map(this::map).all();
    }

    Mono<Long> count(FilingFilter filter, OrganizationScope scope, Deadlines deadlines, String callerOrganization) {
        WhereClause where = where(filter, callerOrganization);
        var spec = db.sql("select count(*) as total from filings f join organizations h on h.id = f.host_organization_id" + where.sql())
                .bind(OrganizationScope.BIND_NAME, scope.path());
        if (where.sql().contains(":today")) {
            spec = spec.bind("today", deadlines.today());
        }
        if (where.sql().contains(":dueSoonUntil")) {
            spec = spec.bind("dueSoonUntil", deadlines.dueSoonUntil());
        }
        spec = where.bind(spec);
        return spec.map(row -> row.get("total", Long.class)).one();
    }

    Mono<Long> insert(NewFiling filing) {
        return db.sql("""
                        insert into filings (type, account_id, host_organization_id, authority_organization_id, status, legacy, changes,
                            basis_type, basis_document_number, basis_decided_on, announcement_starts_on, announcement_ends_on,
                            received_on, provincial_deadline, legacy_found_on, host_deadline, submitted_by)
                        values (:type, :accountId, :hostId, :authorityId, 'SUBMITTED', :legacy, cast(:changes as jsonb), :basisType, :basisDocument,
                            :basisDecidedOn, :announcementStartsOn, :announcementEndsOn, :receivedOn, :deadline, :foundOn, :hostDeadline,
                            :submittedBy)
                        returning id""")
                .bind("type", filing.type().name()).bind("accountId", filing.accountId()).bind("hostId", filing.hostId())
                .bind("authorityId", filing.authorityId()).bind("legacy", filing.legacy())
                .bind("changes", Parameter.fromOrEmpty(filing.changes() == null ? null : json.writeValueAsString(filing.changes()), String.class))
                .bind("basisType", Parameter.fromOrEmpty(filing.basisType() == null ? null : filing.basisType().name(), String.class))
                .bind("basisDocument", Parameter.fromOrEmpty(filing.basisDocumentNumber(), String.class))
                .bind("basisDecidedOn", Parameter.fromOrEmpty(filing.basisDecidedOn(), LocalDate.class))
                .bind("announcementStartsOn", Parameter.fromOrEmpty(filing.announcementStartsOn(), LocalDate.class))
                .bind("announcementEndsOn", Parameter.fromOrEmpty(filing.announcementEndsOn(), LocalDate.class))
                .bind("receivedOn", filing.receivedOn()).bind("deadline", filing.provincialDeadline())
                .bind("foundOn", Parameter.fromOrEmpty(filing.legacyFoundOn(), LocalDate.class))
                .bind("hostDeadline", Parameter.fromOrEmpty(filing.hostDeadline(), LocalDate.class))
                .bind("submittedBy", filing.submittedBy())
                .map(row -> row.get("id", Long.class)).one();
    }

    /** Records the decision if the filing is still undecided; 0 rows means someone decided first. */
    Mono<Long> decide(long id, FilingStatus status, String decidedBy, String reason) {
        return db.sql("""
                        update filings set status = :status, decided_by = :decidedBy, decided_at = now(), decision_reason = :reason,
                               version = version + 1
                         where id = :id and status = 'SUBMITTED'""")
                .bind("id", id).bind("status", status.name()).bind("decidedBy", decidedBy)
                .bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .fetch().rowsUpdated();
    }

    private static WhereClause where(FilingFilter filter, String callerOrganization) {
        return WhereClause.where(OrganizationScope.condition("h.path"))
                .and("f.type = :type", "type", filter.type())
                .and("f.status = :status", "status", filter.status())
                .and("f.account_id = :accountId", "accountId", filter.accountId())
                .and("f.authority_organization_id = (select c.id from organizations c where c.code = :callerOrganization)",
                        "callerOrganization", filter.decidableByMe() ? callerOrganization : null)
                .and(ProvincialDeadline.UNDECIDED + " and " + ProvincialDeadline.PAST, filter.deadlineState() == DeadlineState.OVERDUE)
                .and(ProvincialDeadline.UNDELIVERED + " and " + ProvincialDeadline.PAST,
                        filter.deadlineState() == DeadlineState.DELIVERY_OVERDUE)
                .and(ProvincialDeadline.PENDING + " and " + ProvincialDeadline.DUE_SOON, filter.deadlineState() == DeadlineState.DUE_SOON)
                .and(ProvincialDeadline.PENDING + " and " + ProvincialDeadline.ON_TIME, filter.deadlineState() == DeadlineState.ON_TIME);
    }

    private FilingResponse map(Readable row) {
        String basis = row.get("basis_type", String.class);
        String changes = row.get("changes_json", String.class);
        String deadline = row.get("deadline_state", String.class);
        LocalDate receivedOn = row.get("received_on", LocalDate.class);
        LocalDate hostDeadline = row.get("host_deadline", LocalDate.class);
        return new FilingResponse(row.get("id", Long.class), FilingType.valueOf(row.get("type", String.class)),
                FilingStatus.valueOf(row.get("status", String.class)), row.get("account_id", Long.class),
                row.get("account_name", String.class), Platform.valueOf(row.get("platform", String.class)),
                row.get("host_organization_id", Long.class), row.get("host_name", String.class),
                row.get("authority_organization_id", Long.class), row.get("authority_name", String.class),
                row.get("legacy", Boolean.class), changes == null ? null : json.readValue(changes, AccountChanges.class),
                basis == null ? null : BasisType.valueOf(basis),
                row.get("basis_document_number", String.class), row.get("basis_decided_on", LocalDate.class),
                row.get("announcement_starts_on", LocalDate.class), row.get("announcement_ends_on", LocalDate.class),
                row.get("received_on", LocalDate.class), row.get("provincial_deadline", LocalDate.class),
                row.get("legacy_found_on", LocalDate.class), hostDeadline, hostDeadline != null && receivedOn.isAfter(hostDeadline),
                deadline == null ? null : DeadlineState.valueOf(deadline), row.get("submitted_by", String.class),
                row.get("submitted_at", OffsetDateTime.class), row.get("decided_by", String.class),
                row.get("decided_at", OffsetDateTime.class), row.get("decision_reason", String.class),
                row.get("delivered_at", OffsetDateTime.class), row.get("receipt_number", String.class), List.of(),
                row.get("version", Long.class));
    }

    record Deadlines(LocalDate today, LocalDate dueSoonUntil) {
    }

    record NewFiling(FilingType type, long accountId, long hostId, long authorityId, boolean legacy, AccountChanges changes,
                     BasisType basisType,
                     String basisDocumentNumber, LocalDate basisDecidedOn, LocalDate announcementStartsOn,
                     LocalDate announcementEndsOn, LocalDate receivedOn, LocalDate provincialDeadline, LocalDate legacyFoundOn,
                     LocalDate hostDeadline, String submittedBy) {
    }

}

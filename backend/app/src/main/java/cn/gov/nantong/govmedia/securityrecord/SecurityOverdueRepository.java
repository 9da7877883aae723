package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The counts behind the overview's security tile, all within the caller's subtree. */
@Repository
class SecurityOverdueRepository {

    private static final String SCOPE = OrganizationScope.condition("o.path");

    private final DatabaseClient db;

    SecurityOverdueRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<SecurityOverdue> count(LocalDate today, LocalDate soon, LocalDate checkedSince, int reminderDays, int deviceCheckDays,
                                OrganizationScope scope) {
        return db.sql("""
                        select (select count(*)
                                  from organizations o
                                 cross join unnest(array['SECURITY_RULES', 'CONFIDENTIALITY_REVIEW_RULES', 'EMERGENCY_PLAN']) as k (kind)
                                 where %1$s
                                   and exists (select 1 from accounts a where a.host_organization_id = o.id
                                                  and a.status in ('ACTIVE', 'CLOSING'))
                                   and not exists (select 1 from security_documents d
                                                    where d.organization_id = o.id and d.kind = k.kind)) as documents_missing,
                               (select count(*) from security_documents d join organizations o on o.id = d.organization_id
                                 where %1$s and d.next_review_on >= :today and d.next_review_on <= :soon) as documents_due_soon,
                               (select count(*) from security_documents d join organizations o on o.id = d.organization_id
                                 where %1$s and d.next_review_on < :today) as documents_overdue,
                               (select count(*) from security_devices v join organizations o on o.id = v.organization_id
                                 where %1$s and v.status = 'IN_USE'
                                   and (v.last_checked_on is null or v.last_checked_on < :checkedSince)) as devices_overdue,
                               (select count(*) from inspection_findings r join organizations o on o.id = r.host_organization_id
                                 where %1$s and r.source = 'SECURITY_CHECK' and r.status = 'OPEN'
                                   and r.rectification_deadline < :today) as rectifications_overdue""".formatted(SCOPE))
                .bind("today", today).bind("soon", soon).bind("checkedSince", checkedSince)
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> new SecurityOverdue(today, row.get("documents_missing", Long.class),
                        row.get("documents_due_soon", Long.class), row.get("documents_overdue", Long.class),
                        row.get("devices_overdue", Long.class), row.get("rectifications_overdue", Long.class), reminderDays,
                        deviceCheckDays))
                .one();
    }
}

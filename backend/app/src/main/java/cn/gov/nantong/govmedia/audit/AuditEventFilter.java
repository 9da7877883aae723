package cn.gov.nantong.govmedia.audit;

import java.time.OffsetDateTime;

record AuditEventFilter(String entityType, String entityId, String actor, String action, OffsetDateTime from,
                        OffsetDateTime to) {
}

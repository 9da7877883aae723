package cn.gov.nantong.govmedia.complaint;

import org.jspecify.annotations.Nullable;

/** Filters of the admin list; every one has an index (V14). */
record ComplaintFilter(@Nullable ComplaintKind kind, @Nullable ComplaintStatus status, @Nullable Boolean overdue,
                       @Nullable Long organizationId, @Nullable String q) {
}

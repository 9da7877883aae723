package cn.gov.nantong.govmedia.activity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the metrics list; {@code organizationId} narrows to that organization's subtree. */
record MetricsFilter(LocalDate asOf, @Nullable ActivityFlag flag, @Nullable Long organizationId, @Nullable String platform) {
}

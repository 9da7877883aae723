package cn.gov.nantong.govmedia.repost;

import org.jspecify.annotations.Nullable;

/** List filters: task status, only tasks with targets still to repost, one target account, words of the title. */
record RepostTaskFilter(@Nullable RepostTaskStatus status, boolean outstanding, @Nullable Long accountId, @Nullable String q) {
}

package cn.gov.nantong.govmedia.account;

/** Filters of the account list; all optional. organizationId means that organization's subtree. */
record AccountFilter(Platform platform, AccountStatus status, Long organizationId, String q) {
}

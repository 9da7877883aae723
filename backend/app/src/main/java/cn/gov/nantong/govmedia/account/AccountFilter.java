package cn.gov.nantong.govmedia.account;


import java.time.LocalDate;

/**
 * Filters of the account list; all optional. organizationId means that organization's subtree; overdue keeps
 * accounts with an undecided filing past its provincial deadline as of today.
 */
record AccountFilter(Platform platform, AccountStatus status, Long organizationId, String q, boolean overdue, LocalDate today) {
}

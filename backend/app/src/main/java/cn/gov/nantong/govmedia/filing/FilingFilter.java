package cn.gov.nantong.govmedia.filing;

/** decidableByMe: only filings whose competent authority is the caller's organization. */
record FilingFilter(FilingType type, FilingStatus status, Long accountId, DeadlineState deadlineState, boolean decidableByMe) {
}

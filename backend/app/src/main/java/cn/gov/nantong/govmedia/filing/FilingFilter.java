package cn.gov.nantong.govmedia.filing;

record FilingFilter(FilingType type, FilingStatus status, Long accountId, String deadlineState) {
}

package cn.gov.nantong.govmedia.sync;

/** A claimed delivery. */
record OutboxRow(long id, String kind, Long filingId, Long findingId, String idempotencyKey, String payload, int attempts) {
}

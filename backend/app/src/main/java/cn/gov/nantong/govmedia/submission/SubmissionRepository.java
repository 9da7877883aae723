package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.complaint.ComplaintKind;
import cn.gov.nantong.govmedia.complaint.ComplaintStatus;
import cn.gov.nantong.govmedia.photo.PhotoInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** What the public side writes and reads: tracking numbers, idempotency keys, new submissions, status look-ups. */
@Repository
class SubmissionRepository {

    record KeyRow(String requestHash, @Nullable Long complaintId) {
    }

    record Stored(long id, String trackingNumber, String tokenHash, ComplaintKind kind, String title, ComplaintStatus status,
                  @Nullable String reply, OffsetDateTime createdAt, LocalDate dueOn, @Nullable OffsetDateTime repliedAt,
                  @Nullable OffsetDateTime closedAt, int photoCount) {

        ComplaintStatusView view(List<PhotoInfo> photos) {
            return new ComplaintStatusView(trackingNumber, kind, title, status,
                    status == ComplaintStatus.ANSWERED || status == ComplaintStatus.CLOSED ? reply : null, createdAt, dueOn, repliedAt,
                    closedAt, photos);
        }
    }

    record NewComplaint(String trackingNumber, String tokenHash, ComplaintKind kind, @Nullable Long accountId, long targetId,
                        String title, String content, @Nullable String contactName, @Nullable String contactPhone,
                        @Nullable String errorUrl, @Nullable String suspectPlatform, @Nullable String suspectName,
                        @Nullable String suspectLink, LocalDate dueOn, String clientHash, String contentHash, LocalDate receivedOn,
                        int photoCount) {
    }

    private final DatabaseClient db;

    SubmissionRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The six digits after the day in a tracking number; a sequence, so no submission waits for another. */
    Mono<Long> nextNumber() {
        return db.sql("select nextval('complaint_number_seq') % 1000000 as number").map(row -> row.get("number", Long.class)).one();
    }

    /** True when this request claimed the key; a concurrent holder makes this wait until it commits. */
    Mono<Boolean> claimKey(String key, String requestHash) {
        return db.sql("""
                        insert into complaint_idempotency_keys (idempotency_key, request_hash) values (:key, :hash)
                        on conflict (idempotency_key) do nothing returning idempotency_key""")
                .bind("key", key).bind("hash", requestHash).map(row -> true).one().defaultIfEmpty(false);
    }

    Mono<KeyRow> key(String key) {
        return db.sql("select request_hash, complaint_id from complaint_idempotency_keys where idempotency_key = :key")
                .bind("key", key).map(row -> new KeyRow(row.get("request_hash", String.class), row.get("complaint_id", Long.class)))
                .one();
    }

    Mono<Void> attachKey(String key, long complaintId) {
        return db.sql("update complaint_idempotency_keys set complaint_id = :id where idempotency_key = :key")
                .bind("id", complaintId).bind("key", key).then();
    }

    Mono<Void> releaseKey(String key) {
        return db.sql("delete from complaint_idempotency_keys where idempotency_key = :key").bind("key", key).then();
    }

    Mono<Stored> duplicateOf(String clientHash, String contentHash, OffsetDateTime since) {
        return db.sql(SELECT + " where client_hash = :client and content_hash = :content and created_at >= :since order by id limit 1")
                .bind("client", clientHash).bind("content", contentHash).bind("since", since)
                .map(SubmissionRepository::stored).one();
    }

    Mono<Stored> byId(long id) {
        return db.sql(SELECT + " where id = :id").bind("id", id).map(SubmissionRepository::stored).one();
    }

    Mono<Stored> byTrackingNumber(String trackingNumber) {
        return db.sql(SELECT + " where tracking_number = :number").bind("number", trackingNumber)
                .map(SubmissionRepository::stored).one();
    }

    Mono<Long> insert(NewComplaint c) {
        return db.sql("""
                        insert into complaints (tracking_number, token_hash, kind, account_id, target_organization_id, title, content,
                                                contact_name, contact_phone, error_url, suspect_platform, suspect_name, suspect_link,
                                                status, due_on, client_hash, content_hash, received_on, photo_count)
                        values (:number, :tokenHash, :kind, :accountId, :targetId, :title, :content, :contactName, :contactPhone,
                                :errorUrl, :suspectPlatform, :suspectName, :suspectLink, 'RECEIVED', :dueOn, :clientHash,
                                :contentHash, :receivedOn, :photoCount)
                        returning id""")
                .bind("number", c.trackingNumber()).bind("tokenHash", c.tokenHash()).bind("kind", c.kind().name())
                .bind("accountId", Parameter.fromOrEmpty(c.accountId(), Long.class)).bind("targetId", c.targetId())
                .bind("title", c.title()).bind("content", c.content())
                .bind("contactName", Parameter.fromOrEmpty(c.contactName(), String.class))
                .bind("contactPhone", Parameter.fromOrEmpty(c.contactPhone(), String.class))
                .bind("errorUrl", Parameter.fromOrEmpty(c.errorUrl(), String.class))
                .bind("suspectPlatform", Parameter.fromOrEmpty(c.suspectPlatform(), String.class))
                .bind("suspectName", Parameter.fromOrEmpty(c.suspectName(), String.class))
                .bind("suspectLink", Parameter.fromOrEmpty(c.suspectLink(), String.class))
                .bind("dueOn", c.dueOn()).bind("clientHash", c.clientHash()).bind("contentHash", c.contentHash())
                .bind("receivedOn", c.receivedOn()).bind("photoCount", (short) c.photoCount())
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Void> openInvestigation(long complaintId) {
        return db.sql("insert into counterfeit_investigations (complaint_id, status) values (:id, 'VERIFYING')")
                .bind("id", complaintId).then();
    }

    private static final String SELECT = """
            select id, tracking_number, token_hash, kind, title, status, reply, created_at, due_on, replied_at, closed_at,
                   photo_count
              from complaints""";

    private static Stored stored(io.r2dbc.spi.Readable row) {
        return new Stored(row.get("id", Long.class), row.get("tracking_number", String.class), row.get("token_hash", String.class),
                ComplaintKind.valueOf(row.get("kind", String.class)), row.get("title", String.class),
                ComplaintStatus.valueOf(row.get("status", String.class)), row.get("reply", String.class),
                row.get("created_at", OffsetDateTime.class), row.get("due_on", LocalDate.class),
                row.get("replied_at", OffsetDateTime.class), row.get("closed_at", OffsetDateTime.class),
                row.get("photo_count", Short.class));
    }
}

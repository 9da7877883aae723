package cn.gov.nantong.govmedia.counterfeit;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import io.r2dbc.spi.Readable;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Counterfeit investigations; visible to the impersonated organization's subtree and to the authority reported to. */
@Repository
class CounterfeitRepository {

    private static final String SELECT = """
            select ci.complaint_id, ci.status, ci.reason, ci.decided_by, ci.decided_at, ci.letter_pdf is not null as letter,
                   ci.authority_organization_id, au.name as authority_name, ci.authority_report, ci.created_at,
                   c.tracking_number, c.suspect_platform, c.suspect_name, c.suspect_link, c.target_organization_id, o.name as target_name
              from counterfeit_investigations ci
              join complaints c on c.id = ci.complaint_id
              join organizations o on o.id = c.target_organization_id
              left join organizations au on au.id = ci.authority_organization_id
             where (o.path <@ cast(:scopePath as ltree) or au.path <@ cast(:scopePath as ltree))
               and (cast(:status as text) is null or ci.status = :status)""";

    private final DatabaseClient db;

    CounterfeitRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<CounterfeitResponse> page(@Nullable InvestigationStatus status, OrganizationScope scope, PageRequest page) {
        return db.sql(SELECT + " order by ci.complaint_id desc limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(CounterfeitRepository::map).all();
    }

    Mono<Long> count(@Nullable InvestigationStatus status, OrganizationScope scope) {
        return db.sql("select count(*) as total from (" + SELECT + ") x")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("status", Parameter.fromOrEmpty(status == null ? null : status.name(), String.class))
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<CounterfeitResponse> find(long complaintId, OrganizationScope scope) {
        return db.sql(SELECT + " and ci.complaint_id = :id").bind("id", complaintId)
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("status", Parameter.empty(String.class))
                .map(CounterfeitRepository::map).one();
    }

    Mono<Long> decide(long complaintId, String status, String reason, String by, byte @Nullable [] letter,
                      @Nullable Long authorityId, @Nullable String report) {
        return db.sql("""
                        update counterfeit_investigations
                           set status = :status, reason = :reason, decided_by = :by, decided_at = now(), letter_pdf = :letter,
                               authority_organization_id = :authority, authority_report = :report
                         where complaint_id = :id and status = 'VERIFYING'""")
                .bind("id", complaintId).bind("status", status).bind("reason", reason).bind("by", by)
                .bind("letter", letter == null ? Parameter.empty(ByteBuffer.class) : Parameter.from(ByteBuffer.wrap(letter)))
                .bind("authority", Parameter.fromOrEmpty(authorityId, Long.class))
                .bind("report", Parameter.fromOrEmpty(report, String.class))
                .fetch().rowsUpdated();
    }

    Mono<byte[]> letter(long complaintId) {
        return db.sql("select letter_pdf from counterfeit_investigations where complaint_id = :id and letter_pdf is not null")
                .bind("id", complaintId)
                .map(row -> {
                    ByteBuffer buffer = row.get("letter_pdf", ByteBuffer.class);
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    return bytes;
                }).one();
    }

    private static CounterfeitResponse map(Readable row) {
        return new CounterfeitResponse(row.get("complaint_id", Long.class), row.get("tracking_number", String.class),
                InvestigationStatus.valueOf(row.get("status", String.class)), row.get("suspect_platform", String.class), row.get("suspect_name", String.class),
                row.get("suspect_link", String.class), row.get("target_organization_id", Long.class), row.get("target_name", String.class),
                row.get("authority_organization_id", Long.class), row.get("authority_name", String.class),
                row.get("authority_report", String.class), row.get("reason", String.class), row.get("decided_by", String.class),
                row.get("decided_at", OffsetDateTime.class), Boolean.TRUE.equals(row.get("letter", Boolean.class)),
                row.get("created_at", OffsetDateTime.class));
    }
}

package cn.gov.nantong.govmedia.submission;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.complaint.ComplaintKind;
import cn.gov.nantong.govmedia.complaint.ComplaintService;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Published messages, consultations, complaints and suggestions with their replies; personal data masked on the way out. */
@Repository
class PublicMessageRepository {

    private static final String FROM = """
             from complaints c
             join organizations o on o.id = c.target_organization_id
             left join accounts a on a.id = c.account_id
            where c.moderation = 'PUBLISHED' and c.kind in ('MESSAGE', 'CONSULTATION', 'COMPLAINT', 'SUGGESTION')
              and (cast(:organizationId as bigint) is null or c.target_organization_id = :organizationId)""";

    private final DatabaseClient db;

    PublicMessageRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<PublicMessage> page(@Nullable Long organizationId, PageRequest page) {
        return db.sql("select c.kind, c.title, c.content, c.contact_name, o.name as organization_name, a.name as account_name, "
                        + "c.received_on, c.reply, c.replied_at" + FROM + " order by c.received_on desc, c.id desc limit :limit offset :offset")
                .bind("organizationId", Parameter.fromOrEmpty(organizationId, Long.class))
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(PublicMessageRepository::masked).all();
    }

    Mono<Long> count(@Nullable Long organizationId) {
        return db.sql("select count(*) as total" + FROM).bind("organizationId", Parameter.fromOrEmpty(organizationId, Long.class))
                .map(row -> row.get("total", Long.class)).one();
    }

    private static PublicMessage masked(Readable row) {
        String contact = row.get("contact_name", String.class);
        String reply = row.get("reply", String.class);
        return new PublicMessage(ComplaintKind.valueOf(row.get("kind", String.class)),
                ComplaintService.mask(row.get("title", String.class), contact), ComplaintService.mask(row.get("content", String.class), contact),
                row.get("organization_name", String.class), row.get("account_name", String.class),
                row.get("received_on", LocalDate.class), reply == null ? null : ComplaintService.mask(reply, contact),
                row.get("replied_at", OffsetDateTime.class));
    }
}

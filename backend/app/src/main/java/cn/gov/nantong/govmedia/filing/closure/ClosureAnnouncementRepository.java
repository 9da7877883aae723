package cn.gov.nantong.govmedia.filing.closure;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Approved closures and cancellations whose announcement has not ended: what the public is told (Art 16). */
@Repository
class ClosureAnnouncementRepository {

    private static final RecordRows<ClosureAnnouncement> ANNOUNCEMENTS = RecordRows.of(ClosureAnnouncement.class);
    private static final String FROM = """
             from filings f
             join accounts a on a.id = f.account_id
             join organizations h on h.id = f.host_organization_id
            where f.status = 'APPROVED' and f.type in ('CLOSE', 'CANCEL') and f.announcement_ends_on >= :today""";

    private final DatabaseClient db;

    ClosureAnnouncementRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<ClosureAnnouncement> current(LocalDate today, PageRequest page) {
        return db.sql("select f.id, f.type, a.name as account_name, a.platform, h.name as host_organization_name, f.basis_type, "
                        + "f.basis_document_number, f.announcement_starts_on, f.announcement_ends_on" + FROM
                        + " order by f.announcement_starts_on, f.id limit :limit offset :offset")
                .bind("today", today).bind("limit", page.size()).bind("offset", page.offset())
                .map(ANNOUNCEMENTS).all();
    }

    Mono<Long> count(LocalDate today) {
        return db.sql("select count(*) as total" + FROM).bind("today", today).map(row -> row.get("total", Long.class)).one();
    }
}

package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.supervision.NoticeViews.Kind;
import cn.gov.nantong.govmedia.supervision.NoticeViews.Notice;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The released notices (Art 32.6), each a snapshot of its content as JSON. */
@Repository
class NoticeRepository {

    /** A released notice with its content as stored. */
    record Stored(Notice notice, String content) {
    }

    private static final String SELECT = """
            select n.id, n.kind, n.title, n.period, o.name as organization_name, n.released_at, n.content::text as content_json
              from published_notices n join organizations o on o.id = n.organization_id
            """;

    private final DatabaseClient db;

    NoticeRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> insert(Kind kind, String reference, long organizationId, String title, String period, String content, String by) {
        return db.sql("""
                        insert into published_notices (kind, reference, organization_id, title, period, content, released_by)
                        values (:kind, :reference, :organization, :title, :period, cast(:content as jsonb), :by) returning id""")
                .bind("kind", kind.name()).bind("reference", reference).bind("organization", organizationId).bind("title", title)
                .bind("period", period).bind("content", content).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> cityRoot() {
        return db.sql("select id from organizations where parent_id is null order by id limit 1").map(row -> row.get("id", Long.class))
                .one();
    }

    Mono<Stored> find(long id) {
        return db.sql(SELECT + " where n.id = :id").bind("id", id).map(row -> new Stored(notice(row), row.get("content_json", String.class)))
                .one();
    }

    /** Newest released first. */
    Flux<Notice> page(@Nullable Kind kind, int limit, long offset) {
        return db.sql(SELECT + " where (cast(:kind as text) is null or n.kind = :kind) order by n.released_at desc, n.id desc"
                        + " limit :limit offset :offset")
                .bind("kind", Parameter.fromOrEmpty(kind == null ? null : kind.name(), String.class))
                .bind("limit", limit).bind("offset", offset).map(NoticeRepository::notice).all();
    }

    Mono<Long> count(@Nullable Kind kind) {
        return db.sql("select count(*) as total from published_notices where cast(:kind as text) is null or kind = :kind")
                .bind("kind", Parameter.fromOrEmpty(kind == null ? null : kind.name(), String.class))
                .map(row -> row.get("total", Long.class)).one();
    }

    private static Notice notice(io.r2dbc.spi.Readable row) {
        return new Notice(row.get("id", Long.class), Kind.valueOf(row.get("kind", String.class)), row.get("title", String.class),
                row.get("period", String.class), row.get("organization_name", String.class), row.get("released_at", OffsetDateTime.class));
    }
}

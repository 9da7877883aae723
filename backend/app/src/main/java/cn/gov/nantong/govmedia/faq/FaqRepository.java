package cn.gov.nantong.govmedia.faq;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The FAQ knowledge base; search is pg_trgm (substring and similarity), which works for Chinese text. */
@Repository
class FaqRepository {

    private static final String SELECT = "select q.*, o.name as organization_name from faqs q join organizations o on o.id = q.organization_id";
    private static final String MATCH = """
             (cast(:q as text) is null or q.question ilike :like or q.answer ilike :like or q.question % :q)""";
    private static final String PUBLIC_WHERE = " where q.published and (cast(:organizationId as bigint) is null"
            + " or q.organization_id = :organizationId) and" + MATCH;
    private static final String ADMIN_WHERE = " where " + OrganizationScope.condition("o.path")
            + " and (cast(:organizationId as bigint) is null or q.organization_id = :organizationId) and" + MATCH;
    private static final String RANK = " order by case when cast(:q as text) is null then 0"
            + " else greatest(similarity(q.question, :q), word_similarity(:q, q.question)) end desc, q.id desc";

    private final DatabaseClient db;

    FaqRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<PublicFaq> search(@Nullable String q, @Nullable Long organizationId, PageRequest page) {
        return bind(db.sql(SELECT + PUBLIC_WHERE + RANK + " limit :limit offset :offset"), q, organizationId)
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(row -> new PublicFaq(row.get("id", Long.class), row.get("organization_name", String.class),
                        row.get("question", String.class), row.get("answer", String.class), row.get("updated_at", OffsetDateTime.class)))
                .all();
    }

    Mono<Long> countPublic(@Nullable String q, @Nullable Long organizationId) {
        return bind(db.sql("select count(*) as total from faqs q" + PUBLIC_WHERE), q, organizationId)
                .map(row -> row.get("total", Long.class)).one();
    }

    Flux<FaqResponse> page(@Nullable String q, @Nullable Long organizationId, OrganizationScope scope, PageRequest page) {
        return bind(db.sql(SELECT + ADMIN_WHERE + RANK + " limit :limit offset :offset"), q, organizationId)
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("limit", page.size()).bind("offset", page.offset())
                .map(ROWS).all();
    }

    Mono<Long> count(@Nullable String q, @Nullable Long organizationId, OrganizationScope scope) {
        return bind(db.sql("select count(*) as total from faqs q join organizations o on o.id = q.organization_id" + ADMIN_WHERE),
                q, organizationId).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<FaqResponse> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where q.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path()).map(ROWS).one();
    }

    Mono<Long> insert(long organizationId, String question, String answer, boolean published, @Nullable Long sourceComplaintId,
                      String by) {
        return db.sql("""
                        insert into faqs (organization_id, question, answer, published, source_complaint_id, created_by)
                        values (:organizationId, :question, :answer, :published, :source, :by) returning id""")
                .bind("organizationId", organizationId).bind("question", question).bind("answer", answer)
                .bind("published", published).bind("source", Parameter.fromOrEmpty(sourceComplaintId, Long.class)).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> update(long id, long version, String question, String answer, boolean published) {
        return db.sql("""
                        update faqs set question = :question, answer = :answer, published = :published, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version""")
                .bind("id", id).bind("version", version).bind("question", question).bind("answer", answer)
                .bind("published", published).fetch().rowsUpdated();
    }

    Mono<Long> delete(long id, long version) {
        return db.sql("delete from faqs where id = :id and version = :version").bind("id", id).bind("version", version)
                .fetch().rowsUpdated();
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, @Nullable String q,
                                                          @Nullable Long organizationId) {
        String query = q == null || q.isBlank() ? null : q.trim();
        return spec.bind("q", Parameter.fromOrEmpty(query, String.class))
                .bind("like", Parameter.fromOrEmpty(query == null ? null : WhereClause.containing(query), String.class))
                .bind("organizationId", Parameter.fromOrEmpty(organizationId, Long.class));
    }

    private static final RecordRows<FaqResponse> ROWS = RecordRows.of(FaqResponse.class);
}

package cn.gov.nantong.govmedia.publication;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Publication records, newest first, within an organization subtree. */
@Repository
class PublicationRepository {

    private static final String SELECT = """
            select p.*, a.name as account_name from publications p
              join accounts a on a.id = p.account_id
              join organizations o on o.id = p.host_organization_id
            """;
    private static final String WHERE = " where " + OrganizationScope.condition("o.path")
            + " and (cast(:accountId as bigint) is null or p.account_id = :accountId)";

    private final DatabaseClient db;

    PublicationRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<PublicationResponse> page(OrganizationScope scope, @Nullable Long accountId, PageRequest page) {
        return db.sql(SELECT + WHERE + " order by p.published_at desc, p.id desc limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("accountId", Parameter.fromOrEmpty(accountId, Long.class))
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(ROWS).all();
    }

    Mono<Long> count(OrganizationScope scope, @Nullable Long accountId) {
        return db.sql("select count(*) as total from publications p join organizations o on o.id = p.host_organization_id" + WHERE)
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("accountId", Parameter.fromOrEmpty(accountId, Long.class))
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<PublicationResponse> byId(long id) {
        return db.sql(SELECT + " where p.id = :id").bind("id", id).map(ROWS).one();
    }

    /** The new record's id; empty when the account has this link recorded already. */
    Mono<Long> insert(long accountId, OffsetDateTime publishedAt, String origin, String title, String url, @Nullable String source,
                      String recordedBy) {
        return db.sql("""
                        insert into publications (account_id, host_organization_id, published_at, origin, title, url, source_name,
                                                  imported, recorded_by)
                        select a.id, a.host_organization_id, :publishedAt, :origin, :title, :url, :source, true, :by
                          from accounts a where a.id = :accountId
                        on conflict (account_id, url) do nothing
                        returning id""")
                .bind("accountId", accountId).bind("publishedAt", publishedAt).bind("origin", origin).bind("title", title)
                .bind("url", url).bind("source", Parameter.fromOrEmpty(source, String.class))
                .bind("by", recordedBy)
                .map(row -> row.get("id", Long.class)).one();
    }

    /** The ids of the accounts hosted within the scope. */
    Mono<Set<Long>> accountIds(OrganizationScope scope) {
        return db.sql("select a.id from accounts a join organizations o on o.id = a.host_organization_id where "
                        + OrganizationScope.condition("o.path"))
                .bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> row.get("id", Long.class)).all().collect(HashSet::new, Set::add);
    }

    private static final RecordRows<PublicationResponse> ROWS = RecordRows.of(PublicationResponse.class);
}

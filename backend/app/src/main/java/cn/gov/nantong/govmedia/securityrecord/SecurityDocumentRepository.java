package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class SecurityDocumentRepository {

    /** The filters of the document list; {@code today} and {@code soon} (the end of the reminder period) set the due state. */
    record Filter(@Nullable Long organizationId, SecurityDocument.@Nullable Kind kind, @Nullable DueState dueState,
                  LocalDate today, LocalDate soon) {
    }

    private static final RecordRows<SecurityDocument> DOCUMENTS = RecordRows.of(SecurityDocument.class);

    static final String DUE_STATE = "case when d.next_review_on < :today then 'OVERDUE' when d.next_review_on <= :soon"
            + " then 'DUE_SOON' else 'CURRENT' end";
    private static final String FROM = " from security_documents d join organizations o on o.id = d.organization_id";
    private static final String SELECT = "select d.*, o.name as organization_name, " + DUE_STATE + " as due_state" + FROM;

    private final DatabaseClient db;

    SecurityDocumentRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<SecurityDocument> page(Filter filter, OrganizationScope scope, PageRequest page) {
        WhereClause where = where(filter);
        return bind(where.bind(db.sql(SELECT + where.sql() + " order by d.next_review_on, d.id limit :limit offset :offset")), filter, scope)
                .bind("limit", page.size()).bind("offset", page.offset()).map(DOCUMENTS).all();
    }

    Mono<Long> count(Filter filter, OrganizationScope scope) {
        WhereClause where = where(filter);
        return bind(where.bind(db.sql("select count(*) as total from (" + SELECT + where.sql() + ") as listed")), filter, scope)
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<SecurityDocument> findInScope(long id, LocalDate today, LocalDate soon, OrganizationScope scope) {
        Filter filter = new Filter(null, null, null, today, soon);
        WhereClause where = where(filter);
        return bind(where.bind(db.sql(SELECT + where.sql() + " and d.id = :id")), filter, scope).bind("id", id).map(DOCUMENTS).one();
    }

    Mono<Long> insert(long organizationId, SecurityDocument.Kind kind, SecurityDocumentRequest document, String by) {
        return db.sql("""
                        insert into security_documents (organization_id, kind, title, version_label, approved_on, next_review_on,
                                                        created_by)
                        values (:organizationId, :kind, :title, :versionLabel, :approvedOn, :nextReviewOn, :by)
                        returning id""")
                .bind("organizationId", organizationId).bind("kind", kind.name()).bind("title", document.title().trim())
                .bind("versionLabel", document.versionLabel().trim()).bind("approvedOn", document.approvedOn())
                .bind("nextReviewOn", document.nextReviewOn()).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> revise(long id, SecurityDocumentRequest document, long expectedVersion) {
        return db.sql("""
                        update security_documents set title = :title, version_label = :versionLabel, approved_on = :approvedOn,
                               next_review_on = :nextReviewOn, updated_at = now(), version = version + 1
                         where id = :id and version = :version""")
                .bind("id", id).bind("version", expectedVersion).bind("title", document.title().trim())
                .bind("versionLabel", document.versionLabel().trim()).bind("approvedOn", document.approvedOn())
                .bind("nextReviewOn", document.nextReviewOn())
                .fetch().rowsUpdated();
    }

    private static WhereClause where(Filter filter) {
        return WhereClause.where(OrganizationScope.condition("o.path"))
                .and("o.path <@ (select p.path from organizations p where p.id = :organizationId)", "organizationId",
                        filter.organizationId())
                .and("d.kind = :kind", "kind", filter.kind())
                .and(DUE_STATE + " = :dueState", "dueState", filter.dueState());
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Filter filter, OrganizationScope scope) {
        return spec.bind("today", filter.today()).bind("soon", filter.soon()).bind(OrganizationScope.BIND_NAME, scope.path());
    }
}

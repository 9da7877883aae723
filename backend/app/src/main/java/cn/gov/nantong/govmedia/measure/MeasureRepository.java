package cn.gov.nantong.govmedia.measure;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class MeasureRepository {

    private static final String FROM = """
             from measures m
             join organizations o on o.id = m.organization_id
             left join accounts a on a.id = m.account_id
            """;
    private static final String FILTER = " where " + OrganizationScope.condition("o.path")
            + " and (cast(:type as text) is null or m.type = :type) and (cast(:accountId as bigint) is null or m.account_id = :accountId)";

    record NewMeasure(MeasureType type, @Nullable Long accountId, long organizationId, String basis, @Nullable String documentNumber,
                      java.time.LocalDate decidedOn, String createdBy) {
    }

    private final DatabaseClient db;

    MeasureRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> insert(NewMeasure m) {
        return db.sql("""
                        insert into measures (type, account_id, organization_id, basis, document_number, decided_on, created_by)
                        values (:type, :accountId, :organizationId, :basis, :documentNumber, :decidedOn, :createdBy) returning id""")
                .bind("type", m.type().name()).bind("accountId", Parameter.fromOrEmpty(m.accountId(), Long.class))
                .bind("organizationId", m.organizationId()).bind("basis", m.basis())
                .bind("documentNumber", Parameter.fromOrEmpty(m.documentNumber(), String.class))
                .bind("decidedOn", m.decidedOn()).bind("createdBy", m.createdBy())
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> linkFiling(long id, long filingId) {
        return db.sql("update measures set filing_id = :filingId where id = :id").bind("id", id).bind("filingId", filingId)
                .fetch().rowsUpdated();
    }

    Mono<MeasureResponse> findInScope(long id, OrganizationScope scope) {
        return db.sql("select m.*, a.name as account_name, o.name as organization_name" + FROM + " where m.id = :id and "
                        + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path()).map(MeasureResponse.ROWS).one();
    }

    Flux<MeasureResponse> page(@Nullable MeasureType type, @Nullable Long accountId, OrganizationScope scope, PageRequest page) {
        return bind(db.sql("select m.*, a.name as account_name, o.name as organization_name" + FROM + FILTER
                        + " order by m.decided_on desc, m.id desc limit :limit offset :offset"), type, accountId, scope)
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(MeasureResponse.ROWS).all();
    }

    Mono<Long> count(@Nullable MeasureType type, @Nullable Long accountId, OrganizationScope scope) {
        return bind(db.sql("select count(*) as total" + FROM + FILTER), type, accountId, scope)
                .map(row -> row.get("total", Long.class)).one();
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, @Nullable MeasureType type, @Nullable Long accountId,
                                           OrganizationScope scope) {
        return spec.bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("type", Parameter.fromOrEmpty(type == null ? null : type.name(), String.class))
                .bind("accountId", Parameter.fromOrEmpty(accountId, Long.class));
    }
}

package cn.gov.nantong.govmedia.securityrecord;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class SecurityDeviceRepository {

    /** The filters of the device register; a device in use last checked before {@code checkedSince} is overdue. */
    record Filter(@Nullable Long organizationId, SecurityDevice.@Nullable Kind kind, SecurityDevice.@Nullable Status status,
                  @Nullable String q, @Nullable DueState dueState, LocalDate checkedSince) {
    }

    private static final RecordRows<SecurityDevice> DEVICES = RecordRows.of(SecurityDevice.class);

    static final String DUE_STATE = "case when v.status = 'IN_USE' and (v.last_checked_on is null"
            + " or v.last_checked_on < :checkedSince) then 'OVERDUE' else 'CURRENT' end";
    private static final String FROM = " from security_devices v join organizations o on o.id = v.organization_id";
    private static final String SELECT = "select v.*, o.name as organization_name, " + DUE_STATE + " as due_state" + FROM;

    private final DatabaseClient db;

    SecurityDeviceRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<SecurityDevice> page(Filter filter, OrganizationScope scope, PageRequest page) {
        WhereClause where = where(filter);
        return bind(where.bind(db.sql(SELECT + where.sql() + " order by o.path, v.asset_number, v.id limit :limit offset :offset")),
                filter, scope).bind("limit", page.size()).bind("offset", page.offset()).map(DEVICES).all();
    }

    Mono<Long> count(Filter filter, OrganizationScope scope) {
        WhereClause where = where(filter);
        return bind(where.bind(db.sql("select count(*) as total from (" + SELECT + where.sql() + ") as listed")), filter, scope)
                .map(row -> row.get("total", Long.class)).one();
    }

    Mono<SecurityDevice> findInScope(long id, LocalDate checkedSince, OrganizationScope scope) {
        Filter filter = new Filter(null, null, null, null, null, checkedSince);
        WhereClause where = where(filter);
        return bind(where.bind(db.sql(SELECT + where.sql() + " and v.id = :id")), filter, scope).bind("id", id).map(DEVICES).one();
    }

    Mono<Long> insert(long organizationId, SecurityDeviceRequest device, String by) {
        return db.sql("""
                        insert into security_devices (organization_id, holder, kind, asset_number, last_checked_on, status, created_by)
                        values (:organizationId, :holder, :kind, :assetNumber, :lastCheckedOn, :status, :by)
                        returning id""")
                .bind("organizationId", organizationId).bind("holder", device.holder().trim()).bind("kind", device.kind().name())
                .bind("assetNumber", device.assetNumber().trim())
                .bind("lastCheckedOn", Parameter.fromOrEmpty(device.lastCheckedOn(), LocalDate.class))
                .bind("status", device.status().name()).bind("by", by)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Long> update(long id, SecurityDeviceRequest device, long expectedVersion) {
        return db.sql("""
                        update security_devices set holder = :holder, kind = :kind, asset_number = :assetNumber,
                               last_checked_on = :lastCheckedOn, status = :status, updated_at = now(), version = version + 1
                         where id = :id and version = :version""")
                .bind("id", id).bind("version", expectedVersion).bind("holder", device.holder().trim())
                .bind("kind", device.kind().name()).bind("assetNumber", device.assetNumber().trim())
                .bind("lastCheckedOn", Parameter.fromOrEmpty(device.lastCheckedOn(), LocalDate.class))
                .bind("status", device.status().name())
                .fetch().rowsUpdated();
    }

    private static WhereClause where(Filter filter) {
        return WhereClause.where(OrganizationScope.condition("o.path"))
                .and("o.path <@ (select p.path from organizations p where p.id = :organizationId)", "organizationId",
                        filter.organizationId())
                .and("v.kind = :kind", "kind", filter.kind())
                .and("v.status = :status", "status", filter.status())
                .andContaining("(v.holder ilike :q or v.asset_number ilike :q)", "q", filter.q())
                .and(DUE_STATE + " = :dueState", "dueState", filter.dueState());
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Filter filter, OrganizationScope scope) {
        return spec.bind("checkedSince", filter.checkedSince()).bind(OrganizationScope.BIND_NAME, scope.path());
    }
}

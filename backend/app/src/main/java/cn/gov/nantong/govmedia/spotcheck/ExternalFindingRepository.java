package cn.gov.nantong.govmedia.spotcheck;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.spotcheck.ExternalFindingViews.Finding;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** National and provincial findings entered by the city (Art 32.8), read from the rectification tasks they became. */
@Repository
class ExternalFindingRepository {

    private static final RecordRows<Finding> ROWS = RecordRows.of(Finding.class);
    private static final String SELECT = """
            select f.id, f.source, f.province_finding_id as finding_id, f.account_id, a.name as account_name,
                   o.name as host_organization_name, f.category as item_code, coalesce(i.name, f.category) as item_name, f.veto,
                   f.description, f.found_on, f.rectification_deadline, f.status
              from inspection_findings f
              join accounts a on a.id = f.account_id
              join organizations o on o.id = f.host_organization_id
              left join checklist_items i on i.code = f.category
             where f.source in ('NATIONAL', 'PROVINCIAL')
            """;

    private final DatabaseClient db;

    ExternalFindingRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Long> host(long accountId) {
        return db.sql("select host_organization_id from accounts where id = :id").bind("id", accountId)
                .map(row -> row.get("host_organization_id", Long.class)).one();
    }

    Mono<Finding> find(long id) {
        return db.sql(SELECT + " and f.id = :id").bind("id", id).map(ROWS).one();
    }

    /** Newest found first. */
    Flux<Finding> page(int limit, long offset) {
        return db.sql(SELECT + " order by f.found_on desc, f.id desc limit :limit offset :offset").bind("limit", limit)
                .bind("offset", offset).map(ROWS).all();
    }

    Mono<Long> count() {
        return db.sql("select count(*) as total from inspection_findings where source in ('NATIONAL', 'PROVINCIAL')")
                .map(row -> row.get("total", Long.class)).one();
    }
}

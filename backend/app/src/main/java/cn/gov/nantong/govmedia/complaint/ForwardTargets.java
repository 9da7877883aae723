package cn.gov.nantong.govmedia.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Where a submission may be forwarded (Art 29): the business departments and offices of the same government as the
 * target's host, whatever subtree the forwarding operator sees; never the host itself.
 */
@Repository
class ForwardTargets {

    @Schema(description = "可转送的业务部门 / a department a submission may be forwarded to")
    record Target(@Schema(example = "23") long id, @Schema(example = "CC-HEALTH") String code,
                  @Schema(example = "南通市崇川区卫生健康委员会") String name) {
    }

    private static final String SQL = """
            with government as (
                select g.id from organizations t
                  join organizations g on t.path <@ g.path and g.type = 'GOVERNMENT'
                 where t.id = :target
                 order by nlevel(g.path) desc limit 1)
            select d.id, d.code, d.name from organizations d join government g on d.parent_id = g.id
             where d.type in ('DEPARTMENT', 'GOVERNMENT_OFFICE') and d.id <> :target
             order by d.sort_order, d.id""";

    private final DatabaseClient db;

    ForwardTargets(DatabaseClient db) {
        this.db = db;
    }

    Mono<List<Target>> of(long targetOrganizationId) {
        return db.sql(SQL).bind("target", targetOrganizationId)
                .map(row -> new Target(row.get("id", Long.class), row.get("code", String.class), row.get("name", String.class)))
                .all().collectList();
    }
}

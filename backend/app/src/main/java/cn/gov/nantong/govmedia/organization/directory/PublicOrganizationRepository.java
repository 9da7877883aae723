package cn.gov.nantong.govmedia.organization.directory;

import cn.gov.nantong.govmedia.organization.OrganizationLevel;
import cn.gov.nantong.govmedia.organization.OrganizationType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** The public directory's reading of the tree: every organization a citizen may address, parents before children. */
@Repository
class PublicOrganizationRepository {

    private final DatabaseClient db;

    PublicOrganizationRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Internal units are left out: citizens address the government, office or department, not its sections. */
    Flux<PublicOrganization> addressable() {
        return db.sql("""
                        select id, parent_id, name, short_name, type, level
                          from organizations
                         where type <> 'INTERNAL_UNIT'
                         order by nlevel(path), sort_order, id""")
                .map(row -> new PublicOrganization(row.get("id", Long.class), row.get("parent_id", Long.class),
                        row.get("name", String.class), row.get("short_name", String.class),
                        OrganizationType.valueOf(row.get("type", String.class)),
                        OrganizationLevel.valueOf(row.get("level", String.class))))
                .all();
    }
}

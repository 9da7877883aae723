package cn.gov.nantong.govmedia.organization;

import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Resolves the caller's scope: city-wide roles see the whole tree; staff of a government office see the
 * jurisdiction of that government (the office's parent), and so do staff of a department's office designated as its
 * competent authority (Art 6); everyone else sees their own organization's subtree.
 */
@Repository
public class OrganizationScopes {

    private final DatabaseClient db;
    private final CurrentUsers users;

    OrganizationScopes(DatabaseClient db, CurrentUsers users) {
        this.db = db;
        this.users = users;
    }

    public Mono<OrganizationScope> current() {
        return users.current().flatMap(this::of).defaultIfEmpty(OrganizationScope.NOTHING);
    }

    public Mono<OrganizationScope> of(CurrentUser user) {
        if (user.organizationCode() == null) {
            return Mono.just(OrganizationScope.NOTHING);
        }
        return db.sql("""
                        select case
                                 when :cityWide then subpath(o.path, 0, 1)
                                 when o.type = 'GOVERNMENT_OFFICE' and p.id is not null then p.path
                                 when o.type = 'INTERNAL_UNIT'
                                  and exists (select 1 from organizations d where d.competent_authority_id = o.id) then p.path
                                 else o.path
                               end::text as scope
                          from organizations o
                          left join organizations p on p.id = o.parent_id
                         where o.code = :code""")
                .bind("cityWide", user.cityWide())
                .bind("code", user.organizationCode())
                .map(row -> new OrganizationScope(row.get("scope", String.class)))
                .one()
                .defaultIfEmpty(OrganizationScope.NOTHING);
    }
}

package cn.gov.nantong.govmedia.review.signoff;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class SignOffDesignationRepository {

    private final DatabaseClient db;

    SignOffDesignationRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<SignOffDesignation> find(long hostId) {
        return db.sql("""
                        select d.*, s.display_name as signer_name, p.display_name as deputy_name
                          from sign_off_designations d
                          left join identity.users s on s.username = d.signer
                          left join identity.users p on p.username = d.deputy
                         where d.host_organization_id = :hostId""")
                .bind("hostId", hostId).map(SignOffDesignationRepository::map).one();
    }

    /** Inserts the first designation; 0 rows when the host has one already. */
    Mono<Long> insert(long hostId, String signer, @Nullable String deputy, String by) {
        return db.sql("""
                        insert into sign_off_designations (host_organization_id, signer, deputy, updated_by)
                        values (:hostId, :signer, :deputy, :by) on conflict (host_organization_id) do nothing""")
                .bind("hostId", hostId).bind("signer", signer).bind("deputy", Parameter.fromOrEmpty(deputy, String.class))
                .bind("by", by).fetch().rowsUpdated();
    }

    /** Changes the designation at {@code version}; 0 rows when the version moved on. */
    Mono<Long> update(long hostId, String signer, @Nullable String deputy, long version, String by) {
        return db.sql("""
                        update sign_off_designations set signer = :signer, deputy = :deputy, updated_by = :by, updated_at = now(),
                               version = version + 1
                         where host_organization_id = :hostId and version = :version""")
                .bind("hostId", hostId).bind("signer", signer).bind("deputy", Parameter.fromOrEmpty(deputy, String.class))
                .bind("by", by).bind("version", version).fetch().rowsUpdated();
    }

    private static SignOffDesignation map(Readable row) {
        String deputy = row.get("deputy", String.class);
        return new SignOffDesignation(row.get("host_organization_id", Long.class),
                new SignOffDesignation.Signer(row.get("signer", String.class), nameOr(row.get("signer_name", String.class),
                        row.get("signer", String.class))),
                deputy == null ? null : new SignOffDesignation.Signer(deputy, nameOr(row.get("deputy_name", String.class), deputy)),
                row.get("updated_by", String.class), row.get("updated_at", OffsetDateTime.class), row.get("version", Long.class));
    }

    private static String nameOr(@Nullable String name, String username) {
        return name == null ? username : name;
    }
}

package cn.gov.nantong.govmedia.account;

import cn.gov.nantong.govmedia.audit.AuditLog;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The register of known counterfeit accounts (Art 30). Investigations elsewhere add confirmed fakes; the
 * public verification endpoint consults it so a look-alike can be named as a fake. Call {@link #add} inside the
 * caller's transaction: the entry is audited in it.
 */
@Repository
public class CounterfeitRegister {

    /** A confirmed fake, as the register keeps it. */
    public record Entry(Platform platform, String name, @Nullable String link, long impersonatedOrganizationId, String reference,
                        LocalDate confirmedOn) {
    }

    private final DatabaseClient db;
    private final AuditLog audit;

    CounterfeitRegister(DatabaseClient db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public Mono<Long> add(Entry entry) {
        return db.sql("""
                        insert into counterfeit_accounts (platform, name, link, impersonated_organization_id, reference, confirmed_on)
                        values (:platform, :name, :link, :organization, :reference, :confirmedOn) returning id""")
                .bind("platform", entry.platform().name()).bind("name", entry.name().trim())
                .bind("link", Parameter.fromOrEmpty(entry.link(), String.class))
                .bind("organization", entry.impersonatedOrganizationId()).bind("reference", entry.reference())
                .bind("confirmedOn", entry.confirmedOn())
                .map(row -> row.get("id", Long.class)).one()
                .flatMap(id -> audit.record("REGISTER_COUNTERFEIT", "counterfeit_account", id, null, entry).thenReturn(id));
    }

    /** Whether a confirmed fake carries this name (any case), on the platform when one is given. */
    Mono<Boolean> isKnown(@Nullable Platform platform, String name) {
        return db.sql("""
                        select exists (select 1 from counterfeit_accounts
                                        where lower(name) = lower(:name)
                                          and (cast(:platform as text) is null or platform = :platform)) as known""")
                .bind("name", name.trim())
                .bind("platform", Parameter.fromOrEmpty(platform == null ? null : platform.name(), String.class))
                .map(row -> Boolean.TRUE.equals(row.get("known", Boolean.class))).one();
    }
}

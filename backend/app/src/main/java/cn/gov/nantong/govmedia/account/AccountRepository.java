package cn.gov.nantong.govmedia.account;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.common.paging.WhereClause;
import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Account SQL; reads are scoped to the caller's subtree through the host organization's path. */
@Repository
class AccountRepository {

    static final Map<String, String> SORTABLE = Map.of("name", "a.name", "platform", "a.platform", "status", "a.status",
            "createdAt", "a.created_at", "updatedAt", "a.updated_at");
    static final String DEFAULT_ORDER = "a.id desc";

    private static final String SELECT = """
            select a.*, o.name as host_organization_name
              from accounts a
              join organizations o on o.id = a.host_organization_id
            """;

    private final DatabaseClient db;

    AccountRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<AccountResponse> page(AccountFilter filter, OrganizationScope scope, PageRequest page) {
        WhereClause where = where(filter);
        var spec = db.sql(SELECT + where.sql() + " order by " + page.orderBy() + " limit :limit offset :offset")
                .bind(OrganizationScope.BIND_NAME, scope.path()).bind("limit", page.size()).bind("offset", page.offset());
        spec = where.bind(spec);
        return spec.map(ROWS).all();
    }

    Mono<Long> count(AccountFilter filter, OrganizationScope scope) {
        WhereClause where = where(filter);
        var spec = db.sql("select count(*) as total from accounts a join organizations o on o.id = a.host_organization_id" + where.sql())
                .bind(OrganizationScope.BIND_NAME, scope.path());
        spec = where.bind(spec);
        return spec.map(row -> row.get("total", Long.class)).one();
    }

    Mono<AccountResponse> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where a.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(ROWS).one();
    }

    /**
     * Every account, streamed from a database cursor: memory stays flat however many there are. The fetch size stays
     * below the driver's response queue (256 messages): a slow reader otherwise overflows it when one socket read brings
     * a whole batch, and the stream breaks with "Response queue is full".
     */
    Flux<AccountResponse> streamAll() {
        return db.sql(SELECT + " order by a.id").filter(statement -> statement.fetchSize(200))
                .map(ROWS).all();
    }

    Mono<AccountResponse> findById(long id) {
        return db.sql(SELECT + " where a.id = :id").bind("id", id).map(ROWS).one();
    }

    Mono<Long> insertPending(AccountDetails details, long hostId, LocalDate today) {
        return bindFiled(details, db.sql("""
                        insert into accounts (platform, platform_account_id, name, avatar_url, certification_subject,
                            host_organization_id, operator_type, operator_name, contract_signed_on, confidentiality_signed_on,
                            responsible_person, responsible_phone, functions, offers_news, offers_audio_video, licence_number,
                            ipv6_supported, status, status_changed_on)
                        values (:platform, :platformAccountId, :name, :avatarUrl, :certificationSubject, :hostId, :operatorType,
                            :operatorName, :contractSignedOn, :confidentialitySignedOn, :responsiblePerson, :responsiblePhone,
                            :functions, :offersNews, :offersAudioVideo, :licenceNumber, :ipv6Supported, 'PENDING_FILING', :today)
                        returning id"""))
                .bind("platform", details.platform().name())
                .bind("avatarUrl", Parameter.fromOrEmpty(details.avatarUrl(), String.class))
                .bind("hostId", hostId)
                .bind("today", today)
                .map(row -> row.get("id", Long.class))
                .one();
    }

    /** Writes the registered fields of an approved change; 0 rows means the account moved on meanwhile. */
    Mono<Long> update(long id, AccountDetails details, long version) {
        return bindFiled(details, db.sql("""
                        update accounts set platform_account_id = :platformAccountId, name = :name,
                               certification_subject = :certificationSubject, operator_type = :operatorType,
                               operator_name = :operatorName, contract_signed_on = :contractSignedOn,
                               confidentiality_signed_on = :confidentialitySignedOn, responsible_person = :responsiblePerson,
                               responsible_phone = :responsiblePhone, functions = :functions, offers_news = :offersNews,
                               offers_audio_video = :offersAudioVideo, licence_number = :licenceNumber,
                               ipv6_supported = :ipv6Supported, updated_at = now(), version = version + 1
                         where id = :id and version = :version"""))
                .bind("id", id).bind("version", version)
                .fetch().rowsUpdated();
    }

    Mono<Long> updateUnfiled(long id, AccountUpdateRequest request, long version) {
        return db.sql("""
                        update accounts set avatar_url = coalesce(:avatarUrl, avatar_url),
                               responsible_phone = coalesce(:responsiblePhone, responsible_phone),
                               updated_at = now(), version = version + 1
                         where id = :id and version = :version""")
                .bind("id", id).bind("version", version)
                .bind("avatarUrl", Parameter.fromOrEmpty(request.avatarUrl(), String.class))
                .bind("responsiblePhone", Parameter.fromOrEmpty(request.responsiblePhone(), String.class))
                .fetch().rowsUpdated();
    }

    Mono<Long> transition(long id, AccountStatus from, AccountStatus to, LocalDate today) {
        return db.sql("""
                        update accounts set status = :to, status_changed_on = :today, updated_at = now(), version = version + 1,
                               activated_on = case when :to = 'ACTIVE' then :today else activated_on end
                         where id = :id and status = :from""")
                .bind("id", id).bind("from", from.name()).bind("to", to.name()).bind("today", today)
                .fetch().rowsUpdated();
    }

    Mono<Long> startClosing(long id, AccountStatus closingAs, LocalDate closesOn, LocalDate today) {
        return db.sql("""
                        update accounts set status = 'CLOSING', closing_as = :closingAs, closes_on = :closesOn,
                               status_changed_on = :today, updated_at = now(), version = version + 1
                         where id = :id and status = 'ACTIVE'""")
                .bind("id", id).bind("closingAs", closingAs.name()).bind("closesOn", closesOn).bind("today", today)
                .fetch().rowsUpdated();
    }

    /**
     * Ends every announcement that is over, in one statement, so several instances can run it safely. The announcement's
     * last day ({@code closes_on}) is a full day of it (Art 16): the account ends the day after.
     */
    Flux<Long> closeDue(LocalDate today) {
        return db.sql("""
                        update accounts set status = closing_as, ended_on = closes_on + 1, status_changed_on = :today,
                               updated_at = now(), version = version + 1
                         where status = 'CLOSING' and closes_on < :today
                        returning id""")
                .bind("today", today)
                .map(row -> row.get("id", Long.class)).all();
    }

    /** Registered accounts (not pending) with exactly this name or platform id. */
    Flux<AccountVerification.Match> verifyExact(Platform platform, String name, String platformId) {
        return db.sql("""
                        select a.id, a.host_organization_id, a.name, a.platform, a.platform_account_id, o.name as host_name, a.status
                          from accounts a join organizations o on o.id = a.host_organization_id
                         where a.status <> 'PENDING_FILING'
                           and (cast(:platform as text) is null or a.platform = :platform)
                           and (lower(a.name) = lower(cast(:name as text)) or a.platform_account_id = cast(:platformId as text))
                         order by (a.status in ('ACTIVE', 'CLOSING')) desc, a.id
                         limit 10""")
                .bind("platform", Parameter.fromOrEmpty(platform == null ? null : platform.name(), String.class))
                .bind("name", Parameter.fromOrEmpty(name, String.class))
                .bind("platformId", Parameter.fromOrEmpty(platformId, String.class))
                .map(row -> match(row, null)).all();
    }

    /** Live accounts whose names look like this one (pg_trgm), the usual sign of a counterfeit. */
    Flux<AccountVerification.Match> verifySimilar(Platform platform, String name) {
        return db.sql("""
                        select a.id, a.host_organization_id, a.name, a.platform, a.platform_account_id, o.name as host_name, a.status,
                               similarity(a.name, :name) as score
                          from accounts a join organizations o on o.id = a.host_organization_id
                         where a.status in ('ACTIVE', 'CLOSING') and a.name % :name and lower(a.name) <> lower(:name)
                           and (cast(:platform as text) is null or a.platform = :platform)
                         order by score desc, a.id
                         limit 5""")
                .bind("platform", Parameter.fromOrEmpty(platform == null ? null : platform.name(), String.class))
                .bind("name", name)
                .map(row -> match(row, row.get("score", Float.class))).all();
    }

    /** The live accounts an organization hosts, for the public directory. */
    Flux<PublicAccount> officialOf(long hostId) {
        return db.sql("""
                        select id, platform, name, status, host_organization_id
                          from accounts
                         where host_organization_id = :hostId and status in ('ACTIVE', 'CLOSING')
                         order by platform, name, id""")
                .bind("hostId", hostId)
                .map(row -> new PublicAccount(row.get("id", Long.class), Platform.valueOf(row.get("platform", String.class)),
                        row.get("name", String.class), AccountStatus.valueOf(row.get("status", String.class)),
                        row.get("host_organization_id", Long.class)))
                .all();
    }

    private static AccountVerification.Match match(Readable row, Float score) {
        return new AccountVerification.Match(row.get("id", Long.class), row.get("host_organization_id", Long.class),
                row.get("name", String.class), Platform.valueOf(row.get("platform", String.class)),
                row.get("platform_account_id", String.class), row.get("host_name", String.class),
                AccountStatus.valueOf(row.get("status", String.class)),
                score == null ? null : Math.round(score * 100) / 100.0);
    }

    Mono<Boolean> liveExists(long hostId, Platform platform) {
        return db.sql("""
                        select exists(select 1 from accounts where host_organization_id = :hostId and platform = :platform
                                      and status in ('PENDING_FILING', 'ACTIVE', 'CLOSING')) as found""")
                .bind("hostId", hostId).bind("platform", platform.name())
                .map(row -> row.get("found", Boolean.class)).one();
    }

    Flux<String> liveNamesOfHost(long hostId) {
        return db.sql("select distinct name from accounts where host_organization_id = :hostId and status in ('ACTIVE', 'CLOSING', 'PENDING_FILING')")
                .bind("hostId", hostId).map(row -> row.get("name", String.class)).all();
    }

    /** Binds the fields a filing registers, shared by the first registration and an approved change. */
    private static DatabaseClient.GenericExecuteSpec bindFiled(AccountDetails details, DatabaseClient.GenericExecuteSpec spec) {
        return spec.bind("platformAccountId", Parameter.fromOrEmpty(details.platformAccountId(), String.class))
                .bind("name", details.name().trim())
                .bind("certificationSubject", Parameter.fromOrEmpty(details.certificationSubject(), String.class))
                .bind("operatorType", details.operatorType().name())
                .bind("operatorName", details.operatorName().trim())
                .bind("contractSignedOn", Parameter.fromOrEmpty(details.contractSignedOn(), LocalDate.class))
                .bind("confidentialitySignedOn", Parameter.fromOrEmpty(details.confidentialitySignedOn(), LocalDate.class))
                .bind("responsiblePerson", details.responsiblePerson().trim())
                .bind("responsiblePhone", Parameter.fromOrEmpty(details.responsiblePhone(), String.class))
                .bind("functions", functions(details))
                .bind("offersNews", details.news())
                .bind("offersAudioVideo", details.audioVideo())
                .bind("licenceNumber", Parameter.fromOrEmpty(details.licenceNumber(), String.class))
                .bind("ipv6Supported", Parameter.fromOrEmpty(details.ipv6Supported(), Boolean.class));
    }

    private static String[] functions(AccountDetails details) {
        return details.functions() == null ? new String[0]
                : details.functions().stream().distinct().map(Enum::name).toArray(String[]::new);
    }

    private static WhereClause where(AccountFilter filter) {
        return WhereClause.where(OrganizationScope.condition("o.path"))
                .and("a.platform = :platform", "platform", filter.platform())
                .and("a.status = :status", "status", filter.status())
                .and("o.path <@ (select f.path from organizations f where f.id = :organizationId)", "organizationId",
                        filter.organizationId())
                .and("exists (select 1 from filings f where f.account_id = a.id and f.status = 'SUBMITTED'"
                        + " and f.provincial_deadline < :today)", "today", filter.overdue() ? filter.today() : null)
                .andContaining("a.name ilike :q", "q", filter.q());
    }

    private static final RecordRows<AccountResponse> ROWS = RecordRows.of(AccountResponse.class);
}

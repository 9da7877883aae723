package cn.gov.nantong.govmedia.bench;

/**
 * The SQL the app runs for each benchmarked endpoint, copied statement for statement from its repositories (keep in
 * step when they change): the floor server runs exactly these, and scripts/httpbench/pgbench/*.sql run them through
 * pgbench. Only whitespace differs.
 */
final class FloorSql {

    // rumour.PublicRebuttals (FROM with RebuttalStatus.PUBLIC)
    static final String REBUTTAL_FROM = " from rumour_rebuttals r join review_tickets t on t.id = r.ticket_id"
            + " join organizations o on o.id = r.organization_id join accounts a on a.id = r.account_id"
            + " where (t.status = 'PUBLISHED' and t.content_version = r.ticket_content_version"
            + " and t.classification in ('IMPORTANT', 'MAJOR'))";
    static final String REBUTTAL_SELECT = "select r.*, o.name as organization_name, a.name as account_name, a.platform,"
            + " t.published_url, t.published_at" + REBUTTAL_FROM;
    static final String FEED_PAGE = REBUTTAL_SELECT + " order by t.published_at desc, r.id desc limit :limit offset :offset";
    static final String FEED_AFTER = REBUTTAL_SELECT + " and t.published_at <= :afterAt and (t.published_at, r.id) < (:afterAt, :afterId)"
            + " order by t.published_at desc, r.id desc limit :limit";
    /** The unfiltered list's total, kept by triggers (migration V60), as the app reads it. */
    static final String FEED_COUNT = "select total from public_rebuttal_count";
    static final String REBUTTAL = REBUTTAL_SELECT + " and r.id = :id";

    // account.AccountRepository.verifyExact / verifySimilar, account.CounterfeitRegister.isKnown
    static final String VERIFY_EXACT = """
            select a.name, a.platform, a.platform_account_id, o.name as host_name, a.status
              from accounts a join organizations o on o.id = a.host_organization_id
             where a.status <> 'PENDING_FILING'
               and (cast(:platform as text) is null or a.platform = :platform)
               and (lower(a.name) = lower(cast(:name as text)) or a.platform_account_id = cast(:platformId as text))
             order by (a.status in ('ACTIVE', 'CLOSING')) desc, a.id
             limit 10""";
    static final String VERIFY_SIMILAR = """
            select a.name, a.platform, a.platform_account_id, o.name as host_name, a.status,
                   similarity(a.name, :name) as score
              from accounts a join organizations o on o.id = a.host_organization_id
             where a.status in ('ACTIVE', 'CLOSING') and a.name % :name and lower(a.name) <> lower(:name)
               and (cast(:platform as text) is null or a.platform = :platform)
             order by score desc, a.id
             limit 5""";
    static final String COUNTERFEIT_KNOWN = """
            select exists (select 1 from counterfeit_accounts
                            where lower(name) = lower(:name)
                              and (cast(:platform as text) is null or platform = :platform)) as known""";

    // complaint.SubmissionRepository
    static final String COMPLAINT_SELECT = "select id, tracking_number, token_hash, kind, title, status, reply, created_at, due_on,"
            + " replied_at, closed_at, photo_count from complaints";
    static final String COMPLAINT_BY_NUMBER = COMPLAINT_SELECT + " where tracking_number = :number";
    static final String COMPLAINT_BY_ID = COMPLAINT_SELECT + " where id = :id";
    static final String CLAIM_KEY = "insert into complaint_idempotency_keys (idempotency_key, request_hash) values (:key, :hash)"
            + " on conflict (idempotency_key) do nothing returning idempotency_key";
    static final String DUPLICATE_OF = COMPLAINT_SELECT
            + " where client_hash = :client and content_hash = :content and created_at >= :since order by id limit 1";
    static final String NEXT_NUMBER = "select nextval('complaint_number_seq') % 1000000 as number";
    // calendar.WorkingDayCalendar.plus
    static final String SPECIAL_DAYS = "select day, kind from calendar_days where day > :from and day <= :until";
    static final String KNOWN_YEARS = "select year from calendar_years";
    static final String INSERT_COMPLAINT = """
            insert into complaints (tracking_number, token_hash, kind, account_id, target_organization_id, title, content,
                                    contact_name, contact_phone, error_url, suspect_platform, suspect_name, suspect_link,
                                    status, due_on, client_hash, content_hash, received_on, photo_count)
            values (:number, :tokenHash, :kind, :accountId, :targetId, :title, :content, :contactName, :contactPhone,
                    :errorUrl, :suspectPlatform, :suspectName, :suspectLink, 'RECEIVED', :dueOn, :clientHash,
                    :contentHash, :receivedOn, 0)
            returning id""";
    static final String ATTACH_KEY = "update complaint_idempotency_keys set complaint_id = :id where idempotency_key = :key";
    // audit.AuditLog.record
    static final String AUDIT = """
            insert into audit_events (actor, actor_roles, organization_code, action, entity_type, entity_id,
                                      before_state, after_state, request_id, hash)
            values (:actor, :roles, :organization, :action, :entityType, :entityId,
                    cast(:before as jsonb), cast(:after as jsonb), :requestId, '')""";

    // organization.OrganizationScopes.of, account.AccountRepository.page / count / findById
    static final String SCOPE = """
            select case
                     when :cityWide then subpath(o.path, 0, 1)
                     when o.type = 'GOVERNMENT_OFFICE' and p.id is not null then p.path
                     else o.path
                   end::text as scope
              from organizations o
              left join organizations p on p.id = o.parent_id
             where o.code = :code""";
    static final String ACCOUNT_SELECT = "select a.*, o.name as host_organization_name from accounts a"
            + " join organizations o on o.id = a.host_organization_id";
    static final String ACCOUNT_FILTER = " where o.path <@ cast(:scopePath as ltree) and a.platform = :platform and a.status = :status";
    static final String ACCOUNT_PAGE = ACCOUNT_SELECT + ACCOUNT_FILTER + " order by a.id desc limit :limit offset :offset";
    static final String ACCOUNT_COUNT = "select count(*) as total from accounts a join organizations o on o.id = a.host_organization_id"
            + ACCOUNT_FILTER;
    static final String ACCOUNT_BY_ID = ACCOUNT_SELECT + " where a.id = :id";

    // sync.ChangeFeedController.changes
    static final String POSITION_CHANGES = "select filing_changes_position() as placed";
    static final String CHANGES = "select position, filing_id, changed_at, snapshot::text as snapshot from filing_changes"
            + " where position > :after order by position limit :limit";

    private FloorSql() {
    }
}

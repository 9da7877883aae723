package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.paging.PageRequest;
import cn.gov.nantong.govmedia.contentcheck.Finding;
import cn.gov.nantong.govmedia.organization.OrganizationScope;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class TicketRepository {

    /** The ticket with what deciding needs: the host's code and its competent authority's code. */
    record Row(TicketResponse ticket, String hostCode, String authorityCode) {
    }

    private static final String SELECT = """
            select t.*, a.name as account_name, o.code as host_code, au.code as authority_code, sd.signer, sd.deputy
              from review_tickets t
              join accounts a on a.id = t.account_id
              join organizations o on o.id = t.host_organization_id
              left join organizations au on au.id = o.competent_authority_id
              left join sign_off_designations sd on sd.host_organization_id = t.host_organization_id
            """;

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final JsonMapper json;

    TicketRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Row> findInScope(long id, OrganizationScope scope) {
        return db.sql(SELECT + " where t.id = :id and " + OrganizationScope.condition("o.path"))
                .bind("id", id).bind(OrganizationScope.BIND_NAME, scope.path())
                .map(row -> new Row(TicketRows.ticket(row), row.get("host_code", String.class), row.get("authority_code", String.class)))
                .one()
                .flatMap(row -> decisions(id).collectList().map(steps -> new Row(row.ticket().withSteps(steps), row.hostCode(),
                        row.authorityCode())));
    }

    Flux<TicketResponse> page(TicketFilter filter, OrganizationScope scope, PageRequest page) {
        return bindFilter(db.sql(SELECT + where() + " order by t.id desc limit :limit offset :offset"), filter, scope)
                .bind("limit", page.size()).bind("offset", page.offset())
                .map(TicketRows::ticket).all();
    }

    Mono<Long> count(TicketFilter filter, OrganizationScope scope) {
        return bindFilter(db.sql("""
                select count(*) as total from review_tickets t
                  join organizations o on o.id = t.host_organization_id
                  left join organizations au on au.id = o.competent_authority_id
                  left join sign_off_designations sd on sd.host_organization_id = t.host_organization_id""" + where()), filter, scope)
                .map(row -> row.get("total", Long.class)).one();
    }

    /** Filters; awaiting-me applies {@link SignOffRule} in SQL: the review step at the host or its authority, sign-off at the host. */
    private static String where() {
        return " where " + OrganizationScope.condition("o.path")
                + " and (cast(:status as text) is null or t.status = :status)"
                + " and (cast(:accountId as bigint) is null or t.account_id = :accountId)"
                + " and (cast(:classification as text) is null or t.classification = :classification)"
                + " and (not :overdue or (t.planned_at < :now and t.status not in ('PUBLISHED', 'REJECTED', 'WITHDRAWN')))"
                + " and (cast(:me as text) is null or (t.status = 'IN_REVIEW'"
                + "   and case when t.current_step = 1"
                + "              then (o.code = :myOrg or au.code = :myOrg) and t.classification || ':1' = any(cast(:steps as text[]))"
                + "            when t.classification = 'GENERAL' and sd.signer is not null"
                + "              then o.code = :myOrg and :me in (sd.signer, sd.deputy)"
                + "            else o.code = :myOrg and t.classification || ':' || t.current_step = any(cast(:steps as text[])) end"
                + "   and t.author <> :me"
                + "   and not exists (select 1 from review_decisions d where d.ticket_id = t.id and d.decided_by = :me)))";
    }

    private static DatabaseClient.GenericExecuteSpec bindFilter(DatabaseClient.GenericExecuteSpec spec, TicketFilter filter,
                                                               OrganizationScope scope) {
        TicketFilter.AwaitingDecision awaiting = filter.awaiting();
        return spec.bind(OrganizationScope.BIND_NAME, scope.path())
                .bind("status", Parameter.fromOrEmpty(filter.status() == null ? null : filter.status().name(), String.class))
                .bind("accountId", Parameter.fromOrEmpty(filter.accountId(), Long.class))
                .bind("classification", Parameter.fromOrEmpty(filter.classification() == null ? null : filter.classification().name(),
                        String.class))
                .bind("overdue", filter.overdue()).bind("now", filter.now())
                .bind("me", Parameter.fromOrEmpty(awaiting == null ? null : awaiting.username(), String.class))
                .bind("myOrg", Parameter.fromOrEmpty(awaiting == null ? null : awaiting.organizationCode(), String.class))
                .bind("steps", awaiting == null ? new String[0] : awaiting.steps());
    }

    Mono<Long> insert(TicketRequest request, long hostId, Classification classification, String author) {
        return db.sql("""
                        insert into review_tickets (account_id, host_organization_id, title, body, body_format, origin, source_name, source_url,
                                                    source_title, classification, planned_at, status, author)
                        values (:accountId, :hostId, :title, :body, :bodyFormat, :origin, :sourceName, :sourceUrl, :sourceTitle, :classification, :plannedAt,
                                'DRAFT', :author)
                        returning id""")
                .bind("accountId", request.accountId()).bind("hostId", hostId).bind("title", request.title().trim())
                .bind("body", request.body()).bind("bodyFormat", request.format().name()).bind("origin", request.origin().name())
                .bind("sourceName", Parameter.fromOrEmpty(request.sourceName(), String.class))
                .bind("sourceUrl", Parameter.fromOrEmpty(request.sourceUrl(), String.class))
                .bind("sourceTitle", Parameter.fromOrEmpty(request.sourceTitle(), String.class))
                .bind("classification", classification.name())
                .bind("plannedAt", Parameter.fromOrEmpty(request.plannedAt(), OffsetDateTime.class))
                .bind("author", author)
                .map(row -> row.get("id", Long.class)).one();
    }

    Mono<Void> saveVersion(long id, int number, String title, String body, String by) {
        return db.sql("insert into review_ticket_versions (ticket_id, number, title, body, created_by) values (:id, :n, :title, :body, :by)")
                .bind("id", id).bind("n", number).bind("title", title).bind("body", body).bind("by", by).then();
    }

    Mono<Long> updateContent(long id, long version, String title, String body, String sourceName, String sourceUrl, String sourceTitle,
                             Classification classification, int contentVersion) {
        return db.sql("""
                        update review_tickets set title = :title, body = :body, source_name = :sourceName, source_url = :sourceUrl,
                               source_title = :sourceTitle, classification = :classification,
                               content_version = :contentVersion, updated_at = now(), version = version + 1
                         where id = :id and version = :version and status in ('DRAFT', 'RETURNED')""")
                .bind("id", id).bind("version", version).bind("title", title).bind("body", body)
                .bind("sourceName", Parameter.fromOrEmpty(sourceName, String.class))
                .bind("sourceUrl", Parameter.fromOrEmpty(sourceUrl, String.class))
                .bind("sourceTitle", Parameter.fromOrEmpty(sourceTitle, String.class)).bind("classification", classification.name())
                .bind("contentVersion", contentVersion)
                .fetch().rowsUpdated();
    }

    /** Moves the ticket if nobody moved it first (same version, expected status). */
    Mono<Long> move(long id, long version, Set<TicketStatus> from, TicketStatus to, int step) {
        return db.sql("""
                        update review_tickets set status = :to, current_step = :step, updated_at = now(), version = version + 1
                         where id = :id and version = :version and status = any(cast(:from as text[]))""")
                .bind("id", id).bind("version", version).bind("to", to.name()).bind("step", step)
                .bind("from", from.stream().map(Enum::name).toArray(String[]::new))
                .fetch().rowsUpdated();
    }

    /** On submission: whether the content needs a 保密审查 (Art 28); any earlier attestation is for earlier content. */
    Mono<Void> requireConfidentialityReview(long id, boolean required) {
        return db.sql("""
                        update review_tickets set confidentiality_required = :required, confidentiality_attested_by = null,
                               confidentiality_attested_at = null, confidentiality_note = null
                         where id = :id""")
                .bind("id", id).bind("required", required).then();
    }

    Mono<Long> attestConfidentiality(long id, long version, String by, String note) {
        return db.sql("""
                        update review_tickets set confidentiality_attested_by = :by, confidentiality_attested_at = now(),
                               confidentiality_note = :note, updated_at = now(), version = version + 1
                         where id = :id and version = :version and status = 'IN_REVIEW' and confidentiality_required""")
                .bind("id", id).bind("version", version).bind("by", by).bind("note", note).fetch().rowsUpdated();
    }

    Mono<Long> published(long id, long version, String url, OffsetDateTime at) {
        return db.sql("""
                        update review_tickets set status = 'PUBLISHED', published_url = :url, published_at = :at, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version and status = 'APPROVED'""")
                .bind("id", id).bind("version", version).bind("url", url).bind("at", at).fetch().rowsUpdated();
    }

    /**
     * Records the publication, or links the ticket to the record already registered for this URL by hand or by import.
     * False when the URL is another ticket's: nothing is recorded then, and the caller refuses the publish.
     */
    Mono<Boolean> recordPublication(TicketResponse ticket, String url, OffsetDateTime at, String by) {
        return db.sql("""
                        insert into publications (account_id, host_organization_id, published_at, origin, title, url, source_name,
                                                  imported, recorded_by, ticket_id)
                        values (:accountId, :hostId, :at, :origin, :title, :url, :source, false, :by, :ticketId)
                        on conflict (account_id, url) do update set ticket_id = excluded.ticket_id
                         where publications.ticket_id is null
                        returning id""")
                .bind("accountId", ticket.accountId()).bind("hostId", ticket.hostOrganizationId()).bind("at", at)
                .bind("origin", ticket.origin()).bind("title", ticket.title()).bind("url", url)
                .bind("source", Parameter.fromOrEmpty(ticket.sourceName(), String.class)).bind("by", by).bind("ticketId", ticket.id())
                .map(row -> true).one().defaultIfEmpty(false);
    }

    Mono<Void> decide(long id, int step, String role, String decision, String by, String comment) {
        return db.sql("""
                        insert into review_decisions (ticket_id, step, role, decision, decided_by, comment)
                        values (:id, :step, :role, :decision, :by, :comment)""")
                .bind("id", id).bind("step", step).bind("role", role).bind("decision", decision).bind("by", by)
                .bind("comment", Parameter.fromOrEmpty(comment, String.class)).then();
    }

    Flux<TicketVersion> versions(long id) {
        return db.sql("""
                        select number, title, body, created_by, created_at, check_findings::text as check_findings, checked_at,
                               warnings_confirmed_by, warnings_confirmed_at
                          from review_ticket_versions where ticket_id = :id order by number""").bind("id", id)
                .map(row -> new TicketVersion(row.get("number", Integer.class), row.get("title", String.class),
                        row.get("body", String.class), row.get("created_by", String.class),
                        row.get("created_at", OffsetDateTime.class), findings(row.get("check_findings", String.class)),
                        row.get("checked_at", OffsetDateTime.class), row.get("warnings_confirmed_by", String.class),
                        row.get("warnings_confirmed_at", OffsetDateTime.class)))
                .all();
    }

    /** Keeps the submission's check with the latest version; {@code confirmedBy} when its warnings were confirmed. */
    Mono<Void> recordCheck(long id, List<Finding> findings, @Nullable String confirmedBy) {
        return db.sql("""
                        update review_ticket_versions
                           set check_findings = cast(:findings as jsonb), checked_at = now(),
                               warnings_confirmed_by = :confirmedBy,
                               warnings_confirmed_at = case when cast(:confirmedBy as varchar) is null then null else now() end
                         where ticket_id = :id
                           and number = (select max(number) from review_ticket_versions where ticket_id = :id)""")
                .bind("id", id).bind("findings", json.writeValueAsString(findings))
                .bind("confirmedBy", Parameter.fromOrEmpty(confirmedBy, String.class))
                .then();
    }

    private @Nullable List<Finding> findings(@Nullable String text) {
        return text == null ? null : json.readValue(text, FINDINGS);
    }

    Flux<TicketResponse.Step> decisions(long id) {
        return db.sql("select * from review_decisions where ticket_id = :id order by id").bind("id", id)
                .map(row -> new TicketResponse.Step(row.get("step", Integer.class), row.get("role", String.class),
                        row.get("decision", String.class), row.get("decided_by", String.class), row.get("comment", String.class),
                        row.get("decided_at", OffsetDateTime.class)))
                .all();
    }
}

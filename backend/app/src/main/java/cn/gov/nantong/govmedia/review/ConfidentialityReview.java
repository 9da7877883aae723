package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.audit.AuditLog;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.CurrentUsers;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * 保密审查 (Art 28): information that may involve state secrets is strictly managed. When the automatic check finds a
 * classification or secrecy mark in the submitted content, a reviewer of the host (or of its competent authority) records
 * that the content was checked for secrets; until then no step may approve the ticket.
 */
@Service
class ConfidentialityReview {

    private static final String ENTITY = "review_ticket";

    private final TicketService tickets;
    private final TicketRepository repository;
    private final CurrentUsers users;
    private final AuditLog audit;

    ConfidentialityReview(TicketService tickets, TicketRepository repository, CurrentUsers users, AuditLog audit) {
        this.tickets = tickets;
        this.repository = repository;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    public Mono<TicketResponse> attest(long id, ConfidentialityAttestationRequest request) {
        return Mono.zip(users.current(), tickets.row(id)).flatMap(context -> {
            CurrentUser user = context.getT1();
            TicketRepository.Row row = context.getT2();
            TicketResponse ticket = row.ticket();
            if (!ticket.confidentiality().required()) {
                return Mono.error(ApiProblemException.rule("CONFIDENTIALITY_REVIEW_NOT_REQUIRED", "Art 28",
                        "自动检查未发现密级或涉密标志，本稿无须保密审查", "the check found no secrecy mark; no confidentiality review is needed"));
            }
            if (ticket.status() != TicketStatus.IN_REVIEW || ticket.version() != request.version()) {
                return Mono.error(TicketService.stale());
            }
            if (!(user.organizationCode().equals(row.hostCode()) || user.organizationCode().equals(row.authorityCode()))) {
                return Mono.error(ApiProblemException.rule("NOT_HOST_REVIEWER", "Art 28",
                        "保密审查须由主办单位或其主管单位的审核人员进行（《办法》第二十八条）",
                        "the confidentiality review is made by a reviewer of the host or its competent authority (Art 28)"));
            }
            if (user.username().equals(ticket.author())) {
                return Mono.error(ApiProblemException.rule("SEPARATION_OF_DUTIES", "Art 28", "撰稿人不能对本稿进行保密审查",
                        "the author may not make the confidentiality review of their own ticket"));
            }
            return repository.attestConfidentiality(id, request.version(), user.username(), request.note().trim())
                    .flatMap(rows -> rows == 0 ? Mono.error(TicketService.stale()) : tickets.get(id))
                    .flatMap(after -> audit.record("ATTEST_CONFIDENTIALITY", ENTITY, id, ticket, after).thenReturn(after));
        });
    }

    static ApiProblemException missing() {
        return ApiProblemException.rule("CONFIDENTIALITY_REVIEW_MISSING", "Art 28",
                "本稿含密级或涉密标志，须先由审核人员完成保密审查，方可审核通过、签发（《办法》第二十八条）",
                "the content carries a secrecy mark: a reviewer must record the confidentiality review before it is approved (Art 28)");
    }
}

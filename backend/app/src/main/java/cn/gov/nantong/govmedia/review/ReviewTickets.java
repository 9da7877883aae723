package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.contentcheck.ContentCheckRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What other features may do with review tickets: open a draft ticket for content they want published (Art 17).
 * The ticket then follows the ordinary workflow (the caller becomes its author, submits it, the chain signs it,
 * the operator records the publication). Runs in the caller's transaction.
 */
@Component
public class ReviewTickets {

    private final TicketService service;

    ReviewTickets(TicketService service) {
        this.service = service;
    }

    /**
     * Opens a draft of original content for an active account in the caller's scope. The classification is the
     * one asked for, raised to MAJOR when the content touches a sensitive topic (Art 17).
     *
     * @return the new ticket's id
     */
    public Mono<Long> open(long accountId, String title, String body, Classification classification) {
        return service.create(new TicketRequest(accountId, title, body, ContentCheckRequest.Origin.ORIGINAL, null, null, null,
                classification, null, BodyFormat.TEXT)).map(TicketResponse::id);
    }
}

package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * For supervision (Art 34): an ordered closure opens the account's CLOSE filing, with the closure order as its
 * basis (ORDERED_BY_AUTHORITY, which the competent authority cannot return) and the shortest announcement Art 16 allows. Runs in the caller's transaction and with the caller's scope;
 * refusals (account not active, a filing already pending) are the filing workflow's own.
 */
@Component
public class OrderedClosures {

    private final FilingService filings;
    private final WorkingDayCalendar calendar;

    OrderedClosures(FilingService filings, WorkingDayCalendar calendar) {
        this.filings = filings;
        this.calendar = calendar;
    }

    /** Files CLOSE for the account; answers the filing id. */
    public Mono<Long> fileClosure(long accountId, String orderNumber, LocalDate orderedOn, LocalDate announcementStartsOn) {
        return calendar.plus(announcementStartsOn, FilingService.ANNOUNCEMENT_DAYS)
                .flatMap(end -> filings.submitOrdered(new FilingRequest(FilingType.CLOSE, false, null, null, accountId, null,
                        new FilingRequest.Basis(BasisType.ORDERED_BY_AUTHORITY, orderNumber, orderedOn), announcementStartsOn, end.date())))
                .map(FilingResponse::id);
    }
}

package cn.gov.nantong.govmedia.contentcheck;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Runs the checks off the event loop: a long text against a large lexicon is CPU work. */
@Component
public class ContentChecks {

    private static final int INLINE_LIMIT = 2_000;

    private final Lexicons lexicons;

    ContentChecks(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    public Mono<ContentCheckResult> check(ContentCheckRequest request) {
        return lexicons.snapshot().flatMap(snapshot -> request.body().length() <= INLINE_LIMIT
                ? Mono.fromSupplier(() -> ContentChecker.check(request, snapshot))
                : Mono.fromSupplier(() -> ContentChecker.check(request, snapshot)).subscribeOn(Schedulers.parallel()));
    }
}

package cn.gov.nantong.govmedia.changefeed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Positions committed filing changes even while nobody reads the feed, so its order is fixed within a moment. */
@Component
class FilingChangePositioner {

    private static final Logger log = LoggerFactory.getLogger(FilingChangePositioner.class);

    private final FilingChangeRepository changes;

    FilingChangePositioner(FilingChangeRepository changes) {
        this.changes = changes;
    }

    @Scheduled(fixedDelayString = "${govmedia.audit.seal-interval:PT0.25S}", initialDelayString = "PT1S")
    Mono<Void> run() {
        return changes.position().onErrorResume(error -> {
            log.warn("positioning filing changes failed; the next run or reader retries: {}", error.toString());
            return Mono.empty();
        }).then();
    }
}

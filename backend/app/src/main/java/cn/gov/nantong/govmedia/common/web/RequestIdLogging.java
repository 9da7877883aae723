package cn.gov.nantong.govmedia.common.web;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Puts the request id into the logging MDC as {@code requestId} on every thread that works for the request, so each
 * line of a request carries it (the JSON logs' field). Takes effect where Reactor propagates its context to thread
 * locals, which the json-logs profile switches on ({@code spring.reactor.context-propagation=auto}): that costs a
 * little on every operator, so plain-text logs, which do not print the MDC, go without it. Without that switch the
 * accessor is not registered at all: Reactor still restores registered thread locals around each {@code handle}
 * operator (the database driver runs one per message), and an MDC write there is a copy of the MDC's map.
 */
@Component
@ConditionalOnProperty(name = "spring.reactor.context-propagation", havingValue = "auto")
class RequestIdLogging {

    static final String MDC_KEY = "requestId";

    RequestIdLogging() {
        ContextRegistry.getInstance().registerThreadLocalAccessor(RequestIds.CONTEXT_KEY, () -> MDC.get(MDC_KEY),
                id -> MDC.put(MDC_KEY, id), () -> MDC.remove(MDC_KEY));
    }
}

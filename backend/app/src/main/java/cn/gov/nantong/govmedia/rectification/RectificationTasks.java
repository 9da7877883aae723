package cn.gov.nantong.govmedia.rectification;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Opens rectification tasks for findings of the city's own checks, so hosts see and close them in the same list as the
 * provincial ones (GET /api/v1/rectifications). Such tasks are not reported to the province.
 */
@Component
public class RectificationTasks {

    /**
     * A finding to rectify; {@code reference} is unique (e.g. "SC-12" for spot-check finding 12); {@code source} is the
     * city's check it comes from: SPOT_CHECK (Art 32) or SECURITY_CHECK (Art 29.1).
     */
    public record LocalTask(String reference, long accountId, long hostOrganizationId, String category, boolean veto,
                            String description, LocalDate foundOn, LocalDate deadline, String source) {

        /** A task from the quarterly spot check. */
        public LocalTask(String reference, long accountId, long hostOrganizationId, String category, boolean veto,
                         String description, LocalDate foundOn, LocalDate deadline) {
            this(reference, accountId, hostOrganizationId, category, veto, description, foundOn, deadline, "SPOT_CHECK");
        }
    }

    private final FindingRepository findings;

    RectificationTasks(FindingRepository findings) {
        this.findings = findings;
    }

    /** Answers the task id; runs in the caller's transaction. */
    public Mono<Long> open(LocalTask task) {
        return findings.insertLocal(task);
    }
}

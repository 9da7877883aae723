package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.security.CurrentUser;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the ticket list, all optional. overdue keeps unfinished tickets whose planned publishing time has
 * passed; awaitingMe keeps tickets whose current step the caller may decide (role, organization, separation of
 * duties), expressed as the "CLASSIFICATION:step" pairs the caller's roles can sign.
 */
record TicketFilter(@Nullable TicketStatus status, @Nullable Long accountId, @Nullable Classification classification,
                    boolean overdue, OffsetDateTime now, @Nullable AwaitingDecision awaiting) {

    record AwaitingDecision(String username, String organizationCode, String[] steps) {
    }

    static @Nullable AwaitingDecision awaiting(boolean awaitingMe, CurrentUser user) {
        if (!awaitingMe) {
            return null;
        }
        List<String> steps = new ArrayList<>();
        for (Classification classification : Classification.values()) {
            for (int step = 1; step <= classification.chain().size(); step++) {
                if (classification.chain().get(step - 1).stream().anyMatch(user::has)) {
                    steps.add(classification.name() + ":" + step);
                }
            }
        }
        return new AwaitingDecision(user.username(), user.organizationCode(), steps.toArray(String[]::new));
    }
}

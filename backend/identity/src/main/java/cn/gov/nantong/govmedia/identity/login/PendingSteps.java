package cn.gov.nantong.govmedia.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps a session must still pass before it may use its login (kept in the HTTP session). Until the list is
 * empty, {@link PendingStepsFilter} lets the session reach nothing but the next step's page.
 */
final class PendingSteps {

    private static final String ATTRIBUTE = PendingSteps.class.getName();

    private PendingSteps() {
    }

    static void start(HttpServletRequest request, List<Step> steps) {
        request.getSession().setAttribute(ATTRIBUTE, new ArrayList<>(steps));
    }

    static Optional<Step> next(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof List<?> steps) || steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((Step) steps.get(0));
    }

    static boolean awaiting(HttpServletRequest request, Step step) {
        return next(request).filter(step::equals).isPresent();
    }

    /** Marks the current step done and returns the one after it, if any. */
    @SuppressWarnings("unchecked")
    static Optional<Step> complete(HttpServletRequest request, Step step) {
        List<Step> steps = (List<Step>) request.getSession().getAttribute(ATTRIBUTE);
        if (steps != null && !steps.isEmpty() && steps.get(0) == step) {
            steps.remove(0);
            request.getSession().setAttribute(ATTRIBUTE, steps);
        }
        return next(request);
    }
}

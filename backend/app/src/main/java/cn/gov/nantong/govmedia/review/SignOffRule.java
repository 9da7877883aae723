package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.common.security.Role;
import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may decide a ticket's current step (Art 17). The review step: a REVIEWER of the host or of its competent authority.
 * Every sign-off step: only the host's own people (主办单位分管领导 / 主要领导), by role, or the designated signer and deputy
 * where the host designated them for GENERAL content.
 */
public final class SignOffRule {

    /** The roles that may be designated to sign off, and in which a designated signer decides. */
    public static final Set<Role> SIGNING_ROLES = Set.of(Role.REVIEWER, Role.DEPUTY_LEADER, Role.PRINCIPAL_LEADER);

    /** When a user holds several roles, the decision is recorded under the highest. */
    private static final List<Role> SENIORITY = List.of(Role.PRINCIPAL_LEADER, Role.DEPUTY_LEADER, Role.REVIEWER);

    private SignOffRule() {
    }

    /** The role in which the user decides the current step, or empty when the step is not theirs. */
    static Optional<Role> acting(CurrentUser user, TicketRepository.Row row) {
        TicketResponse ticket = row.ticket();
        boolean ownHost = user.organizationCode().equals(row.hostCode());
        if (ticket.currentStep() == 1) {
            return ownHost || user.organizationCode().equals(row.authorityCode()) ? highest(user, Set.of(Role.REVIEWER)) : Optional.empty();
        }
        if (!ownHost) {
            return Optional.empty();
        }
        if (!ticket.nextStepSigners().isEmpty()) {
            return ticket.nextStepSigners().contains(user.username()) ? highest(user, SIGNING_ROLES)
                    : Optional.empty();
        }
        return highest(user, Set.copyOf(ticket.nextStepRoles()));
    }

    static ApiProblemException refusal(TicketResponse ticket) {
        if (!ticket.nextStepSigners().isEmpty()) {
            return ApiProblemException.rule("NOT_THIS_STEPS_SIGNER", "Art 17",
                    "本单位一般信息须由指定签发人签发：" + String.join("、", ticket.nextStepSigners()) + "（《办法》第十七条）",
                    "GENERAL content of this host is signed off by its designated signer: "
                            + String.join(", ", ticket.nextStepSigners()) + " (Art 17)");
        }
        if (ticket.currentStep() > 1) {
            return ApiProblemException.rule("NOT_THIS_STEPS_SIGNER", "Art 17",
                    "当前环节须由主办单位的" + ticket.nextStepRoles() + "审定签发（《办法》第十七条）",
                    "this step is signed off by the host's own " + ticket.nextStepRoles() + " (Art 17)");
        }
        return ApiProblemException.rule("NOT_THIS_STEPS_SIGNER", "Art 17", "当前审核环节须由主办单位或其主管单位的审核员决定（《办法》第十七条）",
                "this step is decided by a REVIEWER of the host or its competent authority (Art 17)");
    }

    private static Optional<Role> highest(CurrentUser user, Set<Role> allowed) {
        return SENIORITY.stream().filter(allowed::contains).filter(user::has).findFirst();
    }
}

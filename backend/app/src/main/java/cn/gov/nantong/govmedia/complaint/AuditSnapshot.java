package cn.gov.nantong.govmedia.complaint;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the audit trail keeps of a submission's state: never its content or the submitter's contact. */
public record AuditSnapshot(String status, String moderation, @Nullable String reason, @Nullable Long forwardedToOrganizationId,
                     LocalDate dueOn, @Nullable String reply) {

    static AuditSnapshot of(ComplaintResponse c, @Nullable String reason) {
        return new AuditSnapshot(c.status().name(), c.moderation().name(), reason, c.forwardedToOrganizationId(), c.dueOn(), c.reply());
    }
}

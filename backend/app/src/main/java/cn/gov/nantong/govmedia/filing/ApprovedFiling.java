package cn.gov.nantong.govmedia.filing;

import cn.gov.nantong.govmedia.account.AccountResponse;
import cn.gov.nantong.govmedia.organization.OrganizationSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the provincial filing-check system receives of an approved filing (Art 15). */
public record ApprovedFiling(long filingId, long version, FilingType type, boolean legacy, LocalDate receivedOn,
                             OffsetDateTime approvedAt, LocalDate announcementStartsOn, LocalDate announcementEndsOn,
                             BasisType basisType, String basisDocumentNumber, LocalDate basisDecidedOn,
                             AccountResponse account, OrganizationSummary host, OrganizationSummary authority) {

    /** The same filing version always carries the same key, so a repeated delivery is recognised. */
    public String idempotencyKey() {
        return filingId + ":" + version;
    }
}

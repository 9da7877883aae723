package cn.gov.nantong.govmedia.review;

import cn.gov.nantong.govmedia.common.security.Role;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A review ticket from its row (see TicketRepository's SELECT): the next step's roles and signers derived from it. */
final class TicketRows {

    private TicketRows() {
    }

    static TicketResponse ticket(Readable row) {
        Classification classification = Classification.valueOf(row.get("classification", String.class));
        TicketStatus status = TicketStatus.valueOf(row.get("status", String.class));
        int step = row.get("current_step", Integer.class);
        boolean deciding = status == TicketStatus.IN_REVIEW && step >= 1 && step <= classification.chain().size();
        List<Role> next = deciding ? classification.chain().get(step - 1).stream().sorted().toList() : List.of();
        String signer = row.get("signer", String.class);
        String deputy = row.get("deputy", String.class);
        List<String> signers = deciding && signer != null && classification.signedByDesignatedSigner(step)
                ? (deputy == null ? List.of(signer) : List.of(signer, deputy)) : List.of();
        return new TicketResponse(row.get("id", Long.class), row.get("account_id", Long.class), row.get("account_name", String.class),
                row.get("host_organization_id", Long.class), row.get("title", String.class), row.get("body", String.class),
                BodyFormat.valueOf(row.get("body_format", String.class)), row.get("origin", String.class), row.get("source_name", String.class), row.get("source_url", String.class),
                row.get("source_title", String.class),
                classification, row.get("planned_at", OffsetDateTime.class), status, step, new ArrayList<>(next), signers,
                row.get("author", String.class), row.get("content_version", Integer.class), row.get("published_url", String.class),
                row.get("published_at", OffsetDateTime.class), row.get("created_at", OffsetDateTime.class),
                row.get("updated_at", OffsetDateTime.class), row.get("version", Long.class),
                new TicketResponse.Confidentiality(Boolean.TRUE.equals(row.get("confidentiality_required", Boolean.class)),
                        row.get("confidentiality_attested_by", String.class), row.get("confidentiality_attested_at", OffsetDateTime.class),
                        row.get("confidentiality_note", String.class)),
                List.of());
    }
}

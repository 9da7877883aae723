package cn.gov.nantong.govmedia.sync;

import cn.gov.nantong.govmedia.filing.ApprovedFiling;
import cn.gov.nantong.govmedia.filing.FilingOutbox;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Turns an approved filing into the province's submission (per the contract) and queues it. */
@Component
public class SyncOutbox implements FilingOutbox {

    private final OutboxRepository outbox;
    private final JsonMapper json;

    SyncOutbox(OutboxRepository outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    public Mono<Void> enqueue(ApprovedFiling filing) {
        return Mono.fromCallable(() -> json.writeValueAsString(submission(filing)))
                .flatMap(payload -> outbox.enqueue("FILING", filing.filingId(), null, filing.idempotencyKey(), payload));
    }

    public Mono<Void> enqueueRectification(long findingId, String provinceFindingId, String payload) {
        return outbox.enqueue("RECTIFIED", null, findingId, "finding:" + provinceFindingId, payload);
    }

    private static Map<String, Object> submission(ApprovedFiling f) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("platform", f.account().platform().name());
        account.put("platformAccountId", f.account().platformAccountId());
        account.put("name", f.account().name());
        account.put("certificationSubject", f.account().certificationSubject());
        account.put("status", f.account().status().name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filingId", f.filingId());
        body.put("version", f.version());
        body.put("type", f.type().name());
        body.put("legacy", f.legacy());
        body.put("divisionCode", f.host().divisionCode());
        body.put("receivedOn", f.receivedOn().toString());
        body.put("approvedAt", f.approvedAt().toString());
        if (f.announcementStartsOn() != null) {
            body.put("announcementStartsOn", f.announcementStartsOn().toString());
            body.put("announcementEndsOn", f.announcementEndsOn().toString());
        }
        if (f.basisType() != null) {
            Map<String, Object> basis = new LinkedHashMap<>();
            basis.put("type", f.basisType().name());
            basis.put("documentNumber", f.basisDocumentNumber());
            basis.put("decidedOn", f.basisDecidedOn().toString());
            body.put("basis", basis);
        }
        body.put("account", account);
        body.put("hostOrganization", organization(f.host().name(), f.host().creditCode()));
        body.put("competentAuthority", organization(f.authority().name(), f.authority().creditCode()));
        return body;
    }

    private static Map<String, Object> organization(String name, String creditCode) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("name", name);
        organization.put("creditCode", creditCode);
        return organization;
    }
}

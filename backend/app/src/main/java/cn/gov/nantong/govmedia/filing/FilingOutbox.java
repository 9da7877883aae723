package cn.gov.nantong.govmedia.filing;

import reactor.core.publisher.Mono;

/**
 * Receives approved filings inside the approving transaction, so delivery to the province is promised
 * exactly when the approval commits. Implemented by the sync feature.
 */
public interface FilingOutbox {

    Mono<Void> enqueue(ApprovedFiling filing);
}

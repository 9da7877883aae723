package cn.gov.nantong.govmedia.filing;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Records on the filing that it reached the province, with the province's receipt number. */
@Repository
public class FilingDeliveries {

    private final DatabaseClient db;

    FilingDeliveries(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> markDelivered(long filingId, String receiptNumber, OffsetDateTime at) {
        return db.sql("update filings set delivered_at = :at, receipt_number = :receipt where id = :id and delivered_at is null")
                .bind("id", filingId).bind("at", at).bind("receipt", receiptNumber).then();
    }
}

package cn.gov.nantong.govmedia.reconciliation;

import cn.gov.nantong.govmedia.account.AccountRegister;
import cn.gov.nantong.govmedia.account.AccountResponse;
import cn.gov.nantong.govmedia.account.AccountStatus;
import cn.gov.nantong.govmedia.common.jobs.JobLocks;
import cn.gov.nantong.govmedia.sync.ProvinceClient;
import cn.gov.nantong.govmedia.sync.ProvinceProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Compares our register with the province's: accounts missing on either side, and accounts whose status
 * differs. Accounts are matched by platform and platform id, or by platform and name where there is no id.
 */
@Component
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final ProvinceClient province;
    private final AccountRegister accounts;
    private final ProvinceProperties settings;
    private final ReconciliationRepository reports;
    private final JobLocks locks;
    private final Clock clock;

    Reconciliation(ProvinceClient province, AccountRegister accounts, ProvinceProperties settings,
                   ReconciliationRepository reports, JobLocks locks, Clock clock) {
        this.province = province;
        this.accounts = accounts;
        this.settings = settings;
        this.reports = reports;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(cron = "${govmedia.province.reconciliation-cron:0 30 6 * * *}", zone = "${govmedia.time-zone:Asia/Shanghai}")
    void daily() {
        if (settings.enabled()) {
            scheduled().subscribe(report -> log.info("reconciliation: {} difference(s)", report.differences().size()),
                    error -> log.warn("reconciliation failed: {}", error.toString()));
        }
    }

    /** The daily run: on one instance only, and once however far apart the instances' clocks fire. */
    public Mono<ReconciliationReport> scheduled() {
        return locks.exclusively("reconciliation", Duration.ofHours(1), Duration.ofHours(2), run("system"));
    }

    Mono<ReconciliationReport> run(String startedBy) {
        OffsetDateTime started = OffsetDateTime.now(clock);
        Mono<Map<String, AccountResponse>> ours = accounts.snapshot()
                .filter(account -> account.status() != AccountStatus.PENDING_FILING)
                .collectMap(a -> key(a.platform().name(), a.platformAccountId(), a.name()), a -> a, LinkedHashMap::new);
        Mono<Map<String, ProvinceClient.RegisteredAccount>> theirs = province.register(settings.divisionCode())
                .collectMap(r -> key(r.platform(), r.platformAccountId(), r.name()), r -> r, LinkedHashMap::new);
        // The province first: if it fails, no database cursor is left half-read.
        return theirs.flatMap(province -> ours.map(local -> reactor.util.function.Tuples.of(local, province))).flatMap(both -> {
            List<ReconciliationReport.Difference> differences = compare(both.getT1(), both.getT2());
            return reports.insert(started, startedBy, both.getT1().size(), both.getT2().size(), differences)
                    .flatMap(reports::find);
        });
    }

    Mono<ReconciliationReport> latest() {
        return reports.latestId().flatMap(reports::find);
    }

    static List<ReconciliationReport.Difference> compare(Map<String, AccountResponse> ours,
                                                         Map<String, ProvinceClient.RegisteredAccount> theirs) {
        List<ReconciliationReport.Difference> differences = new ArrayList<>();
        ours.forEach((key, account) -> {
            ProvinceClient.RegisteredAccount registered = theirs.get(key);
            String status = account.status().name();
            if (registered == null) {
                differences.add(new ReconciliationReport.Difference("MISSING_IN_PROVINCE", account.platform().name(),
                        account.name(), account.platformAccountId(), status, null));
            } else if (!status.equals(registered.status())) {
                differences.add(new ReconciliationReport.Difference("STATUS_DIFFERS", account.platform().name(),
                        account.name(), account.platformAccountId(), status, registered.status()));
            }
        });
        theirs.forEach((key, registered) -> {
            if (!ours.containsKey(key)) {
                differences.add(new ReconciliationReport.Difference("MISSING_HERE", registered.platform(), registered.name(),
                        registered.platformAccountId(), null, registered.status()));
            }
        });
        return differences;
    }

    private static String key(String platform, String platformAccountId, String name) {
        return platformAccountId == null || platformAccountId.isBlank() ? platform + "|name|" + name : platform + "|id|" + platformAccountId;
    }
}

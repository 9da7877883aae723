package cn.gov.nantong.govmedia.fuzz;

import cn.gov.nantong.govmedia.fuzz.ApiOperations.Operation;
import cn.gov.nantong.govmedia.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Bearer tokens of the demo callers, re-signed before they expire so a long soak keeps reaching the operations. */
final class FuzzTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(4);

    private final List<Supplier<String>> administrators = List.of(TestTokens::cityAdmin, TestTokens::cityAdmin,
            TestTokens::auditor, TestTokens::ccSupervisor, TestTokens::ccOperator, TestTokens::rdOperator,
            () -> TestTokens.user("cc-reviewer", "CC-EDU", "REVIEWER"),
            () -> TestTokens.user("cc-deputy", "CC-EDU", "DEPUTY_LEADER"),
            () -> TestTokens.user("cc-handler", "CC-HEALTH", "HANDLER"));
    private List<String> signed;
    private String syncClient;
    private Instant signedAt = Instant.MIN;

    /** Mostly the caller the operation is meant for; sometimes one it is not, so refusals are exercised too. */
    synchronized String forOperation(Operation operation, Random random) {
        if (Instant.now().isAfter(signedAt.plus(LIFETIME))) {
            signed = administrators.stream().map(Supplier::get).toList();
            syncClient = TestTokens.syncClient();
            signedAt = Instant.now();
        }
        boolean intended = random.nextInt(10) < 8;
        if (operation.isPublic()) {
            return intended ? null : signed.get(0);
        }
        if (operation.isSync()) {
            return intended ? syncClient : signed.get(random.nextInt(signed.size()));
        }
        return intended ? signed.get(random.nextInt(signed.size())) : random.nextBoolean() ? syncClient : null;
    }
}

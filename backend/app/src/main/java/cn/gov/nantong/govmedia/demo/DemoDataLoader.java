package cn.gov.nantong.govmedia.demo;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With {@code govmedia.demo.enabled=true} (the local {@code make run}), loads the demo data at startup, after Flyway
 * and before the app reports ready (runners finish before readiness), into a database without accounts only.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final DemoData demoData;
    private final boolean enabled;

    DemoDataLoader(DemoData demoData, @Value("${govmedia.demo.enabled:false}") boolean enabled) {
        this.demoData = demoData;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        Boolean loaded = demoData.loadIfEmpty().block(TIMEOUT);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (Boolean.TRUE.equals(loaded)) {
            log.info("演示数据已加载 / demo data loaded in {} ms", millis);
        } else {
            log.info("数据库已有账号，未加载演示数据 / the database already holds accounts: demo data not loaded ({} ms)", millis);
        }
    }
}

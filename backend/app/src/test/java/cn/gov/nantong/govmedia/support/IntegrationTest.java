package cn.gov.nantong.govmedia.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** The whole app on a random port against a real PostgreSQL, reset to the seed before the class. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "logging.level.govmedia.access=WARN", "logging.level.cn.gov.nantong.govmedia=WARN",
                "govmedia.public.requests-per-minute-per-address=100000"})
@AutoConfigureWebTestClient(timeout = "60s")
@ContextConfiguration(initializers = TestEnvironment.class)
@ExtendWith({SpringExtension.class, ResetDatabase.class})
public @interface IntegrationTest {
}

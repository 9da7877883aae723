package cn.gov.nantong.govmedia.identity.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The identity provider on a random port with the local demo users, against a real PostgreSQL. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "govmedia.identity.key-file=target/test-identity-signing-key.json")
@ContextConfiguration(initializers = IdentityTestDatabase.class)
@ActiveProfiles({"local", "test"})
public @interface IdentityTest {
}

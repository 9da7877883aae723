package cn.gov.nantong.govmedia.fuzz;

import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.proxy.callback.ProxyConfigHolder;
import io.r2dbc.spi.ConnectionFactory;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the text of every SQL statement the app sends to PostgreSQL. With bound parameters the texts stay a small
 * fixed set whatever the requests carry; a statement built by concatenating input would show the input in its text.
 */
@TestConfiguration(proxyBeanMethods = false)
class ExecutedStatements {

    static final Set<String> TEXTS = ConcurrentHashMap.newKeySet();

    /** Distinctive pieces of the fuzzer's input that have no business in the text of a statement. */
    static final Set<String> INPUT_MARKERS = Set.of("drop table", "union select", "pg_shadow", "<script", "onerror",
            "jndi:", "{{7*7}}", "fuzz-", "or '1'='1", "1 or 1=1", "etc/passwd");

    @Bean
    static BeanPostProcessor recordExecutedStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ConnectionFactory factory && !(bean instanceof ProxyConfigHolder)) {
                    return ProxyConnectionFactory.builder(factory)
                            .onBeforeQuery(execution -> execution.getQueries().forEach(query -> TEXTS.add(query.getQuery())))
                            .build();
                }
                return bean;
            }
        };
    }

    static Set<String> carryingInput(Collection<String> texts) {
        return texts.stream()
                .filter(text -> INPUT_MARKERS.stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains))
                .collect(java.util.stream.Collectors.toSet());
    }
}

package cn.gov.nantong.govmedia.common;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Micrometer Tracing's auto-configurations out unless span export is switched on
 * ({@code management.tracing.export.enabled}, GOVMEDIA_TRACING_ENABLED). Spring Boot 4 builds the tracer whenever the
 * library is on the class path, export or not, and every request then paid for spans nobody sent (make bench: about a
 * tenth of a cheap public read's CPU). The no-op tracer's configuration stays, so whatever asks for a tracer gets one.
 */
public class TracingSwitch implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final String TRACING = "org.springframework.boot.micrometer.tracing.";
    private static final String NOOP_TRACER = TRACING + "autoconfigure.NoopTracerAutoConfiguration";

    private boolean exporting;

    @Override
    public void setEnvironment(Environment environment) {
        exporting = environment.getProperty("management.tracing.export.enabled", Boolean.class, true);
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean[] match = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            String candidate = candidates[i];
            match[i] = exporting || candidate == null || !candidate.startsWith(TRACING) || candidate.equals(NOOP_TRACER);
        }
        return match;
    }
}

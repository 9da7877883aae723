package cn.gov.nantong.govmedia.common.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webflux.autoconfigure.WebFluxRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.accept.RequestedContentTypeResolver;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;

/**
 * Operations are looked up by their path first. For a path with a variable (a submission's status, a rebuttal by id)
 * Spring tries every operation of a mapping in turn, checking method, headers, consumes and produces before the path;
 * with some 190 operations that was a fifth of a cheap public read's CPU (make bench, JFR). So the public operations
 * have a mapping of their own, asked before the others (no operation elsewhere matches a path under
 * {@value PublicCompressionConfig#PUBLIC_PREFIX}), and within a mapping an operation is passed over when the path does not begin with the
 * literal part of one of its patterns; every other operation gets Spring's full match, and so does every path Spring
 * would decode first ({@code %} escapes, {@code ;} parameters).
 */
@Configuration(proxyBeanMethods = false)
class PathFirstMappings implements WebFluxRegistrations {

    /** The mapping Spring Boot makes: every operation but the public ones. */
    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping(false);
    }

    /** Asked before the router functions (order -1) and the other operations (0); configured like Spring's own. */
    @Bean
    RequestMappingHandlerMapping publicOperationMapping(
            @Qualifier("webFluxContentTypeResolver") RequestedContentTypeResolver contentTypeResolver) {
        Mapping mapping = new Mapping(true);
        mapping.setOrder(-2);
        mapping.setContentTypeResolver(contentTypeResolver);
        return mapping;
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        private final boolean publicOperations;
        private final Map<RequestMappingInfo, String[]> literalStarts = new ConcurrentHashMap<>();

        Mapping(boolean publicOperations) {
            this.publicOperations = publicOperations;
        }

        @Override
        protected @Nullable RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
            RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
            return info == null || isPublic(info) == publicOperations ? info : null;
        }

        private static boolean isPublic(RequestMappingInfo info) {
            return info.getPatternsCondition().getPatterns().stream()
                    .anyMatch(pattern -> pattern.getPatternString().startsWith(PublicCompressionConfig.PUBLIC_PREFIX));
        }

        /** The public mapping answers nothing for any other path, without trying its operations or its partial matches. */
        @Override
        public Mono<HandlerMethod> getHandlerInternal(ServerWebExchange exchange) {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            if (publicOperations && comparableAsWritten(path) && !path.startsWith(PublicCompressionConfig.PUBLIC_PREFIX)) {
                return Mono.empty();
            }
            return super.getHandlerInternal(exchange);
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, ServerWebExchange exchange) {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            if (comparableAsWritten(path) && !startsWithAny(path, literalStarts.computeIfAbsent(info, Mapping::literalStarts))) {
                return null;
            }
            return super.getMatchingMapping(info, exchange);
        }

        private static boolean comparableAsWritten(String path) {
            return path.indexOf('%') < 0 && path.indexOf(';') < 0;
        }

        private static boolean startsWithAny(String path, String[] starts) {
            for (String start : starts) {
                if (path.startsWith(start)) {
                    return true;
                }
            }
            return false;
        }

        /** Each pattern up to the separator before its first variable or wildcard ("/a/{id}" and "/a/**" give "/a"). */
        static String[] literalStarts(RequestMappingInfo info) {
            return info.getPatternsCondition().getPatterns().stream()
                    .map(PathPattern::getPatternString)
                    .map(Mapping::literalStart)
                    .toArray(String[]::new);
        }

        private static String literalStart(String pattern) {
            int wildcard = firstWildcard(pattern);
            return wildcard < 0 ? pattern : pattern.substring(0, Math.max(0, pattern.lastIndexOf('/', wildcard)));
        }

        private static int firstWildcard(String pattern) {
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '{' || c == '*' || c == '?') {
                    return i;
                }
            }
            return -1;
        }
    }
}

package cn.gov.nantong.govmedia.support;

import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound once per test JVM, before the application starts: a blocking call (I/O, sleep, lock wait) on
 * a Reactor non-blocking thread (event loop, parallel scheduler) then throws, so the request fails and the test
 * that drove it fails with it. The integrations of Reactor and Netty are loaded from the class path; only what is
 * blocking by design and harmless is allowed here.
 */
public final class NonBlockingGuard {

    private static boolean installed;

    private NonBlockingGuard() {
    }

    public static synchronized void install() {
        if (installed) {
            return;
        }
        BlockHound.install(builder -> builder
                // Log lines are queued for the console's writer thread (logback-spring.xml): the queue's lock is held for a
                // moment, and with the queue full a caller waits; where no async appender is set up, the write itself.
                .allowBlockingCallsInside("ch.qos.logback.core.AsyncAppenderBase", "put")
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
                // Message bundles are read from the class path once, on first use, then cached.
                .allowBlockingCallsInside("org.springframework.context.support.ResourceBundleMessageSource", "getResourceBundle")
                .allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator", "getResourceBundle")
                // Netty 4.2's adaptive buffer allocator takes a short StampedLock when it resizes its magazines.
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free")
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines")
                // Jackson builds and caches each type's deserializer once, under a short lock.
                .allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer")
                // The validator caches each class's constraint metadata on first use under a short segment lock.
                .allowBlockingCallsInside("org.hibernate.validator.internal.metadata.BeanMetaDataManagerImpl", "getBeanMetaData")
                // springdoc scans the class path once when the contract is first asked for (/v3/api-docs), then caches it.
                .allowBlockingCallsInside("org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider",
                        "scanCandidateComponents"));
        installed = true;
    }
}

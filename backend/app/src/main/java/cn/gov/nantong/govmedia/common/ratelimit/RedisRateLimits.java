package cn.gov.nantong.govmedia.common.ratelimit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Buckets shared by every instance, in Redis: one script takes the tokens of all a request's buckets in one round trip
 * (atomically, on Redis's clock), over Lettuce's asynchronous API, so no thread waits. Redis unreachable or slow: this
 * instance's own buckets answer instead, so the public service stays up with a per-instance limit until Redis is back.
 */
class RedisRateLimits implements RateLimits, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimits.class);
    private static final String SCRIPT = script();

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final String digest;
    private final LocalRateLimits fallback = new LocalRateLimits();
    private final String prefix;

    RedisRateLimits(String redisUrl, String prefix, Duration timeout) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
        // Lettuce's own command timeout (a hashed-wheel timer) costs less per request than a Reactor timeout
        client.setOptions(ClientOptions.builder().timeoutOptions(TimeoutOptions.enabled(timeout)).build());
        this.connection = client.connect();
        this.digest = connection.sync().digest(SCRIPT);
        this.prefix = prefix;
    }

    @Override
    public Mono<Probe> consume(List<Limit> limits) {
        String[] keys = limits.stream().map(limit -> prefix + limit.bucket()).toArray(String[]::new);
        String[] perMinute = limits.stream().map(limit -> String.valueOf(limit.perMinute())).toArray(String[]::new);
        RedisAsyncCommands<String, String> redis = connection.async();
        return Mono.<List<Long>>fromCompletionStage(() -> redis.evalsha(digest, ScriptOutputType.MULTI, keys, perMinute))
                // the first call after a Redis restart: the script is sent once, Redis keeps it for the calls after
                .onErrorResume(RedisNoScriptException.class,
                        unknown -> Mono.fromCompletionStage(() -> redis.eval(SCRIPT, ScriptOutputType.MULTI, keys, perMinute)))
                .map(RedisRateLimits::tightest)
                .onErrorResume(error -> {
                    log.warn("shared rate limit unavailable, this instance's limit applies: {}", error.toString());
                    return fallback.consume(limits);
                });
    }

    /** The script answers three numbers per bucket: consumed (1/0), tokens left, microseconds to the next token. */
    private static Probe tightest(List<Long> answer) {
        Probe probe = null;
        for (int i = 0; i < answer.size(); i += 3) {
            Probe bucket = new Probe(answer.get(i) == 1, answer.get(i + 1), answer.get(i + 2) * 1_000);
            probe = probe == null ? bucket : Probe.tighter(probe, bucket);
        }
        return probe;
    }

    private static String script() {
        try (InputStream in = RedisRateLimits.class.getResourceAsStream("/ratelimit/consume.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}

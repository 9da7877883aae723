package cn.gov.nantong.govmedia.common.cluster;

import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Tells every instance at once that shared data changed, through PostgreSQL's LISTEN/NOTIFY: a writer calls
 * {@link #publish} inside its transaction (the notice goes out on commit, never for a rolled-back change); each
 * instance listens on one connection of its own, outside the pool, and hands the topics to its subscribers. A listener
 * that loses its connection reconnects and announces {@link #RECONNECTED}, after which subscribers reload everything.
 */
@Repository
public class ClusterNotifications implements DisposableBean {

    public static final String RECONNECTED = "*";
    private static final String CHANNEL = "govmedia_changes";
    private static final Logger log = LoggerFactory.getLogger(ClusterNotifications.class);

    private final DatabaseClient db;
    private final Sinks.Many<String> topics = Sinks.many().multicast().directBestEffort();
    private final Disposable listening;

    public ClusterNotifications(DatabaseClient db, ConnectionFactory connections) {
        this.db = db;
        this.listening = listen(postgres(connections)).subscribe(topic -> topics.tryEmitNext(topic));
    }

    /** Topics as they are published by any instance, this one included. */
    public Flux<String> topics() {
        return topics.asFlux();
    }

    /** Call inside the writing transaction. */
    public Mono<Void> publish(String topic) {
        return db.sql("select pg_notify(:channel, :topic)").bind("channel", CHANNEL).bind("topic", topic).then();
    }

    private static Flux<String> listen(ConnectionFactory postgres) {
        return Flux.usingWhen(Mono.from(postgres.create()).cast(PostgresqlConnection.class),
                        connection -> connection.createStatement("listen " + CHANNEL).execute()
                                .flatMap(PostgresqlResult::getRowsUpdated).then()
                                .thenMany(Flux.just(RECONNECTED).concatWith(connection.getNotifications().map(Notification::getParameter))),
                        connection -> connection.close())
                .concatWith(Mono.error(new IllegalStateException("notification connection closed")))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30))
                        .doBeforeRetry(signal -> log.warn("listening for cluster notifications again: {}", signal.failure().toString())));
    }

    /** The driver's own factory under the pool (and, in tests, a statement-recording proxy). */
    private static ConnectionFactory postgres(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (current instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
            current = inner;
        }
        return current;
    }

    @Override
    public void destroy() {
        listening.dispose();
    }
}

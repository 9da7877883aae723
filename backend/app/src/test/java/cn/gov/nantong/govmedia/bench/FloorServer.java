package cn.gov.nantong.govmedia.bench;

import cn.gov.nantong.govmedia.common.DatabaseUrl;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * {@code make bench}: the stack's floor. The same SQL as the app's endpoints (see {@link FloorSql}) served by WebFlux
 * functional routes on Reactor Netty with Spring's DatabaseClient over the same R2DBC driver and pool size, and none of
 * the app's security, scoping, validation, mapping or audit code: the best this stack does on this machine. Same paths
 * as the app, so the same wrk scripts run against it. Reads BENCH_DATABASE_URL; listens on 127.0.0.1:PORT (args[0]).
 */
public final class FloorServer {

    private FloorServer() {
    }

    public static void main(String[] args) {
        DatabaseUrl url = DatabaseUrl.parse(System.getenv("BENCH_DATABASE_URL"));
        PostgresqlConnectionFactory factory = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
                .host(url.host()).port(url.port()).database(url.database()).username(url.user()).password(url.password())
                .build());
        // The app's pool settings (application.yml spring.r2dbc.pool).
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory).initialSize(2).maxSize(20)
                .maxAcquireTime(Duration.ofSeconds(5)).maxCreateConnectionTime(Duration.ofSeconds(3))
                .maxIdleTime(Duration.ofMinutes(5)).validationQuery("select 1").build());
        FloorHandlers handlers = new FloorHandlers(DatabaseClient.create(pool),
                TransactionalOperator.create(new R2dbcTransactionManager(pool)));
        RouterFunction<ServerResponse> routes = RouterFunctions.route()
                .GET("/api/public/v1/rumour-rebuttals", handlers::feed)
                .GET("/api/public/v1/rumour-rebuttals/feed", handlers::scroll)
                .GET("/api/public/v1/rumour-rebuttals/{id}", handlers::rebuttal)
                .GET("/api/public/v1/accounts/verify", handlers::verify)
                .GET("/api/public/v1/complaints/{trackingNumber}", handlers::status)
                .POST("/api/public/v1/complaints", handlers::submit)
                .GET("/api/v1/accounts", handlers::accounts)
                .GET("/api/sync/v1/filings/changes", handlers::changes)
                .GET("/actuator/health", request -> ServerResponse.ok().bodyValue(Map.of("status", "UP")))
                .build();
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(Integer.parseInt(args[0]))
                .handle(new ReactorHttpHandlerAdapter(RouterFunctions.toHttpHandler(routes))).bindNow();
        System.out.println("FLOOR READY on port " + server.port());
        server.onDispose().block();
    }
}

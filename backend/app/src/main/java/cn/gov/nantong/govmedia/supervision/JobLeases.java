package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.supervision.JobViews.Format;
import cn.gov.nantong.govmedia.supervision.JobViews.JobRequest;
import cn.gov.nantong.govmedia.supervision.JobViews.Kind;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Leases on supervision jobs, so a job outlives the instance that started it: the run holds {@code lease_owner} (one
 * value per claim) until {@code lease_until} and renews it; a job whose lease ran out is taken over by any instance.
 */
@Repository
class JobLeases {

    private static final String STALE = JobRepository.STALE;

    /** QUEUED and not taken by its instance within a lease, or RUNNING and the lease ran out: its instance stopped. */
    private static final String ABANDONED = """
            ((status = 'QUEUED' and updated_at < now() - make_interval(secs => :length)) or (status = 'RUNNING' and lease_until < now()))""";

    /** A job taken over from a stopped instance: what to run and whose context to run it in. */
    record Claimed(long id, JobRequest request, String createdBy, List<String> creatorRoles, String creatorOrganization) {
    }

    private final DatabaseClient db;

    JobLeases(DatabaseClient db) {
        this.db = db;
    }

    /** Takes a QUEUED job under {@code lease}; false when another instance took it first. */
    Mono<Boolean> claim(long id, String lease, Duration length) {
        return db.sql("""
                        update supervision_jobs
                           set status = 'RUNNING', lease_owner = :lease, lease_until = now() + make_interval(secs => :length),
                               attempts = attempts + 1, updated_at = now()
                         where id = :id and status = 'QUEUED'""")
                .bind("id", id).bind("lease", lease).bind("length", seconds(length)).fetch().rowsUpdated().map(n -> n == 1);
    }

    /**
     * Takes over, under {@code lease}, up to {@code limit} abandoned jobs that have had fewer than {@code attempts}
     * runs; rows another instance is taking at the same moment are skipped.
     */
    Flux<Claimed> claimAbandoned(String lease, Duration length, int attempts, int limit) {
        return db.sql("""
                        update supervision_jobs j
                           set status = 'RUNNING', lease_owner = :lease, lease_until = now() + make_interval(secs => :length),
                               attempts = j.attempts + 1, updated_at = now()
                          from (select id from supervision_jobs
                                 where status in ('QUEUED', 'RUNNING') and %s and attempts < :attempts and not (%s)
                                 order by id limit :limit for update skip locked) taken
                         where j.id = taken.id
                        returning j.id, j.kind, j.created_by, j.creator_roles, j.creator_organization,
                                  j.parameters ->> 'quarter' as quarter, cast(j.parameters ->> 'seed' as bigint) as seed,
                                  cast(j.parameters ->> 'spotCheckId' as bigint) as check_id, cast(j.parameters ->> 'year' as integer) as year,
                                  j.parameters ->> 'format' as format, j.parameters ->> 'documentNumber' as document_number""".formatted(ABANDONED, STALE))
                .bind("lease", lease).bind("length", seconds(length)).bind("attempts", attempts).bind("limit", limit)
                .map(JobLeases::claimed).all();
    }

    /**
     * Fails the jobs left unfinished with no live lease that will not be run again: abandoned after {@code attempts}
     * runs, or stale (see {@link #STALE}). Answers their ids.
     */
    Flux<Long> giveUp(Duration length, int attempts) {
        return db.sql("""
                        update supervision_jobs
                           set status = 'FAILED', step = '失败', updated_at = now(), finished_at = now(),
                               error_code = case when %2$s then 'INTERRUPTED' else 'JOB_ATTEMPTS_EXHAUSTED' end,
                               error_detail = case when %2$s then '任务中断（服务已停止），请重新发起'
                                                   else '任务已执行 ' || attempts || ' 次，均因服务实例中断未能完成，请重新发起' end
                         where status in ('QUEUED', 'RUNNING') and (lease_until is null or lease_until < now())
                           and (%2$s or (%1$s and attempts >= :attempts))
                        returning id""".formatted(ABANDONED, STALE))
                .bind("length", seconds(length)).bind("attempts", attempts).map(row -> row.get("id", Long.class)).all();
    }

    /** Extends the lease while the run holds it; 0 when the job was taken over or has ended. */
    Mono<Long> renew(long id, String lease, Duration length) {
        return db.sql("""
                        update supervision_jobs set lease_until = now() + make_interval(secs => :length), updated_at = now()
                         where id = :id and status = 'RUNNING' and lease_owner = :lease""")
                .bind("id", id).bind("lease", lease).bind("length", seconds(length)).fetch().rowsUpdated();
    }

    private static double seconds(Duration length) {
        return length.toMillis() / 1000.0;
    }

    private static Claimed claimed(Readable row) {
        String format = row.get("format", String.class);
        JobRequest request = new JobRequest(Kind.valueOf(row.get("kind", String.class)), row.get("quarter", String.class),
                row.get("seed", Long.class), row.get("check_id", Long.class), row.get("year", Integer.class),
                format == null ? null : Format.valueOf(format), row.get("document_number", String.class));
        String[] roles = row.get("creator_roles", String[].class);
        return new Claimed(row.get("id", Long.class), request, row.get("created_by", String.class),
                roles == null ? List.of() : List.of(roles), row.get("creator_organization", String.class));
    }
}

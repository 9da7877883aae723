package cn.gov.nantong.govmedia.supervision;

import cn.gov.nantong.govmedia.common.persistence.RecordRows;
import cn.gov.nantong.govmedia.common.security.CurrentUser;
import cn.gov.nantong.govmedia.supervision.JobViews.Job;
import cn.gov.nantong.govmedia.supervision.JobViews.JobFile;
import cn.gov.nantong.govmedia.supervision.JobViews.Kind;
import java.nio.ByteBuffer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The supervision jobs: each progress step is its own short statement, so pollers see it at once. Every write of a run
 * is guarded by the run's lease ({@link JobLeases}), so a run whose job another instance took over changes nothing.
 */
@Repository
class JobRepository {

    /** No instance touched the job for this long: every instance was down. It is reported, then stored, as FAILED. */
    static final String STALE = "updated_at < now() - interval '10 minutes'";

    private static final String COLUMNS = """
            id, kind, progress, spot_check_id, file_name, content_type, created_by, created_at, finished_at,
            case when status in ('QUEUED', 'RUNNING') and %1$s then 'FAILED' else status end as status,
            case when status in ('QUEUED', 'RUNNING') and %1$s then 'INTERRUPTED' else error_code end as error_code,
            case when status in ('QUEUED', 'RUNNING') and %1$s then '任务中断（服务已停止），请重新发起' else error_detail end as error_detail,
            step""".formatted(STALE);

    private final DatabaseClient db;

    JobRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Job> insert(Kind kind, String parametersJson, CurrentUser by) {
        return db.sql("insert into supervision_jobs (kind, parameters, created_by, creator_roles, creator_organization)"
                        + " values (:kind, cast(:parameters as jsonb), :by, :roles, :organization) returning " + COLUMNS)
                .bind("kind", kind.name()).bind("parameters", parametersJson).bind("by", by.username())
                .bind("roles", by.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
                .bind("organization", Parameter.fromOrEmpty(by.organizationCode(), String.class))
                .map(ROWS).one();
    }

    Mono<Long> progress(long id, String lease, int percent, String step) {
        return db.sql("update supervision_jobs set progress = :percent, step = :step, updated_at = now()"
                        + " where id = :id and status = 'RUNNING' and lease_owner = :lease")
                .bind("id", id).bind("lease", lease).bind("percent", percent).bind("step", step).fetch().rowsUpdated();
    }

    Mono<Long> succeedWithCheck(long id, String lease, long spotCheckId) {
        return db.sql("update supervision_jobs set status = 'SUCCEEDED', progress = 100, step = '已完成', spot_check_id = :check,"
                        + " updated_at = now(), finished_at = now() where id = :id and status = 'RUNNING' and lease_owner = :lease")
                .bind("id", id).bind("lease", lease).bind("check", spotCheckId).fetch().rowsUpdated();
    }

    Mono<Long> succeedWithFile(long id, String lease, JobFile file) {
        return db.sql("update supervision_jobs set status = 'SUCCEEDED', progress = 100, step = '已完成', file_name = :name,"
                        + " content_type = :type, content = :content, updated_at = now(), finished_at = now()"
                        + " where id = :id and status = 'RUNNING' and lease_owner = :lease")
                .bind("id", id).bind("lease", lease).bind("name", file.fileName()).bind("type", file.contentType())
                .bind("content", ByteBuffer.wrap(file.content())).fetch().rowsUpdated();
    }

    Mono<Long> fail(long id, String lease, String code, String detail) {
        return db.sql("update supervision_jobs set status = 'FAILED', step = '失败', error_code = :code, error_detail = :detail,"
                        + " updated_at = now(), finished_at = now() where id = :id and status = 'RUNNING' and lease_owner = :lease")
                .bind("id", id).bind("lease", lease).bind("code", code)
                .bind("detail", detail.length() > 1000 ? detail.substring(0, 1000) : detail).fetch().rowsUpdated();
    }

    Mono<Job> find(long id, String creator) {
        return db.sql("select " + COLUMNS + " from supervision_jobs where id = :id and created_by = :by")
                .bind("id", id).bind("by", creator).map(ROWS).one();
    }

    Flux<Job> latest(String creator, int limit) {
        return db.sql("select " + COLUMNS + " from supervision_jobs where created_by = :by order by id desc limit :limit")
                .bind("by", creator).bind("limit", limit).map(ROWS).all();
    }

    /** The file of a SUCCEEDED job of the creator's. */
    Mono<JobFile> file(long id, String creator) {
        return db.sql("select file_name, content_type, content from supervision_jobs"
                        + " where id = :id and created_by = :by and status = 'SUCCEEDED' and content is not null")
                .bind("id", id).bind("by", creator)
                .map(row -> new JobFile(row.get("file_name", String.class), row.get("content_type", String.class),
                        bytes(row.get("content", ByteBuffer.class))))
                .one();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static final RecordRows<Job> ROWS = RecordRows.of(Job.class);
}

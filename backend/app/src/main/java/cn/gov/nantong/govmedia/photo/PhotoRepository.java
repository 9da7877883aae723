package cn.gov.nantong.govmedia.photo;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What is known about each stored photo; the bytes are in the {@link PhotoStore}. */
@Repository
class PhotoRepository {

    record StoredPhoto(PhotoInfo info, UUID storageKey) {
    }

    private final DatabaseClient db;

    PhotoRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The new photo's storage key, drawn by the database (a random UUID drawn here would read /dev/urandom on the event loop). */
    Mono<UUID> insert(long complaintId, int position, CleanPhoto photo) {
        return db.sql("""
                        insert into submission_photos (complaint_id, position, media_type, byte_size, width, height, sha256)
                        values (:complaintId, :position, :mediaType, :byteSize, :width, :height, :sha256)
                        returning storage_key""")
                .bind("complaintId", complaintId).bind("position", position).bind("mediaType", photo.mediaType())
                .bind("byteSize", photo.bytes().length).bind("width", photo.width()).bind("height", photo.height())
                .bind("sha256", photo.sha256())
                .map(row -> row.get("storage_key", UUID.class)).one();
    }

    Flux<PhotoInfo> of(long complaintId) {
        return db.sql(SELECT + " where complaint_id = :complaintId order by position")
                .bind("complaintId", complaintId).map(row -> stored(row).info()).all();
    }

    Mono<StoredPhoto> find(long complaintId, long photoId) {
        return db.sql(SELECT + " where complaint_id = :complaintId and id = :id")
                .bind("complaintId", complaintId).bind("id", photoId).map(PhotoRepository::stored).one();
    }

    private static final String SELECT = """
            select id, position, media_type, byte_size, width, height, storage_key from submission_photos""";

    private static StoredPhoto stored(io.r2dbc.spi.Readable row) {
        return new StoredPhoto(new PhotoInfo(row.get("id", Long.class), row.get("position", Short.class),
                row.get("media_type", String.class), row.get("byte_size", Integer.class), row.get("width", Integer.class),
                row.get("height", Integer.class)), row.get("storage_key", UUID.class));
    }
}

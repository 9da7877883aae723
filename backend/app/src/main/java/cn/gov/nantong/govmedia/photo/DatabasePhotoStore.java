package cn.gov.nantong.govmedia.photo;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The default photo store: 256 KiB chunks in {@code photo_chunks}, written in the caller's transaction. */
@Repository
class DatabasePhotoStore implements PhotoStore {

    static final int CHUNK_BYTES = 256 * 1024;

    private final DatabaseClient db;

    DatabasePhotoStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> put(UUID key, byte[] bytes) {
        int chunks = (bytes.length + CHUNK_BYTES - 1) / CHUNK_BYTES;
        return Flux.range(0, chunks)
                .concatMap(seq -> db.sql("insert into photo_chunks (storage_key, seq, bytes) values (:key, :seq, :bytes)")
                        .bind("key", key).bind("seq", seq)
                        .bind("bytes", ByteBuffer.wrap(bytes, seq * CHUNK_BYTES, Math.min(CHUNK_BYTES, bytes.length - seq * CHUNK_BYTES)))
                        .then())
                .then();
    }

    @Override
    public Flux<DataBuffer> get(UUID key) {
        return db.sql("select bytes from photo_chunks where storage_key = :key order by seq")
                .bind("key", key)
                .map(row -> (DataBuffer) DefaultDataBufferFactory.sharedInstance.wrap(row.get("bytes", ByteBuffer.class)))
                .all();
    }
}

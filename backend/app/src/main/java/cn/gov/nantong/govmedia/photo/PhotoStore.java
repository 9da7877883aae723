package cn.gov.nantong.govmedia.photo;

import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where photo bytes live. The default keeps them in PostgreSQL ({@link DatabasePhotoStore}); another store (an object
 * store) implements the same two calls. Writes join the caller's transaction where the store supports one.
 */
public interface PhotoStore {

    Mono<Void> put(UUID key, byte[] bytes);

    /** The bytes a piece at a time, in order; empty when the key is unknown. */
    Flux<DataBuffer> get(UUID key);
}

package cn.gov.nantong.govmedia.photo;

import cn.gov.nantong.govmedia.common.web.ApiProblemException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Photos on public submissions: taking uploads in, attaching them to a submission, and handing them out again. */
@Component
public class Photos {

    public static final int MAX_PHOTOS = 3;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final PhotoRepository repository;
    private final PhotoStore store;

    Photos(PhotoRepository repository, PhotoStore store) {
        this.repository = repository;
        this.store = store;
    }

    /**
     * Reads every uploaded part to its end, keeping at most {@link #MAX_PHOTOS} of at most {@link #MAX_BYTES} each, then
     * cleans them off the event loop. A fourth photo (400) or an oversized one (413) is refused only once the whole
     * request has been read, so that the client receives the answer instead of a connection closed under its upload.
     * Nothing is stored here.
     */
    public Mono<List<CleanPhoto>> receive(Flux<Part> parts) {
        return parts.index()
                .concatMap(indexed -> indexed.getT2().content().reduceWith(() -> new Upload(indexed.getT1()), Upload::add))
                .collectList()
                .flatMap(uploads -> {
                    for (Upload upload : uploads) {
                        if (upload.index >= MAX_PHOTOS) {
                            return Mono.error(ApiProblemException.invalidField("photos", "MaxCount", "每次提交最多附 3 张照片",
                                    "a submission takes at most 3 photos"));
                        }
                        if (upload.tooLarge) {
                            return Mono.error(ApiProblemException.tooLarge(upload.field(), "每张照片不能超过 5 MB",
                                    "a photo may be at most 5 MB"));
                        }
                    }
                    return Flux.fromIterable(uploads).publishOn(Schedulers.boundedElastic())
                            .map(upload -> PhotoSanitizer.clean(upload.field(), upload.bytes.toByteArray()))
                            .collectList();
                });
    }

    /** One part as it arrives: its bytes while they fit, and only a flag once they do not. */
    private static final class Upload {

        private final long index;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long size;
        private boolean tooLarge;

        Upload(long index) {
            this.index = index;
        }

        String field() {
            return "photos[" + index + "]";
        }

        Upload add(DataBuffer buffer) {
            try {
                size += buffer.readableByteCount();
                tooLarge = tooLarge || size > MAX_BYTES;
                if (tooLarge || index >= MAX_PHOTOS) {
                    bytes.reset();
                } else {
                    byte[] chunk = new byte[buffer.readableByteCount()];
                    buffer.read(chunk);
                    bytes.writeBytes(chunk);
                }
                return this;
            } finally {
                DataBufferUtils.release(buffer);
            }
        }
    }

    /** Stores the photos of a new submission in the caller's transaction, numbered in the order given. */
    public Mono<Void> attach(long complaintId, List<CleanPhoto> photos) {
        return Flux.range(0, photos.size())
                .concatMap(i -> repository.insert(complaintId, i + 1, photos.get(i)).flatMap(key -> store.put(key, photos.get(i).bytes())))
                .then();
    }

    public Mono<List<PhotoInfo>> of(long complaintId) {
        return repository.of(complaintId).collectList();
    }

    /** A submission's photos, asking the database only when its stored photo count says it has any (most have none). */
    public Mono<List<PhotoInfo>> of(long complaintId, int photoCount) {
        return photoCount == 0 ? Mono.just(List.of()) : of(complaintId);
    }

    /** The photo's bytes as stored, streamed; 404 when it does not belong to this submission. */
    public Mono<ResponseEntity<Flux<DataBuffer>>> serve(long complaintId, long photoId) {
        return repository.find(complaintId, photoId)
                .switchIfEmpty(Mono.error(ApiProblemException.notFound("照片", "Photo")))
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.info().mediaType()))
                        .contentLength(photo.info().byteSize())
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
                        .header("Content-Disposition", ContentDisposition.inline()
                                .filename("photo-" + photo.info().position() + (photo.info().mediaType().equals(PhotoSanitizer.PNG)
                                        ? ".png" : ".jpg")).build().toString())
                        .body(store.get(photo.storageKey())));
    }
}

package cn.gov.nantong.govmedia.common.paging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Schema(description = "One page of a list")
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Page number, from 1", example = "1") int page,
        @Schema(example = "20") int size,
        @Schema(example = "31") long totalItems,
        @Schema(example = "2") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), total, pages);
    }

    /** The page of {@code items}, read alongside the {@code total} they are counted from. */
    public static <T> Mono<PageResponse<T>> of(Flux<T> items, Mono<Long> total, PageRequest request) {
        return Mono.zip(items.collectList(), total, (list, count) -> of(list, request, count));
    }
}

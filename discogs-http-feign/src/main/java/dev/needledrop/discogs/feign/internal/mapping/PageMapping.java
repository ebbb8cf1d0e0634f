package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.PaginationDto;
import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.Pagination;
import java.util.List;

/** Maps the {@code pagination} block; extended by the mappers of paginated listings. */
public interface PageMapping {

  /** Maps the pagination numbers; absent numbers read as zero. */
  Pagination toPagination(PaginationDto pagination);

  /** Returns a page of the items; a response without a pagination block reads as the only page. */
  default <T> Page<T> toPage(PaginationDto pagination, List<T> items) {
    List<T> present = Values.list(items);
    Pagination numbers =
        pagination == null ? Pagination.single(present.size()) : toPagination(pagination);
    return new Page<>(present, numbers);
  }
}

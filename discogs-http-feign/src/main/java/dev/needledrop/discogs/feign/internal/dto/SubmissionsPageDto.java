package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of a user's submissions: one object of three lists, paginated over all three together. */
public record SubmissionsPageDto(PaginationDto pagination, SubmissionsDto submissions) {

  /** The releases, artists and labels of one page. */
  public record SubmissionsDto(
      List<ReleaseDto> releases, List<ArtistDto> artists, List<LabelDto> labels) {}
}

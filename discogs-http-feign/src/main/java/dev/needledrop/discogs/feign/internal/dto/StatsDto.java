package dev.needledrop.discogs.feign.internal.dto;

/**
 * Collection and wantlist counts of a listed item: the community's and the caller's; listings
 * recorded before Discogs added stats have none.
 */
public record StatsDto(CountsDto community, CountsDto user) {

  /** Collection and wantlist counts. */
  public record CountsDto(Integer inCollection, Integer inWantlist) {}
}

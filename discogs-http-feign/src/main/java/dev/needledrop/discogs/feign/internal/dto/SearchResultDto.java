package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/**
 * One search hit. On the wire {@code year} is text (possibly {@code ""}) and the list fields are
 * singular ({@code format}, {@code label}, {@code genre}, ...).
 */
public record SearchResultDto(
    Long id,
    String type,
    String title,
    String thumb,
    String coverImage,
    String uri,
    Long masterId,
    String country,
    String year,
    List<String> format,
    List<String> label,
    List<String> genre,
    List<String> style,
    List<String> barcode,
    String catno,
    HaveWantDto community,
    Integer formatQuantity,
    UserDataDto userData) {

  /** Refuses a hit without an id. */
  public SearchResultDto {
    RequiredIds.require(id, "search result id");
  }

  /** How many community members have and want the hit. */
  public record HaveWantDto(Integer have, Integer want) {}

  /** Whether the calling user has the hit. */
  public record UserDataDto(Boolean inWantlist, Boolean inCollection) {}
}

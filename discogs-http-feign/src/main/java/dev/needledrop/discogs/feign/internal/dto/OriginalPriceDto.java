package dev.needledrop.discogs.feign.internal.dto;

import java.math.BigDecimal;

/**
 * A price in the seller's currency: {@code curr_abbr}, {@code curr_id}, {@code formatted}, {@code
 * value}, and possibly the same shape again as {@code converted}; all null for an empty object.
 */
public record OriginalPriceDto(
    BigDecimal value,
    String currAbbr,
    Integer currId,
    String formatted,
    OriginalPriceDto converted) {}

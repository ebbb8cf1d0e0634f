package dev.needledrop.discogs.feign.internal.dto;

import java.math.BigDecimal;

/**
 * An amount with its currency ({@code {"currency": "EUR", "value": 21.0}}); both parts are null for
 * the empty object Discogs sends where a listing has no shipping price.
 */
public record PriceDto(BigDecimal value, String currency) {}

package dev.needledrop.discogs.feign.internal.dto;

import java.math.BigDecimal;

/** The seller of a listing, with the terms Discogs shows. */
public record SellerDto(
    Long id,
    String username,
    String avatarUrl,
    String htmlUrl,
    String payment,
    String shipping,
    BigDecimal minOrderTotal,
    SellerStatsDto stats) {}

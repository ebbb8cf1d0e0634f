package dev.needledrop.discogs.feign.internal.dto;

/** A seller's feedback: {@code rating} is text such as {@code "99.8"}. */
public record SellerStatsDto(String rating, Double stars, Integer total) {}

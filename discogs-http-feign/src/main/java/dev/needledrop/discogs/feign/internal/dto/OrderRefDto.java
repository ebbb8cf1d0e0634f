package dev.needledrop.discogs.feign.internal.dto;

/** The order an order message or refund points to. */
public record OrderRefDto(String id, String resourceUrl) {}

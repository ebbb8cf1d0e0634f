package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of a new order message: text, a status, or both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewOrderMessageDto(String message, String status) {}

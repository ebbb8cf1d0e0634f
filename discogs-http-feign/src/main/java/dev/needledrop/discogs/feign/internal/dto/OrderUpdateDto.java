package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;

/** The JSON body of an order edit: a status or a shipping cost, never both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderUpdateDto(
    String status, @JsonSerialize(using = PlainDecimal.class) BigDecimal shipping) {}

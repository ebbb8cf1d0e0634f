package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of the caller's uploads, under {@code items}. */
public record UploadsPageDto(PaginationDto pagination, List<UploadDto> items) {}

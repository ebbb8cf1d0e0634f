package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A collection's folders; Discogs does not paginate them. */
public record FoldersDto(List<FolderDto> folders) {}

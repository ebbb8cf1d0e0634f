package dev.needledrop.discogs.feign.internal.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.feign.internal.dto.ExportDto;
import dev.needledrop.discogs.feign.internal.dto.ExportsPageDto;
import dev.needledrop.discogs.feign.internal.dto.UploadDto;
import dev.needledrop.discogs.feign.internal.dto.UploadsPageDto;
import dev.needledrop.discogs.model.inventory.InventoryExport;
import dev.needledrop.discogs.model.inventory.InventoryUpload;
import dev.needledrop.discogs.model.inventory.UploadResults;
import dev.needledrop.discogs.paging.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps inventory exports and uploads. */
@Mapper(
    config = DiscogsMapperConfig.class,
    uses = {MarketWireFormats.class})
public interface InventoryJobMapper extends PageMapping {

  @Mapping(target = "created", source = "createdTs", qualifiedByName = "timestamp")
  @Mapping(target = "finished", source = "finishedTs", qualifiedByName = "timestamp")
  @Mapping(target = "downloadUrl", qualifiedByName = "presentText")
  @Mapping(target = "filename", qualifiedByName = "presentText")
  InventoryExport toExport(ExportDto export);

  List<InventoryExport> toExports(List<ExportDto> exports);

  @Mapping(target = "created", source = "createdTs", qualifiedByName = "timestamp")
  @Mapping(target = "finished", source = "finishedTs", qualifiedByName = "timestamp")
  InventoryUpload toUpload(UploadDto upload);

  List<InventoryUpload> toUploads(List<UploadDto> uploads);

  /** Maps a page of exports. */
  default Page<InventoryExport> toExportsPage(ExportsPageDto page) {
    return toPage(page.pagination(), toExports(page.items()));
  }

  /** Maps a page of uploads. */
  default Page<InventoryUpload> toUploadsPage(UploadsPageDto page) {
    return toPage(page.pagination(), toUploads(page.items()));
  }

  /**
   * Maps the report as text, or, when Discogs sent an object, as its members (text members as their
   * text, others as their JSON).
   */
  default UploadResults toResults(JsonNode results) {
    if (results == null || results.isNull() || results.isMissingNode()) {
      return UploadResults.NONE;
    }
    if (!results.isObject()) {
      return UploadResults.ofText(results.isTextual() ? results.asText() : results.toString());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    results
        .properties()
        .forEach(
            member ->
                fields.put(
                    member.getKey(),
                    member.getValue().isTextual()
                        ? member.getValue().asText()
                        : member.getValue().toString()));
    return new UploadResults("", fields);
  }
}

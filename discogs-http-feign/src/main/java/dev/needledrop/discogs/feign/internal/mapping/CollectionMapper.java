package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.CollectionItemDto;
import dev.needledrop.discogs.feign.internal.dto.CollectionItemsPageDto;
import dev.needledrop.discogs.feign.internal.dto.CustomFieldsDto;
import dev.needledrop.discogs.feign.internal.dto.FolderDto;
import dev.needledrop.discogs.feign.internal.dto.FoldersDto;
import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.FieldValue;
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.paging.Page;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.SourceParameterCondition;
import org.mapstruct.factory.Mappers;

/** Maps a collection's folders, copies and custom fields. */
@Mapper(config = DiscogsMapperConfig.class, uses = UserDataFormats.class)
public interface CollectionMapper extends PageMapping {

  /** Maps the short descriptions of releases. */
  BasicInformationMapper BASIC_INFORMATION = Mappers.getMapper(BasicInformationMapper.class);

  Folder toFolder(FolderDto folder);

  List<Folder> toFolders(List<FolderDto> folders);

  /** Maps the folders of a collection; an absent list reads as none. */
  default List<Folder> toFolderList(FoldersDto folders) {
    return Values.list(toFolders(folders.folders()));
  }

  /** Maps a copy; one Discogs sent without its folder is placed in folder 0, "All". */
  @Mapping(target = "releaseId", source = "id")
  @Mapping(target = "folderId", qualifiedByName = "folderOrAll")
  @Mapping(target = "rating", qualifiedByName = "rating")
  @Mapping(target = "dateAdded", qualifiedByName = "timestamp")
  @Mapping(target = "release", source = ".")
  CollectionItem toItem(CollectionItemDto item);

  List<CollectionItem> toItems(List<CollectionItemDto> items);

  /** Maps a custom field value; one without a field id is left out. */
  FieldValue toFieldValue(CollectionItemDto.FieldValueDto value);

  /** Maps a page of copies. */
  default Page<CollectionItem> toItemsPage(CollectionItemsPageDto page) {
    return toPage(page.pagination(), toItems(page.releases()));
  }

  /** Maps the release a copy is of, identified by the copy's release id. */
  default BasicInformation toRelease(CollectionItemDto item) {
    return BASIC_INFORMATION.toBasicInformation(item.basicInformation(), ReleaseId.of(item.id()));
  }

  CustomField toField(CustomFieldsDto.CustomFieldDto field);

  List<CustomField> toFields(List<CustomFieldsDto.CustomFieldDto> fields);

  /** Maps the custom fields of a collection; an absent list reads as none. */
  default List<CustomField> toFieldList(CustomFieldsDto fields) {
    return Values.list(toFields(fields.fields()));
  }

  /** Reads the folder of a copy; absent reads as folder 0, which holds every copy. */
  @Named("folderOrAll")
  default FolderId folderOrAll(Long folder) {
    return folder == null || folder < 0 ? FolderId.ALL : FolderId.of(folder);
  }

  /** Tells whether a field value names its field; others map to nothing and are dropped. */
  @SourceParameterCondition
  default boolean namesAField(CollectionItemDto.FieldValueDto value) {
    return value != null && value.fieldId() != null && value.fieldId() > 0;
  }
}

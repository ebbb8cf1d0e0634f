package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.collection.FieldType;
import dev.needledrop.discogs.model.lists.ListItemType;
import java.util.Optional;
import org.mapstruct.Named;

/**
 * Conversions of the user sections' wire values: their typed ids, the open value types, and the
 * user's currency, which Discogs leaves empty for some users.
 */
public final class UserDataFormats {

  private UserDataFormats() {}

  /** Reads a folder id; the DTO checked it is present. */
  public static FolderId folderId(Long id) {
    return FolderId.of(id);
  }

  /** Reads an instance id; the DTO checked it is present. */
  public static InstanceId instanceId(Long id) {
    return InstanceId.of(id);
  }

  /** Reads a custom field id; the DTO checked it is present. */
  public static FieldId fieldId(Long id) {
    return FieldId.of(id);
  }

  /** Reads a list id; the DTO checked it is present. */
  public static ListId listId(Long id) {
    return ListId.of(id);
  }

  /** Reads a custom field's kind, keeping kinds this SDK does not know. */
  public static FieldType fieldType(String type) {
    return FieldType.of(type);
  }

  /** Reads what a list entry points to, keeping kinds this SDK does not know. */
  public static ListItemType listItemType(String type) {
    return ListItemType.of(type);
  }

  /** Reads the user's currency; an empty or malformed code reads as none. */
  public static Optional<Currency> optionalCurrency(String code) {
    if (code == null || !code.trim().matches("[A-Za-z]{3}")) {
      return Optional.empty();
    }
    return Optional.of(Currency.of(code));
  }

  /** Reads a text only some callers get, such as the owner's e-mail address. */
  public static Optional<String> optionalText(String text) {
    return Optional.ofNullable(text);
  }

  /** Reads a rating; absent reads as not rated. */
  @Named("rating")
  public static int rating(Integer rating) {
    return rating == null ? 0 : rating;
  }
}

package dev.needledrop.discogs.testkit.internal.userdata;

import dev.needledrop.discogs.model.collection.CustomField;
import java.util.LinkedHashMap;
import java.util.Map;

/** One user's collection and wantlist, as a {@link UserLedger} holds them. Not thread-safe. */
final class Account<R> {

  static final String ALL = "All";
  static final String UNCATEGORIZED = "Uncategorized";

  final String username;
  final long id;
  boolean collectionPublic = true;
  boolean wantlistPublic = true;
  final Map<Long, String> folders = new LinkedHashMap<>();
  final Map<Long, Instance<R>> instances = new LinkedHashMap<>();
  final Map<Long, CustomField> fields = new LinkedHashMap<>();
  final Map<Long, WantEntry<R>> wants = new LinkedHashMap<>();
  Worth worth = Worth.NOTHING;

  Account(String username, long id) {
    this.username = username;
    this.id = id;
    reset();
  }

  /** Empties the collection and the wantlist, keeping folder 1 and the default fields. */
  void reset() {
    folders.clear();
    folders.put(1L, UNCATEGORIZED);
    instances.clear();
    fields.clear();
    DefaultFields.all().forEach(field -> fields.put(field.id().value(), field));
    wants.clear();
    worth = Worth.NOTHING;
    collectionPublic = true;
    wantlistPublic = true;
  }

  int count(long folder) {
    if (folder == 0) {
      return instances.size();
    }
    return (int) instances.values().stream().filter(copy -> copy.folderId() == folder).count();
  }

  FolderCount folder(long folder) {
    String name = folder == 0 ? ALL : folders.get(folder);
    return new FolderCount(folder, name, count(folder));
  }

  boolean isPublicField(long field) {
    CustomField definition = fields.get(field);
    return definition != null && definition.isPublic();
  }
}

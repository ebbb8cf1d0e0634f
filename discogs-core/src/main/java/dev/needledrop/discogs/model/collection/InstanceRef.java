package dev.needledrop.discogs.model.collection;

import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.Objects;

/**
 * Where one copy of a release sits in a collection: the folder holding it, the release and the
 * copy's instance id. Discogs addresses a copy by all three; get one from {@link
 * CollectionItem#ref()} or from adding a release.
 *
 * @param folder the folder the copy is in now
 */
public record InstanceRef(FolderId folder, ReleaseId release, InstanceId instance) {

  /** Creates a reference, refusing null parts. */
  public InstanceRef {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(instance, "instance");
  }

  /** Returns the reference of the same copy after it moved to the given folder. */
  public InstanceRef inFolder(FolderId destination) {
    return new InstanceRef(destination, release, instance);
  }
}

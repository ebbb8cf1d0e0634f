package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.LabelId;
import java.util.Objects;

/** A short reference to another label: a sublabel or a parent label. */
public record LabelRef(LabelId id, String name) {

  /** Creates a reference, reading an absent name as empty. */
  public LabelRef {
    Objects.requireNonNull(id, "id");
    name = Values.text(name);
  }
}

package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.auth.Requirement;

/** A row of a section's access table that answers from the {@link AccessRow} it holds. */
interface AccessTable extends AccessRule {

  /** Returns the parts of this row. */
  AccessRow row();

  @Override
  default String method() {
    return row().method();
  }

  @Override
  default String operation() {
    return row().operation();
  }

  @Override
  default Requirement requirement() {
    return row().requirement();
  }
}

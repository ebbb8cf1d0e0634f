package dev.needledrop.discogs.testkit.internal.market;

import java.util.Map;
import java.util.Optional;

/** The parameters of a marketplace call, by wire name; blank values count as absent. */
@FunctionalInterface
public interface Params {

  /** Returns the value of a parameter, when given and not blank. */
  Optional<String> get(String name);

  /** Returns parameters held in a map. */
  static Params of(Map<String, String> values) {
    return name -> Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
  }

  /** Returns no parameters. */
  static Params none() {
    return name -> Optional.empty();
  }
}

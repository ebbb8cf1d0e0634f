package dev.needledrop.discogs.testkit.internal.users;

import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.userdata.UserMessages;
import java.util.Optional;

/** Reads the numeric parameters of the user sections' writes, refusing malformed ones with 422. */
final class Parameters {

  private Parameters() {}

  /** Reads {@code rating}, 0 to 5, when given. */
  static Optional<Integer> rating(StubRequest request) {
    Optional<String> rating = request.parameter("rating").map(String::trim);
    if (rating.isEmpty()) {
      return Optional.empty();
    }
    if (!rating.get().matches("[0-5]")) {
      throw UserMessages.invalidRating();
    }
    return Optional.of(Integer.parseInt(rating.get()));
  }

  /** Reads {@code folder_id}, when given. */
  static Optional<Long> folder(StubRequest request) {
    Optional<String> folder = request.parameter("folder_id").map(String::trim);
    if (folder.isPresent() && !folder.get().matches("\\d{1,18}")) {
      throw UserMessages.invalidFolder();
    }
    return folder.map(Long::parseLong);
  }
}

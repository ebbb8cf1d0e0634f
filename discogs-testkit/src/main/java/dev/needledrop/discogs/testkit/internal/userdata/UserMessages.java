package dev.needledrop.discogs.testkit.internal.userdata;

import dev.needledrop.discogs.testkit.internal.http.ApiError;
import java.util.List;

/** The answers the user sections refuse requests with, the same for the stub and the fakes. */
public final class UserMessages {

  /** Discogs' message for another user's private collection or wantlist. */
  public static final String NOT_ALLOWED_TO_VIEW =
      "You are not allowed to view this resource. Please authenticate as the owner to view this"
          + " content.";

  private UserMessages() {}

  /** A caller other than the owner asked for private data: 403. */
  public static ApiError notAllowedToView() {
    return ApiError.of(403, NOT_ALLOWED_TO_VIEW);
  }

  /** An unknown user, folder, copy, field, entry or list: 404. */
  public static ApiError notFound() {
    return ApiError.notFound(ApiError.NOT_FOUND);
  }

  /** Folder 0, or folder 1 where only one's own folders will do, was named: 400. */
  public static ApiError folderNotUsable(long folder) {
    return ApiError.of(400, "Folder " + folder + " cannot be used for this operation.");
  }

  /** A folder still holding copies was to be deleted: 422. */
  public static ApiError folderNotEmpty() {
    return ApiError.unprocessable("The folder must be empty before it can be deleted.");
  }

  /** A folder was to be created or renamed without a name: 422. */
  public static ApiError missingFolderName() {
    return ApiError.unprocessable("Invalid name: a folder needs a name.");
  }

  /** A rating outside 0 to 5: 422. */
  public static ApiError invalidRating() {
    return ApiError.unprocessable("Invalid rating: expected an integer from 0 to 5.");
  }

  /** A folder id that is not a number: 422. */
  public static ApiError invalidFolder() {
    return ApiError.unprocessable("Invalid folder_id: expected a folder number.");
  }

  /** A dropdown field was given a value that is not one of its options: 422. */
  public static ApiError invalidFieldValue(List<String> options) {
    return ApiError.unprocessable(
        "Invalid value: expected one of " + String.join(", ", options) + ".");
  }

  /** A currency Discogs does not trade in: 422. */
  public static ApiError invalidCurrency(List<String> codes) {
    return ApiError.unprocessable(
        "Invalid curr_abbr: expected one of " + String.join(", ", codes) + ".");
  }
}

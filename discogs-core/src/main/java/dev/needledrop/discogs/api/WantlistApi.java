package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.model.wantlist.WantUpdate;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.PagedStream;
import java.util.stream.Stream;

/**
 * A user's wantlist: the releases the user is looking for, each with a note and a rating.
 *
 * <p>Other users see a wantlist only when it is public, and never the notes the user keeps private.
 * Ratings are 0 to 5 ({@link dev.needledrop.discogs.model.ItemRating}).
 *
 * <p>Implementations are thread-safe. Every call throws a {@link
 * dev.needledrop.discogs.error.DiscogsException}: {@link
 * dev.needledrop.discogs.error.ForbiddenException} for another user's private wantlist or for a
 * change to another user's wantlist, {@link
 * dev.needledrop.discogs.error.CredentialsRequiredException} before sending a change without a
 * user's credentials ({@link dev.needledrop.discogs.api.access.WantlistAccess}), {@link
 * dev.needledrop.discogs.error.UnauthorizedException} for credentials Discogs refuses, {@link
 * dev.needledrop.discogs.error.NotFoundException} for an unknown user, release or entry.
 */
public interface WantlistApi {

  /** Items per page that the lazy streams ask for: the most Discogs serves, to save requests. */
  int STREAM_PAGE_SIZE = PageRequest.MAX_PER_PAGE;

  /** Returns a page of the user's wantlist. */
  Page<Want> wants(Username user, PageRequest page);

  /** Streams the user's whole wantlist. */
  default Stream<Want> allWants(Username user) {
    return PagedStream.of(page -> wants(user, page), STREAM_PAGE_SIZE);
  }

  /** Adds a release to the wantlist, without a note or rating, and returns the entry. */
  default Want addWant(Username user, ReleaseId release) {
    return addWant(user, release, WantUpdate.nothing());
  }

  /**
   * Adds a release to the wantlist with a note and rating and returns the entry; adding a release
   * already wanted updates its entry instead.
   */
  Want addWant(Username user, ReleaseId release, WantUpdate details);

  /** Changes the note or rating of an entry and returns it as it is now. */
  Want editWant(Username user, ReleaseId release, WantUpdate change);

  /** Removes a release from the wantlist. */
  void removeWant(Username user, ReleaseId release);
}

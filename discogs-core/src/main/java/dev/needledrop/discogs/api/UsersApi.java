package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.user.ProfileUpdate;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.PagedStream;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Discogs users: who the credentials act for, profiles, and what users added to the database.
 *
 * <p>Implementations are thread-safe. Every method throws a {@link
 * dev.needledrop.discogs.error.DiscogsException}: {@link
 * dev.needledrop.discogs.error.NotFoundException} for an unknown user, {@link
 * dev.needledrop.discogs.error.CredentialsRequiredException} before sending a call that needs a
 * user's token or OAuth ({@link dev.needledrop.discogs.api.access.UsersAccess}), {@link
 * dev.needledrop.discogs.error.UnauthorizedException} for credentials Discogs refuses, {@link
 * dev.needledrop.discogs.error.ForbiddenException} for a change to another user's profile. Methods
 * named {@code all...} stream every item lazily, fetching each page only when the stream reaches
 * it.
 */
public interface UsersApi {

  /** Items per page that the lazy streams ask for: the most Discogs serves, to save requests. */
  int STREAM_PAGE_SIZE = PageRequest.MAX_PER_PAGE;

  /** Returns the user the client's credentials act for; needs a user's token or OAuth. */
  Identity identity();

  /** Returns a user's profile; the user sees the private parts (e-mail, unread messages). */
  UserProfile profile(Username user);

  /** Changes the user's own profile and returns it as it is now; needs the user's credentials. */
  UserProfile editProfile(Username user, ProfileUpdate update);

  /** Returns a page of the releases, artists and labels the user submitted edits for. */
  Page<Submission> submissions(Username user, PageRequest page);

  /** Streams every submission of the user. */
  default Stream<Submission> allSubmissions(Username user) {
    return PagedStream.of(page -> submissions(user, page), STREAM_PAGE_SIZE);
  }

  /** Returns a page of the releases the user added to the database. */
  Page<Release> contributions(
      Username user, Optional<Sort<ContributionSort>> sort, PageRequest page);

  /** Streams every release the user added to the database. */
  default Stream<Release> allContributions(Username user, Optional<Sort<ContributionSort>> sort) {
    return PagedStream.of(page -> contributions(user, sort, page), STREAM_PAGE_SIZE);
  }
}

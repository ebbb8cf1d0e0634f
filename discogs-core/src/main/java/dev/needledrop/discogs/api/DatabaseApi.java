package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.CommunityRating;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.ReleaseRating;
import dev.needledrop.discogs.model.database.ReleaseStats;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.model.database.UserReleaseRating;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.PagedStream;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Discogs database: releases, masters, artists, labels, their ratings and the search.
 *
 * <p>Implementations are thread-safe. Every method throws a {@link
 * dev.needledrop.discogs.error.DiscogsException}: {@link
 * dev.needledrop.discogs.error.NotFoundException} for an unknown id, {@link
 * dev.needledrop.discogs.error.CredentialsRequiredException} before sending a call that needs more
 * credentials than the client has ({@link dev.needledrop.discogs.api.access.DatabaseAccess}),
 * {@link dev.needledrop.discogs.error.UnauthorizedException} for credentials Discogs refuses.
 * Methods named {@code all...} and {@link #searchAll} stream every item lazily, fetching each page
 * only when the stream reaches it.
 */
public interface DatabaseApi {

  /** Items per page that the lazy streams ask for: the most Discogs serves, to save requests. */
  int STREAM_PAGE_SIZE = PageRequest.MAX_PER_PAGE;

  /** Returns a release, with its lowest price in the client's configured currency. */
  Release release(ReleaseId id);

  /** Returns a release, with its lowest price in the given currency. */
  Release release(ReleaseId id, Currency currency);

  /** Returns the community's rating of a release. */
  CommunityRating communityRating(ReleaseId id);

  /** Returns one user's rating of a release; 0 when the user has not rated it. */
  UserReleaseRating userRating(ReleaseId id, Username username);

  /** Sets the user's rating of a release; needs the user's own token or OAuth. */
  UserReleaseRating rateRelease(ReleaseId id, Username username, ReleaseRating rating);

  /** Removes the user's rating of a release; needs the user's own token or OAuth. */
  void deleteReleaseRating(ReleaseId id, Username username);

  /** Returns the release stats, in whichever shape Discogs sends them. */
  ReleaseStats releaseStats(ReleaseId id);

  /** Returns a master release. */
  Master master(MasterId id);

  /** Returns a page of a master's versions, filtered and sorted as the query says. */
  Page<MasterVersion> masterVersions(MasterId id, MasterVersionsQuery query, PageRequest page);

  /** Streams all of a master's versions matching the query. */
  default Stream<MasterVersion> allMasterVersions(MasterId id, MasterVersionsQuery query) {
    return PagedStream.of(page -> masterVersions(id, query, page), STREAM_PAGE_SIZE);
  }

  /** Returns an artist. */
  Artist artist(ArtistId id);

  /** Returns a page of an artist's releases and masters, sorted as given or as the server does. */
  Page<ArtistRelease> artistReleases(
      ArtistId id, Optional<Sort<ArtistReleaseSort>> sort, PageRequest page);

  /** Streams an artist's whole discography. */
  default Stream<ArtistRelease> allArtistReleases(
      ArtistId id, Optional<Sort<ArtistReleaseSort>> sort) {
    return PagedStream.of(page -> artistReleases(id, sort, page), STREAM_PAGE_SIZE);
  }

  /** Returns a label. */
  Label label(LabelId id);

  /** Returns a page of a label's catalogue. */
  Page<LabelRelease> labelReleases(LabelId id, PageRequest page);

  /** Streams a label's whole catalogue. */
  default Stream<LabelRelease> allLabelReleases(LabelId id) {
    return PagedStream.of(page -> labelReleases(id, page), STREAM_PAGE_SIZE);
  }

  /** Returns a page of search results; needs any credentials (Discogs refuses anonymous search). */
  Page<SearchResult> search(SearchQuery query, PageRequest page);

  /** Streams every search result. */
  default Stream<SearchResult> searchAll(SearchQuery query) {
    return PagedStream.of(page -> search(query, page), STREAM_PAGE_SIZE);
  }
}

package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.api.ArtistReleaseSort;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.access.DatabaseAccess;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.feign.internal.dto.RatingBodyDto;
import dev.needledrop.discogs.feign.internal.http.PathSegment;
import dev.needledrop.discogs.feign.internal.http.QueryParameters;
import dev.needledrop.discogs.feign.internal.mapping.ArtistMapper;
import dev.needledrop.discogs.feign.internal.mapping.LabelMapper;
import dev.needledrop.discogs.feign.internal.mapping.MasterMapper;
import dev.needledrop.discogs.feign.internal.mapping.RatingMapper;
import dev.needledrop.discogs.feign.internal.mapping.ReleaseMapper;
import dev.needledrop.discogs.feign.internal.mapping.SearchMapper;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mapstruct.factory.Mappers;

/**
 * The Database section over HTTP: encodes the arguments, calls the Feign resource and maps the wire
 * objects to domain records. Thread-safe.
 */
final class FeignDatabaseApi implements DatabaseApi {

  private static final ReleaseMapper RELEASES = Mappers.getMapper(ReleaseMapper.class);
  private static final RatingMapper RATINGS = Mappers.getMapper(RatingMapper.class);
  private static final MasterMapper MASTERS = Mappers.getMapper(MasterMapper.class);
  private static final ArtistMapper ARTISTS = Mappers.getMapper(ArtistMapper.class);
  private static final LabelMapper LABELS = Mappers.getMapper(LabelMapper.class);
  private static final SearchMapper SEARCH = Mappers.getMapper(SearchMapper.class);

  private final DatabaseResource resource;
  private final Currency defaultCurrency;
  private final AccessLevel access;

  FeignDatabaseApi(DatabaseResource resource, Currency defaultCurrency, AccessLevel access) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.defaultCurrency = Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    this.access = Objects.requireNonNull(access, "access");
  }

  @Override
  public Release release(ReleaseId id) {
    DatabaseAccess.RELEASE.check(access);
    return release(id, defaultCurrency);
  }

  @Override
  public Release release(ReleaseId id, Currency currency) {
    DatabaseAccess.RELEASE.check(access);
    String releaseId = segment(id, "releaseId");
    String code = QueryParameters.encodeValue(currency.requireDiscogsCurrency().code(), "currency");
    return Exchange.get("/releases/" + releaseId)
        .fetch(() -> resource.release(releaseId, code), wire -> RELEASES.toRelease(wire, currency));
  }

  @Override
  public CommunityRating communityRating(ReleaseId id) {
    DatabaseAccess.COMMUNITY_RATING.check(access);
    String releaseId = segment(id, "releaseId");
    return Exchange.get("/releases/" + releaseId + "/rating")
        .fetch(() -> resource.communityRating(releaseId), w -> RATINGS.toCommunityRating(w, id));
  }

  @Override
  public UserReleaseRating userRating(ReleaseId id, Username username) {
    DatabaseAccess.USER_RATING.check(access);
    String releaseId = segment(id, "releaseId");
    String user = segment(username, "username");
    return Exchange.get(ratingPath(releaseId, user))
        .fetch(
            () -> resource.userRating(releaseId, user),
            wire -> RATINGS.toUserRating(wire, id, username));
  }

  @Override
  public UserReleaseRating rateRelease(ReleaseId id, Username username, ReleaseRating rating) {
    DatabaseAccess.RATE_RELEASE.check(access);
    String releaseId = segment(id, "releaseId");
    String user = segment(username, "username");
    RatingBodyDto body = new RatingBodyDto(Objects.requireNonNull(rating, "rating").stars());
    return Exchange.put(ratingPath(releaseId, user))
        .fetch(
            () -> resource.rateRelease(releaseId, user, body),
            wire -> RATINGS.toUserRating(wire, id, username));
  }

  @Override
  public void deleteReleaseRating(ReleaseId id, Username username) {
    DatabaseAccess.DELETE_RELEASE_RATING.check(access);
    String releaseId = segment(id, "releaseId");
    String user = segment(username, "username");
    Exchange.delete(ratingPath(releaseId, user))
        .run(() -> resource.deleteReleaseRating(releaseId, user));
  }

  @Override
  public ReleaseStats releaseStats(ReleaseId id) {
    DatabaseAccess.RELEASE_STATS.check(access);
    String releaseId = segment(id, "releaseId");
    return Exchange.get("/releases/" + releaseId + "/stats")
        .fetch(() -> resource.releaseStats(releaseId), RATINGS::toReleaseStats);
  }

  @Override
  public Master master(MasterId id) {
    DatabaseAccess.MASTER.check(access);
    String masterId = segment(id, "masterId");
    String code = QueryParameters.encodeValue(defaultCurrency.code(), "currency");
    return Exchange.get("/masters/" + masterId)
        .fetch(
            () -> resource.master(masterId, code), wire -> MASTERS.toMaster(wire, defaultCurrency));
  }

  @Override
  public Page<MasterVersion> masterVersions(
      MasterId id, MasterVersionsQuery query, PageRequest page) {
    DatabaseAccess.MASTER_VERSIONS.check(access);
    String masterId = segment(id, "masterId");
    Map<String, String> parameters =
        QueryParameters.create()
            .addIfPresent("format", query.format())
            .addIfPresent("label", query.label())
            .addIfPresent("released", query.released())
            .addIfPresent("country", query.country())
            .sort(query.sort())
            .page(page)
            .toMap();
    return Exchange.get("/masters/" + masterId + "/versions")
        .fetch(() -> resource.masterVersions(masterId, parameters), MASTERS::toVersionsPage);
  }

  @Override
  public Artist artist(ArtistId id) {
    DatabaseAccess.ARTIST.check(access);
    String artistId = segment(id, "artistId");
    return Exchange.get("/artists/" + artistId)
        .fetch(() -> resource.artist(artistId), ARTISTS::toArtist);
  }

  @Override
  public Page<ArtistRelease> artistReleases(
      ArtistId id, Optional<Sort<ArtistReleaseSort>> sort, PageRequest page) {
    DatabaseAccess.ARTIST_RELEASES.check(access);
    String artistId = segment(id, "artistId");
    Map<String, String> parameters = QueryParameters.create().sort(sort).page(page).toMap();
    return Exchange.get("/artists/" + artistId + "/releases")
        .fetch(() -> resource.artistReleases(artistId, parameters), ARTISTS::toArtistReleasesPage);
  }

  @Override
  public Label label(LabelId id) {
    DatabaseAccess.LABEL.check(access);
    String labelId = segment(id, "labelId");
    return Exchange.get("/labels/" + labelId).fetch(() -> resource.label(labelId), LABELS::toLabel);
  }

  @Override
  public Page<LabelRelease> labelReleases(LabelId id, PageRequest page) {
    DatabaseAccess.LABEL_RELEASES.check(access);
    String labelId = segment(id, "labelId");
    Map<String, String> parameters = QueryParameters.create().page(page).toMap();
    return Exchange.get("/labels/" + labelId + "/releases")
        .fetch(() -> resource.labelReleases(labelId, parameters), LABELS::toLabelReleasesPage);
  }

  @Override
  public Page<SearchResult> search(SearchQuery query, PageRequest page) {
    DatabaseAccess.SEARCH.check(access);
    QueryParameters parameters = QueryParameters.create();
    query.values().forEach((field, value) -> parameters.add(field.wireName(), value));
    Map<String, String> encoded = parameters.page(page).toMap();
    return Exchange.get("/database/search")
        .fetch(() -> resource.search(encoded), SEARCH::toSearchPage);
  }

  private static String ratingPath(String releaseId, String username) {
    return "/releases/" + releaseId + "/rating/" + username;
  }

  private static String segment(Object value, String name) {
    return PathSegment.encode(Objects.requireNonNull(value, name), name);
  }
}

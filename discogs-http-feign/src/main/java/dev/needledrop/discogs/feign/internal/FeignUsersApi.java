package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.api.ContributionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.api.access.UsersAccess;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.feign.internal.dto.ProfileUpdateDto;
import dev.needledrop.discogs.feign.internal.http.PathSegment;
import dev.needledrop.discogs.feign.internal.http.QueryParameters;
import dev.needledrop.discogs.feign.internal.mapping.UserMapper;
import dev.needledrop.discogs.feign.internal.resource.UsersResource;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.user.ProfileUpdate;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mapstruct.factory.Mappers;

/** The identity and user sections over HTTP. Thread-safe. */
final class FeignUsersApi implements UsersApi {

  private static final UserMapper USERS = Mappers.getMapper(UserMapper.class);

  private final UsersResource resource;
  private final Currency currency;
  private final AccessLevel access;

  FeignUsersApi(UsersResource resource, Currency currency, AccessLevel access) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.currency = Objects.requireNonNull(currency, "currency");
    this.access = Objects.requireNonNull(access, "access");
  }

  @Override
  public Identity identity() {
    UsersAccess.IDENTITY.check(access);
    return Exchange.get("/oauth/identity").fetch(resource::identity, USERS::toIdentity);
  }

  @Override
  public UserProfile profile(Username user) {
    UsersAccess.PROFILE.check(access);
    String username = segment(user);
    return Exchange.get(userPath(username))
        .fetch(() -> resource.profile(username), USERS::toProfile);
  }

  @Override
  public UserProfile editProfile(Username user, ProfileUpdate update) {
    UsersAccess.EDIT_PROFILE.check(access);
    String username = segment(user);
    Objects.requireNonNull(update, "update");
    ProfileUpdateDto body =
        new ProfileUpdateDto(
            update.name().orElse(null),
            update.homePage().orElse(null),
            update.location().orElse(null),
            update.profile().orElse(null),
            update.currency().map(Currency::code).orElse(null));
    return new Exchange("POST", userPath(username))
        .fetch(() -> resource.editProfile(username, body), USERS::toProfile);
  }

  @Override
  public Page<Submission> submissions(Username user, PageRequest page) {
    UsersAccess.SUBMISSIONS.check(access);
    String username = segment(user);
    Map<String, String> query = QueryParameters.create().page(page).toMap();
    return Exchange.get(userPath(username) + "/submissions")
        .fetch(
            () -> resource.submissions(username, query),
            wire -> USERS.toSubmissionsPage(wire, currency));
  }

  @Override
  public Page<Release> contributions(
      Username user, Optional<Sort<ContributionSort>> sort, PageRequest page) {
    UsersAccess.CONTRIBUTIONS.check(access);
    String username = segment(user);
    Map<String, String> query = QueryParameters.create().sort(sort).page(page).toMap();
    return Exchange.get(userPath(username) + "/contributions")
        .fetch(
            () -> resource.contributions(username, query),
            wire -> USERS.toContributionsPage(wire, currency));
  }

  private static String userPath(String username) {
    return "/users/" + username;
  }

  private static String segment(Username user) {
    return PathSegment.encode(Objects.requireNonNull(user, "user"), "user");
  }
}

package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.api.access.WantlistAccess;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.feign.internal.dto.WantBodyDto;
import dev.needledrop.discogs.feign.internal.http.PathSegment;
import dev.needledrop.discogs.feign.internal.http.QueryParameters;
import dev.needledrop.discogs.feign.internal.mapping.WantlistMapper;
import dev.needledrop.discogs.feign.internal.resource.WantlistResource;
import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.model.wantlist.WantUpdate;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.util.Map;
import java.util.Objects;
import org.mapstruct.factory.Mappers;

/** The wantlist section over HTTP. Thread-safe. */
final class FeignWantlistApi implements WantlistApi {

  private static final WantlistMapper WANTS = Mappers.getMapper(WantlistMapper.class);

  private final WantlistResource resource;
  private final AccessLevel access;

  FeignWantlistApi(WantlistResource resource, AccessLevel access) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.access = Objects.requireNonNull(access, "access");
  }

  @Override
  public Page<Want> wants(Username user, PageRequest page) {
    WantlistAccess.WANTS.check(access);
    String username = segment(user, "user");
    Map<String, String> query = QueryParameters.create().page(page).toMap();
    return Exchange.get("/users/" + username + "/wants")
        .fetch(() -> resource.wants(username, query), WANTS::toWantsPage);
  }

  @Override
  public Want addWant(Username user, ReleaseId release, WantUpdate details) {
    WantlistAccess.ADD_WANT.check(access);
    String username = segment(user, "user");
    String releaseId = segment(release, "release");
    WantBodyDto body = body(Objects.requireNonNull(details, "details"));
    return Exchange.put(wantPath(username, releaseId))
        .fetch(() -> resource.addWant(username, releaseId, body), WANTS::toWant);
  }

  @Override
  public Want editWant(Username user, ReleaseId release, WantUpdate change) {
    WantlistAccess.EDIT_WANT.check(access);
    String username = segment(user, "user");
    String releaseId = segment(release, "release");
    WantBodyDto body = body(Objects.requireNonNull(change, "change"));
    return new Exchange("POST", wantPath(username, releaseId))
        .fetch(() -> resource.editWant(username, releaseId, body), WANTS::toWant);
  }

  @Override
  public void removeWant(Username user, ReleaseId release) {
    WantlistAccess.REMOVE_WANT.check(access);
    String username = segment(user, "user");
    String releaseId = segment(release, "release");
    Exchange.delete(wantPath(username, releaseId))
        .run(() -> resource.removeWant(username, releaseId));
  }

  private static WantBodyDto body(WantUpdate update) {
    return new WantBodyDto(
        update.notes().orElse(null), update.rating().map(ItemRating::stars).orElse(null));
  }

  private static String wantPath(String username, String releaseId) {
    return "/users/" + username + "/wants/" + releaseId;
  }

  private static String segment(Object value, String name) {
    return PathSegment.encode(Objects.requireNonNull(value, name), name);
  }
}

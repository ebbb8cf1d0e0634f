package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.api.access.ListsAccess;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.feign.internal.http.PathSegment;
import dev.needledrop.discogs.feign.internal.http.QueryParameters;
import dev.needledrop.discogs.feign.internal.mapping.ListMapper;
import dev.needledrop.discogs.feign.internal.resource.ListsResource;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.lists.ListSummary;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.util.Map;
import java.util.Objects;
import org.mapstruct.factory.Mappers;

/** The lists section over HTTP. Thread-safe. */
final class FeignListsApi implements ListsApi {

  private static final ListMapper LISTS = Mappers.getMapper(ListMapper.class);

  private final ListsResource resource;
  private final AccessLevel access;

  FeignListsApi(ListsResource resource, AccessLevel access) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.access = Objects.requireNonNull(access, "access");
  }

  @Override
  public Page<ListSummary> lists(Username user, PageRequest page) {
    ListsAccess.LISTS.check(access);
    String username = PathSegment.encode(Objects.requireNonNull(user, "user"), "user");
    Map<String, String> query = QueryParameters.create().page(page).toMap();
    return Exchange.get("/users/" + username + "/lists")
        .fetch(() -> resource.lists(username, query), LISTS::toListsPage);
  }

  @Override
  public UserList list(ListId id) {
    ListsAccess.LIST.check(access);
    String listId = PathSegment.encode(Objects.requireNonNull(id, "id"), "id");
    return Exchange.get("/lists/" + listId).fetch(() -> resource.list(listId), LISTS::toList);
  }
}

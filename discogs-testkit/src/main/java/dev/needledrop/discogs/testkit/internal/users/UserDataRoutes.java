package dev.needledrop.discogs.testkit.internal.users;

import dev.needledrop.discogs.testkit.internal.routing.Access;
import dev.needledrop.discogs.testkit.internal.routing.Router;

/**
 * Registers the user sections of the API on a router: identity (E5), users (E42–E45), collection
 * (E46–E58), wantlist (E59–E62) and lists (E63, E64), with who may call each as the reference's
 * endpoint summary says. Reads of private data are checked by the ledger, which knows what is
 * public.
 */
public final class UserDataRoutes {

  private static final String USER = "/users/{username}";
  private static final String FOLDERS = USER + "/collection/folders";
  private static final String FOLDER = FOLDERS + "/{folder_id}";
  private static final String INSTANCE = FOLDER + "/releases/{release_id}/instances/{instance_id}";
  private static final String WANT = USER + "/wants/{release_id}";

  private UserDataRoutes() {}

  /** Adds every user route, answering from the store. */
  public static void register(Router router, UserDataStore store) {
    registerUsers(router, new UserEndpoints(store));
    registerCollection(router, new CollectionEndpoints(store));
    WantlistEndpoints wants = new WantlistEndpoints(store);
    ListEndpoints lists = new ListEndpoints(store);
    router
        .add("GET", USER + "/wants", Access.NONE, wants::wants)
        .add("PUT", WANT, Access.OWNER, wants::addWant)
        .add("POST", WANT, Access.OWNER, wants::editWant)
        .add("DELETE", WANT, Access.OWNER, wants::removeWant)
        .add("GET", USER + "/lists", Access.NONE, lists::lists)
        .add("GET", "/lists/{list_id}", Access.NONE, lists::list);
  }

  private static void registerUsers(Router router, UserEndpoints users) {
    router
        .add("GET", "/oauth/identity", Access.USER, users::identity)
        .add("GET", USER, Access.NONE, users::profile)
        .add("POST", USER, Access.OWNER, users::editProfile)
        .add("GET", USER + "/submissions", Access.NONE, users::submissions)
        .add("GET", USER + "/contributions", Access.NONE, users::contributions);
  }

  private static void registerCollection(Router router, CollectionEndpoints collection) {
    router
        .add("GET", FOLDERS, Access.NONE, collection::folders)
        .add("POST", FOLDERS, Access.OWNER, collection::createFolder)
        .add("GET", FOLDER, Access.NONE, collection::folder)
        .add("POST", FOLDER, Access.OWNER, collection::renameFolder)
        .add("DELETE", FOLDER, Access.OWNER, collection::deleteFolder)
        .add("GET", FOLDER + "/releases", Access.NONE, collection::items)
        .add("POST", FOLDER + "/releases/{release_id}", Access.OWNER, collection::addRelease)
        .add("POST", INSTANCE, Access.OWNER, collection::changeInstance)
        .add("DELETE", INSTANCE, Access.OWNER, collection::deleteInstance)
        .add("POST", INSTANCE + "/fields/{field_id}", Access.OWNER, collection::editFieldValue)
        .add(
            "GET",
            USER + "/collection/releases/{release_id}",
            Access.NONE,
            collection::releaseInstances)
        .add("GET", USER + "/collection/fields", Access.NONE, collection::fields)
        .add("GET", USER + "/collection/value", Access.OWNER, collection::value);
  }
}

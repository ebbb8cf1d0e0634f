package dev.needledrop.discogs.testkit.internal.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.catalogue.UserDataWriter;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.userdata.DefaultProfiles;
import dev.needledrop.discogs.testkit.internal.userdata.UserLedger;
import dev.needledrop.discogs.testkit.internal.userdata.UserMessages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the stub holds about users, as Discogs JSON: profiles, lists, submissions and contributions,
 * with the collections and wantlists in a {@link UserLedger}. Reads return copies. Thread-safe.
 */
public final class UserDataStore {

  /** The three kinds of submission, under the keys a submissions page groups them by. */
  public enum SubmissionKind {
    RELEASES,
    ARTISTS,
    LABELS;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A submitted object and its kind. */
  public record Submitted(SubmissionKind kind, ObjectNode object) {}

  /** A list and the user who owns it. */
  private record HeldList(String owner, ObjectNode list) {}

  private final UserLedger<ObjectNode> ledger;
  private final CatalogueStore catalogue;
  private final Map<String, ObjectNode> profiles = new LinkedHashMap<>();
  private final Map<Long, HeldList> lists = new LinkedHashMap<>();
  private final Map<String, List<Submitted>> submissions = new LinkedHashMap<>();
  private final Map<String, List<ObjectNode>> contributions = new LinkedHashMap<>();
  private long nextUserId = 1_000_001L;

  /** Creates an empty store; releases added to collections are looked up in the catalogue. */
  public UserDataStore(CatalogueStore catalogue, Clock clock) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.ledger = new UserLedger<>(clock);
  }

  /** Returns the collections and wantlists. */
  public UserLedger<ObjectNode> ledger() {
    return ledger;
  }

  /** Returns the catalogue releases are looked up in. */
  public CatalogueStore catalogue() {
    return catalogue;
  }

  /** Opens a user with the starting profile and a new id; no-op for a known user. */
  public synchronized void openUser(String username) {
    if (!profiles.containsKey(username)) {
      putProfile(UserDataWriter.profile(DefaultProfiles.of(username, nextUserId)));
    }
  }

  /** Holds a profile, as its owner sees it, opening the user when new; needs id and username. */
  public synchronized void putProfile(JsonNode json) {
    ObjectNode profile = StubJson.requireObject(json).deepCopy();
    String username = StubJson.text(profile, "username");
    long id = StubJson.id(profile, "id");
    if (username.isEmpty() || id <= 0) {
      throw new IllegalArgumentException("a profile needs a username and a positive id");
    }
    ledger.open(username, id);
    if (ledger.userId(username) != id) {
      throw new IllegalArgumentException(username + " has the id " + ledger.userId(username));
    }
    profiles.put(username, profile);
    nextUserId = Math.max(nextUserId, id + 1);
  }

  /** Returns the usernames of every user held. */
  public synchronized List<String> usernames() {
    return List.copyOf(profiles.keySet());
  }

  /** Returns the user's id, or refuses an unknown user with 404. */
  public synchronized long userId(String username) {
    requireUser(username);
    return ledger.userId(username);
  }

  /** Puts the user back where a new account starts: starting profile, nothing collected. */
  public synchronized void clearUser(String username) {
    long id = userId(username);
    profiles.put(username, UserDataWriter.profile(DefaultProfiles.of(username, id)));
    ledger.clear(username);
    lists.values().removeIf(held -> held.owner().equals(username));
    submissions.remove(username);
    contributions.remove(username);
  }

  /** Returns the profile as the caller may see it. */
  public synchronized ObjectNode profile(Caller caller, String username) {
    ObjectNode view = requireUser(username).deepCopy();
    boolean owner = UserLedger.isOwner(caller, username);
    view.put("num_lists", visibleLists(caller, username).size());
    putOrRemove(
        view,
        "num_collection",
        ledger.seesCollection(caller, username),
        ledger.collectionCount(username));
    putOrRemove(
        view,
        "num_wantlist",
        ledger.seesWantlist(caller, username),
        ledger.wantlistCount(username));
    if (!owner) {
      view.remove("email");
      view.remove("num_unread");
    }
    return view;
  }

  /**
   * Changes the profile's texts and currency (Discogs' wire names) and returns the owner's view.
   */
  public synchronized ObjectNode editProfile(
      Caller owner, String username, Map<String, String> changes) {
    ObjectNode profile = requireUser(username);
    changes.forEach(profile::put);
    return profile(owner, username);
  }

  /** Returns the currency the user sees prices in: the profile's, or US dollars. */
  public synchronized Currency currency(String username) {
    String code = StubJson.text(requireUser(username), "curr_abbr");
    return Currency.discogsCurrencies().stream()
        .filter(currency -> currency.code().equalsIgnoreCase(code))
        .findFirst()
        .orElse(Currency.USD);
  }

  /** Holds a list of a user, under the keys Discogs sends; replaces one with its id. */
  public synchronized void putList(String owner, JsonNode json) {
    ObjectNode list = StubJson.requireObject(json).deepCopy();
    long id = StubJson.id(list, "id");
    if (id <= 0) {
      throw new IllegalArgumentException("a list needs a positive id");
    }
    if (!list.has("user")) {
      list.set("user", userRef(owner));
    }
    lists.put(id, new HeldList(owner, list));
  }

  /** Returns the user's lists the caller may see: private ones only for the owner. */
  public synchronized List<ObjectNode> lists(Caller caller, String username) {
    requireUser(username);
    return visibleLists(caller, username).stream().map(ObjectNode::deepCopy).toList();
  }

  /** Returns a list, refusing another user's private list with 403 and an unknown one with 404. */
  public synchronized ObjectNode list(Caller caller, long id) {
    HeldList held = lists.get(id);
    if (held == null) {
      throw UserMessages.notFound();
    }
    if (!isVisible(caller, held)) {
      throw UserMessages.notAllowedToView();
    }
    return held.list().deepCopy();
  }

  /** Adds a submission of the user, after those held. */
  public synchronized void addSubmission(String username, SubmissionKind kind, JsonNode json) {
    requireUser(username);
    ObjectNode object = StubJson.requireObject(json).deepCopy();
    submissions
        .computeIfAbsent(username, name -> new ArrayList<>())
        .add(new Submitted(kind, object));
  }

  /** Returns the user's submissions, releases first, then artists, then labels. */
  public synchronized List<Submitted> submissions(String username) {
    requireUser(username);
    List<Submitted> all = new ArrayList<>(submissions.getOrDefault(username, List.of()));
    all.sort(Comparator.comparing(Submitted::kind));
    return List.copyOf(all);
  }

  /** Adds a release the user contributed, after those held. */
  public synchronized void addContribution(String username, JsonNode release) {
    requireUser(username);
    contributions
        .computeIfAbsent(username, name -> new ArrayList<>())
        .add(StubJson.requireObject(release).deepCopy());
  }

  /** Returns the releases the user contributed, as added. */
  public synchronized List<ObjectNode> contributions(String username) {
    requireUser(username);
    return List.copyOf(contributions.getOrDefault(username, List.of()));
  }

  /** Returns a release of the catalogue, to add to a collection or wantlist. */
  public Optional<ObjectNode> release(long id) {
    return catalogue.release(id);
  }

  private ObjectNode requireUser(String username) {
    ObjectNode profile = profiles.get(username);
    if (profile == null) {
      throw UserMessages.notFound();
    }
    return profile;
  }

  private List<ObjectNode> visibleLists(Caller caller, String username) {
    return lists.values().stream()
        .filter(held -> held.owner().equals(username) && isVisible(caller, held))
        .map(HeldList::list)
        .toList();
  }

  private static boolean isVisible(Caller caller, HeldList held) {
    return held.list().path("public").asBoolean(false) || UserLedger.isOwner(caller, held.owner());
  }

  private ObjectNode userRef(String owner) {
    ObjectNode profile = requireUser(owner);
    ObjectNode user = StubJson.object();
    user.put("id", StubJson.id(profile, "id"));
    user.put("username", owner);
    user.put("avatar_url", StubJson.text(profile, "avatar_url"));
    user.put("resource_url", StubJson.text(profile, "resource_url"));
    return user;
  }

  private static void putOrRemove(ObjectNode node, String field, boolean shown, int count) {
    if (shown) {
      node.put(field, count);
    } else {
      node.remove(field);
    }
  }
}

package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.model.user.ProfileUpdate;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.testkit.data.TestProfiles;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.userdata.DefaultProfiles;
import dev.needledrop.discogs.testkit.internal.userdata.UserLedger;
import dev.needledrop.discogs.testkit.internal.userdata.UserMessages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the user-data fakes hold, as records: profiles, lists, submissions and contributions, with
 * the collections and wantlists in the same {@link UserLedger} the stub uses. It answers as the
 * stub's store does, so that fakes and stub agree. Thread-safe.
 */
final class FakeUserData {

  /** A list and the user who owns it. */
  private record HeldList(String owner, UserList list) {}

  private final UserLedger<BasicInformation> ledger;
  private final Map<String, UserProfile> profiles = new LinkedHashMap<>();
  private final Map<Long, HeldList> lists = new LinkedHashMap<>();
  private final Map<String, List<Submission>> submissions = new LinkedHashMap<>();
  private final Map<String, List<Release>> contributions = new LinkedHashMap<>();
  private long nextUserId = 1_000_001L;

  FakeUserData(Clock clock) {
    this.ledger = new UserLedger<>(clock);
  }

  UserLedger<BasicInformation> ledger() {
    return ledger;
  }

  synchronized void openUser(String username) {
    if (!profiles.containsKey(username)) {
      putProfile(DefaultProfiles.of(username, nextUserId));
    }
  }

  synchronized void putProfile(UserProfile profile) {
    String username = profile.username().value();
    ledger.open(username, profile.id());
    if (ledger.userId(username) != profile.id()) {
      throw new IllegalArgumentException(username + " has the id " + ledger.userId(username));
    }
    profiles.put(username, profile);
    nextUserId = Math.max(nextUserId, profile.id() + 1);
  }

  synchronized long userId(String username) {
    requireUser(username);
    return ledger.userId(username);
  }

  synchronized void clearUser(String username) {
    long id = userId(username);
    profiles.put(username, DefaultProfiles.of(username, id));
    ledger.clear(username);
    lists.values().removeIf(held -> held.owner().equals(username));
    submissions.remove(username);
    contributions.remove(username);
  }

  synchronized UserProfile profile(Caller caller, String username) {
    TestProfiles.Builder view =
        TestProfiles.from(requireUser(username))
            .numLists(visibleLists(caller, username).size())
            .numCollection(
                count(ledger.seesCollection(caller, username), ledger.collectionCount(username)))
            .numWantlist(
                count(ledger.seesWantlist(caller, username), ledger.wantlistCount(username)));
    return UserLedger.isOwner(caller, username) ? view.build() : view.publicView().build();
  }

  synchronized UserProfile editProfile(Caller owner, String username, ProfileUpdate update) {
    TestProfiles.Builder edited = TestProfiles.from(requireUser(username));
    update.name().ifPresent(edited::name);
    update.homePage().ifPresent(edited::homePage);
    update.location().ifPresent(edited::location);
    update.profile().ifPresent(edited::profile);
    update.currency().ifPresent(edited::currency);
    profiles.put(username, edited.build());
    return profile(owner, username);
  }

  /** Returns the currency the user sells in: the profile's; US dollars for a user not held. */
  synchronized Currency sellerCurrency(String username) {
    return profiles.containsKey(username) ? currency(username) : Currency.USD;
  }

  synchronized Currency currency(String username) {
    return requireUser(username)
        .currency()
        .filter(Currency::isDiscogsCurrency)
        .orElse(Currency.USD);
  }

  synchronized void putList(String owner, UserList list) {
    UserList owned = list.owner().isPresent() ? list : withOwner(list, owner);
    lists.put(list.id().value(), new HeldList(owner, owned));
  }

  synchronized List<UserList> lists(Caller caller, String username) {
    requireUser(username);
    return visibleLists(caller, username);
  }

  synchronized UserList list(Caller caller, long id) {
    HeldList held = lists.get(id);
    if (held == null) {
      throw UserMessages.notFound();
    }
    if (!isVisible(caller, held)) {
      throw UserMessages.notAllowedToView();
    }
    return held.list();
  }

  synchronized void addSubmission(String username, Submission submission) {
    requireUser(username);
    submissions.computeIfAbsent(username, name -> new ArrayList<>()).add(submission);
  }

  synchronized List<Submission> submissions(String username) {
    requireUser(username);
    List<Submission> all = new ArrayList<>(submissions.getOrDefault(username, List.of()));
    all.sort(Comparator.comparingInt(FakeUserData::kindOrder));
    return List.copyOf(all);
  }

  synchronized void addContribution(String username, Release release) {
    requireUser(username);
    contributions.computeIfAbsent(username, name -> new ArrayList<>()).add(release);
  }

  synchronized List<Release> contributions(String username) {
    requireUser(username);
    return List.copyOf(contributions.getOrDefault(username, List.of()));
  }

  // Releases first, then artists, then labels, as a submissions page groups them.
  private static int kindOrder(Submission submission) {
    if (submission instanceof Submission.OfRelease) {
      return 0;
    }
    return submission instanceof Submission.OfArtist ? 1 : 2;
  }

  private UserProfile requireUser(String username) {
    UserProfile profile = profiles.get(username);
    if (profile == null) {
      throw UserMessages.notFound();
    }
    return profile;
  }

  private List<UserList> visibleLists(Caller caller, String username) {
    return lists.values().stream()
        .filter(held -> held.owner().equals(username) && isVisible(caller, held))
        .map(HeldList::list)
        .toList();
  }

  private static boolean isVisible(Caller caller, HeldList held) {
    return held.list().isPublic() || UserLedger.isOwner(caller, held.owner());
  }

  private UserList withOwner(UserList list, String owner) {
    UserProfile profile = requireUser(owner);
    UserRef ref =
        new UserRef(Username.of(owner), OptionalLong.of(profile.id()), profile.avatarUrl());
    return new UserList(
        list.id(),
        list.name(),
        list.description(),
        list.isPublic(),
        list.dateAdded(),
        list.dateChanged(),
        list.uri(),
        Optional.of(ref),
        list.imageUrl(),
        list.items());
  }

  private static OptionalInt count(boolean shown, int count) {
    return shown ? OptionalInt.of(count) : OptionalInt.empty();
  }
}

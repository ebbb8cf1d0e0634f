package dev.needledrop.discogs.testkit.internal.userdata;

import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Users' collections and wantlists with Discogs' rules, shared by the stub server and the in-memory
 * fakes so that both answer alike.
 *
 * <p>The rules: folder 0 ("All") lists every copy and takes nothing; folders 0 and 1 are never
 * renamed or deleted; only empty folders are deleted; counts follow the copies; adding a release
 * twice makes two copies with their own instance ids; ratings run from 0 to 5; a dropdown field
 * takes only its options. Other users see a collection or wantlist only when it is public, and then
 * only folder 0, the public fields and the public notes. Refusals are {@link ApiError}s with
 * Discogs' statuses and messages ({@code ApiError}); callers check ownership of writes beforehand.
 *
 * <p>Thread-safe.
 *
 * @param <R> how the double describes a release: JSON for the stub, a record for the fakes
 */
public final class UserLedger<R> {

  private final Clock clock;
  private final Map<String, Account<R>> accounts = new LinkedHashMap<>();
  private long nextFolderId = 1_000_000L;
  private long nextInstanceId = 5_000_000_000L;

  /** Creates an empty ledger whose new copies and wants are dated by the clock. */
  public UserLedger(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Opens an account for the user, with an empty collection and wantlist; no-op when known. */
  public synchronized void open(String user, long id) {
    accounts.computeIfAbsent(user, name -> new Account<>(name, id));
  }

  /** Tells whether the user has an account. */
  public synchronized boolean knows(String user) {
    return accounts.containsKey(user);
  }

  /** Returns the user's id, or refuses an unknown user with 404. */
  public synchronized long userId(String user) {
    return require(user).id;
  }

  /** Empties the user's collection and wantlist and makes both public again. */
  public synchronized void clear(String user) {
    require(user).reset();
  }

  /** Makes the user's collection public or private. */
  public synchronized void setCollectionPublic(String user, boolean isPublic) {
    require(user).collectionPublic = isPublic;
  }

  /** Makes the user's wantlist public or private. */
  public synchronized void setWantlistPublic(String user, boolean isPublic) {
    require(user).wantlistPublic = isPublic;
  }

  /** Tells whether the caller may see the user's collection. */
  public synchronized boolean seesCollection(Caller caller, String user) {
    return isOwner(caller, user) || require(user).collectionPublic;
  }

  /** Tells whether the caller may see the user's wantlist. */
  public synchronized boolean seesWantlist(Caller caller, String user) {
    return isOwner(caller, user) || require(user).wantlistPublic;
  }

  /** Returns how many copies the user's collection holds. */
  public synchronized int collectionCount(String user) {
    return require(user).instances.size();
  }

  /** Returns how many releases the user's wantlist holds. */
  public synchronized int wantlistCount(String user) {
    return require(user).wants.size();
  }

  // Collection reads

  /** Returns the folders the caller may see: all for the owner, folder 0 for others. */
  public synchronized List<FolderCount> folders(Caller caller, String owner) {
    Account<R> account = readableCollection(caller, owner);
    List<FolderCount> folders = new ArrayList<>();
    folders.add(account.folder(0));
    if (isOwner(caller, owner)) {
      account.folders.keySet().forEach(folder -> folders.add(account.folder(folder)));
    }
    return folders;
  }

  /** Returns one folder; others than the owner may ask for folder 0 of a public collection. */
  public synchronized FolderCount folder(Caller caller, String owner, long folder) {
    return readableFolder(caller, owner, folder).folder(folder);
  }

  /** Returns the copies in a folder, as added; others see only public notes. */
  public synchronized List<Instance<R>> items(Caller caller, String owner, long folder) {
    Account<R> account = readableFolder(caller, owner, folder);
    return account.instances.values().stream()
        .filter(copy -> folder == 0 || copy.folderId() == folder)
        .map(copy -> seenBy(caller, account, copy))
        .toList();
  }

  /** Returns the copies of one release across folders; others see only public notes. */
  public synchronized List<Instance<R>> releaseInstances(
      Caller caller, String owner, long release) {
    Account<R> account = readableCollection(caller, owner);
    return account.instances.values().stream()
        .filter(copy -> copy.releaseId() == release)
        .map(copy -> seenBy(caller, account, copy))
        .toList();
  }

  /** Returns the custom fields: all for the owner, the public ones for others. */
  public synchronized List<CustomField> fields(Caller caller, String owner) {
    Account<R> account = readableCollection(caller, owner);
    boolean all = isOwner(caller, owner);
    return account.fields.values().stream().filter(field -> all || field.isPublic()).toList();
  }

  /** Returns what the user's collection is worth. */
  public synchronized Worth worth(String owner) {
    return require(owner).worth;
  }

  // Collection writes

  /** Creates a folder and returns it, empty. */
  public synchronized FolderCount createFolder(String owner, String name) {
    Account<R> account = require(owner);
    long id = nextFolderId++;
    account.folders.put(id, requireName(name));
    return account.folder(id);
  }

  /** Renames one of the owner's own folders. */
  public synchronized FolderCount renameFolder(String owner, long folder, String name) {
    Account<R> account = require(owner);
    requireChangeable(account, folder);
    account.folders.put(folder, requireName(name));
    return account.folder(folder);
  }

  /** Deletes one of the owner's own folders, which must be empty. */
  public synchronized void deleteFolder(String owner, long folder) {
    Account<R> account = require(owner);
    requireChangeable(account, folder);
    if (account.count(folder) > 0) {
      throw UserMessages.folderNotEmpty();
    }
    account.folders.remove(folder);
  }

  /** Adds a new copy of a release to a folder, dated now, and returns it. */
  public synchronized Instance<R> addInstance(String owner, long folder, long release, R about) {
    Account<R> account = require(owner);
    requireTarget(account, folder);
    Instance<R> copy = new Instance<>(nextInstanceId++, release, folder, 0, now(), about, Map.of());
    account.instances.put(copy.instanceId(), copy);
    return copy;
  }

  /** Rates a copy, 0 to 5. */
  public synchronized void rateInstance(String owner, InstanceAddress at, int rating) {
    Account<R> account = require(owner);
    Instance<R> copy = find(account, at);
    account.instances.put(copy.instanceId(), copy.withRating(requireRating(rating)));
  }

  /** Moves a copy to another folder, which must exist and not be folder 0. */
  public synchronized void moveInstance(String owner, InstanceAddress at, long destination) {
    Account<R> account = require(owner);
    Instance<R> copy = find(account, at);
    requireTarget(account, destination);
    account.instances.put(copy.instanceId(), copy.withFolder(destination));
  }

  /** Removes a copy. */
  public synchronized void deleteInstance(String owner, InstanceAddress at) {
    Account<R> account = require(owner);
    account.instances.remove(find(account, at).instanceId());
  }

  /** Sets a custom field's value for a copy; an empty value removes it. */
  public synchronized void setFieldValue(
      String owner, InstanceAddress at, long field, String value) {
    Account<R> account = require(owner);
    Instance<R> copy = find(account, at);
    CustomField definition = account.fields.get(field);
    if (definition == null) {
      throw UserMessages.notFound();
    }
    if (!value.isEmpty() && !definition.accepts(value)) {
      throw UserMessages.invalidFieldValue(definition.options());
    }
    Map<Long, String> notes = new LinkedHashMap<>(copy.notes());
    if (value.isEmpty()) {
      notes.remove(field);
    } else {
      notes.put(field, value);
    }
    account.instances.put(copy.instanceId(), copy.withNotes(notes));
  }

  // Wantlist

  /** Returns the wantlist, as added; others see only public notes. */
  public synchronized List<WantEntry<R>> wants(Caller caller, String owner) {
    Account<R> account = require(owner);
    if (isOwner(caller, owner)) {
      return List.copyOf(account.wants.values());
    }
    if (!account.wantlistPublic) {
      throw UserMessages.notAllowedToView();
    }
    return account.wants.values().stream().map(WantEntry::seenByOthers).toList();
  }

  /** A want written, and whether the write created it. */
  public record Written<R>(WantEntry<R> want, boolean created) {}

  /**
   * Adds a release to the wantlist, dated now; a release already wanted keeps its entry, with the
   * note and rating given changing it.
   */
  public synchronized Written<R> addWant(
      String owner, long release, R about, Optional<String> notes, Optional<Integer> rating) {
    Account<R> account = require(owner);
    WantEntry<R> held = account.wants.get(release);
    if (held != null) {
      return new Written<>(edit(account, held, notes, rating), false);
    }
    WantEntry<R> want =
        new WantEntry<>(
            release,
            requireRating(rating.orElse(0)),
            notes.orElse(""),
            Optional.of(false),
            now(),
            about);
    account.wants.put(release, want);
    return new Written<>(want, true);
  }

  /** Changes the note or rating of a release on the wantlist. */
  public synchronized WantEntry<R> editWant(
      String owner, long release, Optional<String> notes, Optional<Integer> rating) {
    Account<R> account = require(owner);
    WantEntry<R> held = account.wants.get(release);
    if (held == null) {
      throw UserMessages.notFound();
    }
    return edit(account, held, notes, rating);
  }

  /** Removes a release from the wantlist. */
  public synchronized void removeWant(String owner, long release) {
    if (require(owner).wants.remove(release) == null) {
      throw UserMessages.notFound();
    }
  }

  // Seeding

  /** Holds a folder with the given id and name, replacing one with that id. */
  public synchronized void putFolder(String owner, long id, String name) {
    if (id <= 1) {
      throw new IllegalArgumentException("folders 0 and 1 exist already; give an id above 1");
    }
    require(owner).folders.put(id, requireName(name));
    nextFolderId = Math.max(nextFolderId, id + 1);
  }

  /** Holds a copy as given, replacing one with its instance id; its folder must exist. */
  public synchronized void putInstance(String owner, Instance<R> copy) {
    Account<R> account = require(owner);
    if (copy.folderId() == 0 || !account.folders.containsKey(copy.folderId())) {
      throw new IllegalArgumentException(
          "folder " + copy.folderId() + " is not a folder of " + owner + " that holds copies");
    }
    requireRating(copy.rating());
    account.instances.put(copy.instanceId(), copy);
    nextInstanceId = Math.max(nextInstanceId, copy.instanceId() + 1);
  }

  /** Holds a custom field, replacing one with its id. */
  public synchronized void putField(String owner, CustomField field) {
    require(owner).fields.put(field.id().value(), field);
  }

  /** Holds a want as given, replacing the entry of its release. */
  public synchronized void putWant(String owner, WantEntry<R> want) {
    requireRating(want.rating());
    require(owner).wants.put(want.releaseId(), want);
  }

  /** Sets what the user's collection is worth. */
  public synchronized void putWorth(String owner, Worth worth) {
    require(owner).worth = Objects.requireNonNull(worth, "worth");
  }

  /** Tells whether the caller acts as the user. */
  public static boolean isOwner(Caller caller, String user) {
    return caller.isUser() && caller.username().orElseThrow().equals(user);
  }

  private Account<R> require(String user) {
    Account<R> account = accounts.get(user);
    if (account == null) {
      throw UserMessages.notFound();
    }
    return account;
  }

  private Account<R> readableCollection(Caller caller, String owner) {
    Account<R> account = require(owner);
    if (!isOwner(caller, owner) && !account.collectionPublic) {
      throw UserMessages.notAllowedToView();
    }
    return account;
  }

  private Account<R> readableFolder(Caller caller, String owner, long folder) {
    Account<R> account = readableCollection(caller, owner);
    if (!isOwner(caller, owner) && folder != 0) {
      throw UserMessages.notAllowedToView();
    }
    if (folder != 0 && !account.folders.containsKey(folder)) {
      throw UserMessages.notFound();
    }
    return account;
  }

  private Instance<R> seenBy(Caller caller, Account<R> account, Instance<R> copy) {
    if (isOwner(caller, account.username)) {
      return copy;
    }
    Map<Long, String> shown = new LinkedHashMap<>();
    copy.notes()
        .forEach(
            (field, value) -> {
              if (account.isPublicField(field)) {
                shown.put(field, value);
              }
            });
    return copy.withNotes(shown);
  }

  private static void requireChangeable(Account<?> account, long folder) {
    if (folder <= 1) {
      throw UserMessages.folderNotUsable(folder);
    }
    if (!account.folders.containsKey(folder)) {
      throw UserMessages.notFound();
    }
  }

  private static void requireTarget(Account<?> account, long folder) {
    if (folder == 0) {
      throw UserMessages.folderNotUsable(0);
    }
    if (!account.folders.containsKey(folder)) {
      throw UserMessages.notFound();
    }
  }

  private Instance<R> find(Account<R> account, InstanceAddress at) {
    Instance<R> copy = account.instances.get(at.instance());
    if (copy == null || copy.releaseId() != at.release() || copy.folderId() != at.folder()) {
      throw UserMessages.notFound();
    }
    return copy;
  }

  private WantEntry<R> edit(
      Account<R> account, WantEntry<R> held, Optional<String> notes, Optional<Integer> rating) {
    WantEntry<R> edited =
        new WantEntry<>(
            held.releaseId(),
            requireRating(rating.orElse(held.rating())),
            notes.orElse(held.notes()),
            held.notesPublic(),
            held.dateAdded(),
            held.release());
    account.wants.put(held.releaseId(), edited);
    return edited;
  }

  private static int requireRating(int rating) {
    if (rating < 0 || rating > 5) {
      throw UserMessages.invalidRating();
    }
    return rating;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw UserMessages.missingFolderName();
    }
    return name;
  }

  private String now() {
    return OffsetDateTime.now(clock)
        .truncatedTo(ChronoUnit.SECONDS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}

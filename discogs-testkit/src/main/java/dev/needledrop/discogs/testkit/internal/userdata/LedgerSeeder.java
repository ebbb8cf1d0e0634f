package dev.needledrop.discogs.testkit.internal.userdata;

import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Seeds collections and wantlists from the port's records into a {@link UserLedger}, the same way
 * for the stub and for the fakes; they differ only in how they hold a release's description.
 * Thread-safe as the ledger is.
 *
 * @param <R> how the double describes a release: JSON for the stub, a record for the fakes
 */
public final class LedgerSeeder<R> {

  private final Supplier<UserLedger<R>> ledger;
  private final Function<BasicInformation, R> describe;

  /**
   * Creates a seeder of the ledger.
   *
   * @param describe turns a release's description into the form the ledger holds
   */
  public LedgerSeeder(Supplier<UserLedger<R>> ledger, Function<BasicInformation, R> describe) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.describe = Objects.requireNonNull(describe, "describe");
  }

  /**
   * Runs a change to a double's data, reporting a refusal plainly.
   *
   * @throws IllegalArgumentException when the data refuses the change, as for an unknown user
   */
  public static void seed(Runnable change) {
    // The data refuses an unknown user as the API would, with a 404; seeding reports it plainly.
    try {
      change.run();
    } catch (ApiError refused) {
      throw new IllegalArgumentException("cannot seed: " + refused.getMessage(), refused);
    }
  }

  /** Makes the user's collection public or private. */
  public void setCollectionPublic(Username user, boolean isPublic) {
    seed(() -> ledger.get().setCollectionPublic(user.value(), isPublic));
  }

  /** Makes the user's wantlist public or private. */
  public void setWantlistPublic(Username user, boolean isPublic) {
    seed(() -> ledger.get().setWantlistPublic(user.value(), isPublic));
  }

  /** Adds or renames one of the user's collection folders. */
  public void putFolder(Username user, Folder folder) {
    seed(() -> ledger.get().putFolder(user.value(), folder.id().value(), folder.name()));
  }

  /** Puts a copy in the user's collection, with its notes in their order. */
  public void putCollectionItem(Username user, CollectionItem item) {
    Map<Long, String> notes = new LinkedHashMap<>();
    item.notes().forEach(note -> notes.put(note.fieldId().value(), note.value()));
    Instance<R> copy =
        new Instance<>(
            item.instanceId().value(),
            item.releaseId().value(),
            item.folderId().value(),
            item.rating(),
            item.dateAdded().map(Object::toString).orElse(""),
            describe.apply(item.release()),
            notes);
    seed(() -> ledger.get().putInstance(user.value(), copy));
  }

  /** Adds or replaces one of the user's collection note fields. */
  public void putField(Username user, CustomField field) {
    seed(() -> ledger.get().putField(user.value(), field));
  }

  /** Sets what the user's collection is worth. */
  public void putCollectionValue(
      Username user, BigDecimal minimum, BigDecimal median, BigDecimal maximum) {
    seed(() -> ledger.get().putWorth(user.value(), new Worth(minimum, median, maximum)));
  }

  /** Puts a release on the user's wantlist. */
  public void putWant(Username user, Want want) {
    WantEntry<R> entry =
        new WantEntry<>(
            want.releaseId().value(),
            want.rating(),
            want.notes(),
            want.notesPublic(),
            want.dateAdded().map(Object::toString).orElse(""),
            describe.apply(want.release()));
    seed(() -> ledger.get().putWant(user.value(), entry));
  }
}

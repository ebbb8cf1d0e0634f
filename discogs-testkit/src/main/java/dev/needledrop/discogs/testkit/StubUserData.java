package dev.needledrop.discogs.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueWriter;
import dev.needledrop.discogs.testkit.internal.catalogue.UserDataWriter;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.userdata.Instance;
import dev.needledrop.discogs.testkit.internal.userdata.UserLedger;
import dev.needledrop.discogs.testkit.internal.userdata.WantEntry;
import dev.needledrop.discogs.testkit.internal.userdata.Worth;
import dev.needledrop.discogs.testkit.internal.users.UserDataStore;
import dev.needledrop.discogs.testkit.internal.users.UserDataStore.SubmissionKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The users a {@link StubDiscogsServer} knows, with their profiles, collections, wantlists, lists
 * and what they added to the database, held as Discogs JSON.
 *
 * <p>Every user with a token has an account from the start; {@value
 * StubDiscogsServer#DEFAULT_USERNAME} is seeded by default with responses recorded from Discogs.
 * Records put here are written as Discogs would send them, so that they come back through any
 * client as they went in. Changes take effect at once. Thread-safe.
 */
public final class StubUserData implements UserDataSeeder {

  private final UserDataStore store;

  StubUserData(UserDataStore store) {
    this.store = store;
  }

  @Override
  public void putUser(UserProfile profile) {
    seed(() -> store.putProfile(UserDataWriter.profile(profile)));
  }

  @Override
  public void clearUser(Username user) {
    seed(() -> store.clearUser(user.value()));
  }

  @Override
  public void setCollectionPublic(Username user, boolean isPublic) {
    seed(() -> ledger().setCollectionPublic(user.value(), isPublic));
  }

  @Override
  public void setWantlistPublic(Username user, boolean isPublic) {
    seed(() -> ledger().setWantlistPublic(user.value(), isPublic));
  }

  @Override
  public void putFolder(Username user, Folder folder) {
    seed(() -> ledger().putFolder(user.value(), folder.id().value(), folder.name()));
  }

  @Override
  public void putCollectionItem(Username user, CollectionItem item) {
    Map<Long, String> notes = new LinkedHashMap<>();
    item.notes().forEach(note -> notes.put(note.fieldId().value(), note.value()));
    Instance<ObjectNode> copy =
        new Instance<>(
            item.instanceId().value(),
            item.releaseId().value(),
            item.folderId().value(),
            item.rating(),
            item.dateAdded().map(Object::toString).orElse(""),
            UserDataWriter.basicInformation(item.release()),
            notes);
    seed(() -> ledger().putInstance(user.value(), copy));
  }

  @Override
  public void putField(Username user, CustomField field) {
    seed(() -> ledger().putField(user.value(), field));
  }

  @Override
  public void putCollectionValue(
      Username user, BigDecimal minimum, BigDecimal median, BigDecimal maximum) {
    seed(() -> ledger().putWorth(user.value(), new Worth(minimum, median, maximum)));
  }

  @Override
  public void putWant(Username user, Want want) {
    WantEntry<ObjectNode> entry =
        new WantEntry<>(
            want.releaseId().value(),
            want.rating(),
            want.notes(),
            want.notesPublic(),
            want.dateAdded().map(Object::toString).orElse(""),
            UserDataWriter.basicInformation(want.release()));
    seed(() -> ledger().putWant(user.value(), entry));
  }

  @Override
  public void putList(Username owner, UserList list) {
    seed(() -> store.putList(owner.value(), UserDataWriter.list(list)));
  }

  @Override
  public void addSubmission(Username user, Submission submission) {
    seed(
        () -> {
          if (submission instanceof Submission.OfRelease release) {
            store.addSubmission(
                user.value(), SubmissionKind.RELEASES, CatalogueWriter.release(release.release()));
          } else if (submission instanceof Submission.OfArtist artist) {
            store.addSubmission(
                user.value(), SubmissionKind.ARTISTS, CatalogueWriter.artist(artist.artist()));
          } else if (submission instanceof Submission.OfLabel label) {
            store.addSubmission(
                user.value(), SubmissionKind.LABELS, CatalogueWriter.label(label.label()));
          }
        });
  }

  @Override
  public void addContribution(Username user, Release release) {
    seed(() -> store.addContribution(user.value(), CatalogueWriter.release(release)));
  }

  /** Holds a profile given as Discogs JSON, as its owner sees it; it needs an id and username. */
  public void putUser(String profileJson) {
    seed(() -> store.putProfile(StubJson.parse(profileJson)));
  }

  private UserLedger<ObjectNode> ledger() {
    return store.ledger();
  }

  // The store refuses an unknown user as the API would, with a 404; seeding reports it plainly.
  private static void seed(Runnable change) {
    try {
      change.run();
    } catch (ApiError refused) {
      throw new IllegalArgumentException("cannot seed: " + refused.getMessage(), refused);
    }
  }
}

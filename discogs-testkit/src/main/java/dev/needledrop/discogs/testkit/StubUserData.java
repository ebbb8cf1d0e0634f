package dev.needledrop.discogs.testkit;

import static dev.needledrop.discogs.testkit.internal.userdata.LedgerSeeder.seed;

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
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.userdata.LedgerSeeder;
import dev.needledrop.discogs.testkit.internal.users.UserDataStore;
import dev.needledrop.discogs.testkit.internal.users.UserDataStore.SubmissionKind;
import java.math.BigDecimal;

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
  private final LedgerSeeder<ObjectNode> ledger;

  StubUserData(UserDataStore store) {
    this.store = store;
    this.ledger = new LedgerSeeder<>(store::ledger, UserDataWriter::basicInformation);
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
    ledger.setCollectionPublic(user, isPublic);
  }

  @Override
  public void setWantlistPublic(Username user, boolean isPublic) {
    ledger.setWantlistPublic(user, isPublic);
  }

  @Override
  public void putFolder(Username user, Folder folder) {
    ledger.putFolder(user, folder);
  }

  @Override
  public void putCollectionItem(Username user, CollectionItem item) {
    ledger.putCollectionItem(user, item);
  }

  @Override
  public void putField(Username user, CustomField field) {
    ledger.putField(user, field);
  }

  @Override
  public void putCollectionValue(
      Username user, BigDecimal minimum, BigDecimal median, BigDecimal maximum) {
    ledger.putCollectionValue(user, minimum, median, maximum);
  }

  @Override
  public void putWant(Username user, Want want) {
    ledger.putWant(user, want);
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
}

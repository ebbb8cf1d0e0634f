package dev.needledrop.discogs.testkit;

import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.model.wantlist.Want;
import java.math.BigDecimal;

/**
 * Puts users' data into a test double, so that the same test data can seed the in-memory fakes
 * ({@code InMemoryUserData}) and the stub server ({@link StubUserData}) alike.
 *
 * <p>Every user starts as a new account: a profile, folders 0 ("All") and 1 ("Uncategorized"), the
 * three default custom fields, an empty public collection and wantlist. Putting an object with the
 * id of a held one replaces it; lists keep the order things were added in. Seeding is not checked
 * for ownership, but it is for consistency: a copy needs a folder the user has (not folder 0), and
 * ratings run from 0 to 5. Methods naming an unknown user fail with an {@code
 * IllegalArgumentException}, except {@link #putUser}, which adds one.
 */
public interface UserDataSeeder {

  /** Adds a user with the profile, or replaces a known user's profile (the id must stay). */
  void putUser(UserProfile profile);

  /** Puts the user back where a new account starts; the username and id stay. */
  void clearUser(Username user);

  /** Makes the user's collection public (as it starts) or private. */
  void setCollectionPublic(Username user, boolean isPublic);

  /** Makes the user's wantlist public (as it starts) or private. */
  void setWantlistPublic(Username user, boolean isPublic);

  /** Holds a folder of the user's (its id above 1); its count follows the copies put in it. */
  void putFolder(Username user, Folder folder);

  /** Holds a copy in the user's collection, in its folder, with its notes. */
  void putCollectionItem(Username user, CollectionItem item);

  /** Holds a custom field of the user's collection. */
  void putField(Username user, CustomField field);

  /** Sets what the user's collection is worth, in whatever currency the user's profile names. */
  void putCollectionValue(Username user, BigDecimal minimum, BigDecimal median, BigDecimal maximum);

  /** Holds a release on the user's wantlist. */
  void putWant(Username user, Want want);

  /** Holds a list of the user's; a list without an owner gets the user as its owner. */
  void putList(Username owner, UserList list);

  /** Adds a submission of the user's, after those held. */
  void addSubmission(Username user, Submission submission);

  /** Adds a release the user contributed, after those held. */
  void addContribution(Username user, Release release);
}

package dev.needledrop.discogs.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.model.wantlist.WantUpdate;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.data.TestBasicInformation;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.data.TestWants;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the wantlist port ({@link WantlistApi}), run against the in-memory fake and
 * against the HTTP adapter over the stub server. Hooks and set-up as in {@link
 * CollectionApiContract}: before each test both users are put back to new accounts.
 */
public abstract class WantlistApiContract {

  /** The user {@link #wantlist()} acts as. */
  protected static final Username USER = Username.of(StubDiscogsServer.DEFAULT_USERNAME);

  /** Another user, who sees {@link #USER}'s wantlist only as the public does. */
  protected static final Username OTHER_USER = Username.of(StubDiscogsServer.OTHER_USERNAME);

  private static final AtomicLong IDS = new AtomicLong(920_000_000L);
  private static final PageRequest FIRST = PageRequest.of(1, 50);

  /** Returns the wantlist under test, called as {@link #USER} with the user's token. */
  protected abstract WantlistApi wantlist();

  /** Returns the wantlist under test over the same data, called as {@link #OTHER_USER}. */
  protected abstract WantlistApi otherUsersWantlist();

  /** Returns the wantlist under test over the same data, called without credentials. */
  protected abstract WantlistApi anonymousWantlist();

  /** Returns the seeder that puts users' data where the wantlist under test reads it. */
  protected abstract UserDataSeeder seeder();

  /** Returns the seeder of the releases that can be added to wantlists. */
  protected abstract DatabaseSeeder catalogue();

  /** Returns how many calls the backend has served so far (requests, or fake method calls). */
  protected abstract int requestCount();

  @BeforeEach
  void startFromNewAccounts() {
    seeder().clearUser(USER);
    seeder().clearUser(OTHER_USER);
  }

  private static long freshId() {
    return IDS.addAndGet(100);
  }

  private Want seedWant(String notes, boolean notesPublic) {
    Want want = TestWants.want(freshId()).rating(3).notes(notes).notesPublic(notesPublic).build();
    seeder().putWant(USER, want);
    return want;
  }

  private ReleaseId seedRelease() {
    Release release = TestReleases.release(freshId()).title("A Love Supreme").build();
    catalogue().putRelease(release);
    return release.id();
  }

  private List<Want> wants() {
    return wantlist().wants(USER, FIRST).items();
  }

  @Nested
  class Wants {

    @Test
    void returnsTheSeededEntriesWithEveryPartInOrder() {
      Want first = seedWant("first pressing only", false);
      long id = freshId();
      Want second =
          TestWants.want(id)
              .release(TestBasicInformation.release(id).title("Second").master(99).noYear().build())
              .build();
      seeder().putWant(USER, second);

      assertThat(wants()).containsExactly(first, second);
    }

    @Test
    void pagesAndStreamsTheWantlist() {
      List<Want> seeded = Stream.generate(() -> seedWant("", false)).limit(3).toList();
      int before = requestCount();

      Stream<Want> all = wantlist().allWants(USER);
      assertThat(requestCount()).isEqualTo(before);
      assertThat(all).containsExactlyElementsOf(seeded);

      Page<Want> second = wantlist().wants(USER, PageRequest.of(2, 2));
      assertThat(second.pagination()).isEqualTo(new Pagination(2, 2, 2, 3));
      assertThat(second.items()).containsExactly(seeded.get(2));
    }

    @Test
    void hidesNotesTheOwnerKeepsPrivateFromOthers() {
      seedWant("private thought", false);
      seedWant("for everyone", true);

      assertThat(otherUsersWantlist().wants(USER, FIRST).items())
          .extracting(Want::notes)
          .containsExactly("", "for everyone");
      assertThat(wants())
          .extracting(Want::notes)
          .containsExactly("private thought", "for everyone");
    }

    @Test
    void refusesOthersAPrivateWantlist() {
      seeder().setWantlistPublic(USER, false);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersWantlist().wants(USER, FIRST))
          .satisfies(
              error -> assertThat(error.serverMessage()).contains("authenticate as the owner"));
      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> anonymousWantlist().wants(USER, FIRST));
    }

    @Test
    void withholdsImagesFromAnonymousCallers() {
      seedWant("", false);

      assertThat(anonymousWantlist().wants(USER, FIRST).items())
          .singleElement()
          .satisfies(want -> assertThat(want.release().thumb()).isEmpty());
    }

    @Test
    void failsWithNotFoundForAnUnknownUser() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> wantlist().wants(Username.of("nobody_" + freshId()), FIRST));
    }
  }

  @Nested
  class AddWant {

    @Test
    void addsAReleaseWithItsNoteAndRating() {
      ReleaseId release = seedRelease();

      Want added =
          wantlist()
              .addWant(
                  USER, release, WantUpdate.notes("any pressing").withRating(ItemRating.of(4)));

      assertThat(added.releaseId()).isEqualTo(release);
      assertThat(added.notes()).isEqualTo("any pressing");
      assertThat(added.rating()).isEqualTo(4);
      assertThat(added.release().title()).isEqualTo("A Love Supreme");
      assertThat(added.dateAdded()).isPresent();
      assertThat(wants()).containsExactly(added);
    }

    @Test
    void addsAReleaseWithoutNoteOrRating() {
      ReleaseId release = seedRelease();

      Want added = wantlist().addWant(USER, release);

      assertThat(added.notes()).isEmpty();
      assertThat(added.rating()).isZero();
    }

    @Test
    void updatesTheEntryOfAReleaseWantedAlready() {
      ReleaseId release = seedRelease();
      wantlist().addWant(USER, release, WantUpdate.notes("first"));

      Want again = wantlist().addWant(USER, release, WantUpdate.rating(ItemRating.of(2)));

      assertThat(again.notes()).isEqualTo("first");
      assertThat(again.rating()).isEqualTo(2);
      assertThat(wants()).hasSize(1);
    }

    @Test
    void failsWithNotFoundForAnUnknownRelease() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> wantlist().addWant(USER, ReleaseId.of(freshId())))
          .satisfies(error -> assertThat(error.serverMessage()).isEqualTo("Release not found."));
    }

    @Test
    void refusesAnotherUsersWantlist() {
      ReleaseId release = seedRelease();

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersWantlist().addWant(USER, release));
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousWantlist().addWant(USER, release));
      assertThat(wants()).isEmpty();
    }
  }

  @Nested
  class EditWant {

    @Test
    void changesTheNoteAndKeepsTheRating() {
      Want want = seedWant("old", false);

      Want edited = wantlist().editWant(USER, want.releaseId(), WantUpdate.notes("new"));

      assertThat(edited.notes()).isEqualTo("new");
      assertThat(edited.rating()).isEqualTo(3);
      assertThat(wants()).containsExactly(edited);
    }

    @Test
    void changesTheRatingAndClearsTheNote() {
      Want want = seedWant("old", false);

      Want edited =
          wantlist()
              .editWant(USER, want.releaseId(), WantUpdate.notes("").withRating(ItemRating.NONE));

      assertThat(edited.notes()).isEmpty();
      assertThat(edited.rating()).isZero();
    }

    @Test
    void failsWithNotFoundForAReleaseNotWanted() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(
              () -> wantlist().editWant(USER, ReleaseId.of(freshId()), WantUpdate.notes("x")));
    }

    @Test
    void refusesAnotherUsersWantlist() {
      Want want = seedWant("mine", false);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () -> otherUsersWantlist().editWant(USER, want.releaseId(), WantUpdate.notes("x")));
    }
  }

  @Nested
  class RemoveWant {

    @Test
    void removesTheRelease() {
      Want kept = seedWant("", false);
      Want removed = seedWant("", false);

      wantlist().removeWant(USER, removed.releaseId());

      assertThat(wants()).containsExactly(kept);
    }

    @Test
    void failsWithNotFoundForAReleaseNotWanted() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> wantlist().removeWant(USER, ReleaseId.of(freshId())));
    }

    @Test
    void refusesAnotherUsersWantlist() {
      Want want = seedWant("", false);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersWantlist().removeWant(USER, want.releaseId()));
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousWantlist().removeWant(USER, want.releaseId()));
      assertThat(wants()).hasSize(1);
    }
  }
}

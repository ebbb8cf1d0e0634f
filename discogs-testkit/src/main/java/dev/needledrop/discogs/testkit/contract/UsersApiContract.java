package dev.needledrop.discogs.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.needledrop.discogs.api.ContributionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.user.ProfileUpdate;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import dev.needledrop.discogs.testkit.data.TestCollectionItems;
import dev.needledrop.discogs.testkit.data.TestLists;
import dev.needledrop.discogs.testkit.data.TestProfiles;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.data.TestWants;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the users port ({@link UsersApi}), run against the in-memory fake and against
 * the HTTP adapter over the stub server. Hooks and set-up as in {@link CollectionApiContract}:
 * before each test both users are put back to new accounts.
 */
public abstract class UsersApiContract extends UserSectionContract {

  private static final AtomicLong IDS = new AtomicLong(930_000_000L);

  /** Returns the users section under test, called as {@link #USER} with the user's token. */
  protected abstract UsersApi users();

  /** Returns the users section under test over the same data, called as {@link #OTHER_USER}. */
  protected abstract UsersApi otherUsers();

  /** Returns the users section under test over the same data, called without credentials. */
  protected abstract UsersApi anonymousUsers();

  /** Returns how many calls the backend has served so far (requests, or fake method calls). */
  protected abstract int requestCount();

  private static long freshId() {
    return IDS.addAndGet(100);
  }

  private UserProfile seedProfile() {
    UserProfile profile =
        TestProfiles.profile(USER.value(), USER_ID)
            .name("Example User")
            .location("Example location")
            .profile("Collects [a=Miles Davis] records.")
            .currency(Currency.GBP)
            .rank(57.0)
            .ownerOnly("user@example.com", 4)
            .build();
    seeder().putUser(profile);
    return profile;
  }

  @Nested
  class IdentityLookup {

    @Test
    void returnsTheUserTheCredentialsActFor() {
      Identity identity = users().identity();

      assertThat(identity.username()).isEqualTo(USER);
      assertThat(identity.id()).isEqualTo(USER_ID);
      assertThat(identity.consumerName()).as("the application's name").isNotBlank();
      assertThat(otherUsers().identity().username()).isEqualTo(OTHER_USER);
    }

    @Test
    void refusesCallersWithoutAUser() {
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousUsers().identity());
    }
  }

  @Nested
  class Profile {

    @Test
    void showsTheOwnerEveryPartWithCountsOfWhatTheUserHolds() {
      UserProfile seeded = seedProfile();
      seeder().putCollectionItem(USER, TestCollectionItems.item(freshId(), freshId()).build());
      seeder().putWant(USER, TestWants.want(freshId()).build());
      seeder().putList(USER, TestLists.list(freshId()).isPublic(false).build());

      UserProfile profile = users().profile(USER);

      assertThat(profile).isEqualTo(TestProfiles.from(seeded).counts(1, 1).numLists(1).build());
    }

    @Test
    void hidesTheOwnersPrivatePartsFromOthers() {
      seedProfile();
      seeder().putList(USER, TestLists.list(freshId()).isPublic(false).build());
      seeder().putList(USER, TestLists.list(freshId()).build());

      UserProfile profile = otherUsers().profile(USER);

      assertThat(profile.email()).isEmpty();
      assertThat(profile.numUnread()).isEmpty();
      assertThat(profile.numLists()).isEqualTo(1);
      assertThat(profile.numCollection()).hasValue(0);
      assertThat(profile.name()).isEqualTo("Example User");
    }

    @Test
    void hidesTheCountsOfAPrivateCollectionAndWantlistFromOthers() {
      seeder().setCollectionPublic(USER, false);
      seeder().setWantlistPublic(USER, false);

      UserProfile profile = anonymousUsers().profile(USER);

      assertThat(profile.numCollection()).isEmpty();
      assertThat(profile.numWantlist()).isEmpty();
      assertThat(users().profile(USER).numCollection()).hasValue(0);
    }

    @Test
    void failsWithNotFoundForAnUnknownUser() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> users().profile(Username.of("nobody_" + freshId())));
    }
  }

  @Nested
  class EditProfile {

    @Test
    void changesTheGivenPartsAndKeepsTheOthers() {
      UserProfile seeded = seedProfile();

      UserProfile edited =
          users()
              .editProfile(
                  USER,
                  ProfileUpdate.builder()
                      .location("Berlin")
                      .homePage("")
                      .currency(Currency.EUR)
                      .build());

      assertThat(edited.location()).isEqualTo("Berlin");
      assertThat(edited.homePage()).isEmpty();
      assertThat(edited.currency()).contains(Currency.EUR);
      assertThat(edited.name()).isEqualTo(seeded.name());
      assertThat(edited.email()).isEqualTo(seeded.email());
      assertThat(users().profile(USER)).isEqualTo(edited);
    }

    @Test
    void refusesAnotherUsersProfile() {
      ProfileUpdate update = ProfileUpdate.builder().name("Impostor").build();

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsers().editProfile(USER, update));
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousUsers().editProfile(USER, update));
      assertThat(users().profile(USER).name()).isEmpty();
    }
  }

  @Nested
  class Submissions {

    @Test
    void pagesReleasesThenArtistsThenLabels() {
      long id = freshId();
      Release release = ContractRecords.release(id, "Qz" + id);
      Artist artist = ContractRecords.artist(id + 10, "Qz" + id);
      Label label = ContractRecords.label(id + 20, "Qz" + id);
      seeder().addSubmission(USER, new Submission.OfLabel(label));
      seeder().addSubmission(USER, new Submission.OfArtist(artist));
      seeder().addSubmission(USER, new Submission.OfRelease(release));

      Page<Submission> first = users().submissions(USER, PageRequest.of(1, 2));
      Page<Submission> second = users().submissions(USER, PageRequest.of(2, 2));

      assertThat(first.pagination()).isEqualTo(new Pagination(1, 2, 2, 3));
      assertThat(first.items())
          .containsExactly(new Submission.OfRelease(release), new Submission.OfArtist(artist));
      assertThat(second.items()).containsExactly(new Submission.OfLabel(label));
      assertThat(users().allSubmissions(USER))
          .extracting(Submission::id)
          .containsExactly(id, id + 10, id + 20);
    }

    @Test
    void returnsAnEmptyPageForAUserWithoutSubmissions() {
      assertThat(users().submissions(OTHER_USER, PageRequest.first()).items()).isEmpty();
    }
  }

  @Nested
  class Contributions {

    @Test
    void returnsTheContributedReleasesWithEveryPart() {
      long id = freshId();
      Release release = ContractRecords.release(id, "Qz" + id);
      seeder().addContribution(USER, release);

      assertThat(users().contributions(USER, Optional.empty(), PageRequest.first()).items())
          .containsExactly(release);
    }

    @Test
    void sortsByTheKeyAskedFor() {
      List<String> titles = List.of("Beta", "Alpha", "Gamma");
      titles.forEach(
          title ->
              seeder().addContribution(USER, TestReleases.release(freshId()).title(title).build()));

      Stream<Release> sorted =
          users().allContributions(USER, Optional.of(Sort.descending(ContributionSort.TITLE)));

      assertThat(sorted).extracting(Release::title).containsExactly("Gamma", "Beta", "Alpha");
    }

    @Test
    void streamsNothingBeforeItIsRead() {
      int before = requestCount();

      Stream<Release> all = users().allContributions(USER, Optional.empty());

      assertThat(requestCount()).isEqualTo(before);
      assertThat(all).isEmpty();
      assertThat(requestCount()).isEqualTo(before + 1);
    }
  }
}

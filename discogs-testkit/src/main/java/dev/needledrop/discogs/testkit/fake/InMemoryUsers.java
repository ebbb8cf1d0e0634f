package dev.needledrop.discogs.testkit.fake;

import static dev.needledrop.discogs.testkit.fake.FakeContext.userPath;

import dev.needledrop.discogs.api.ContributionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.api.access.UsersAccess;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.user.ProfileUpdate;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.internal.routing.Access;
import dev.needledrop.discogs.testkit.internal.userdata.ItemKeys;
import dev.needledrop.discogs.testkit.internal.userdata.ItemOrder;
import dev.needledrop.discogs.testkit.internal.userdata.StubApplication;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory {@link UsersApi} that behaves like the stub server: identity needs a user, profiles
 * show their private parts to their owner alone, only the owner edits a profile, and submissions
 * and contributions page and sort as the stub pages and sorts them. Thread-safe.
 */
public final class InMemoryUsers implements UsersApi {

  private final FakeContext context;

  InMemoryUsers(FakeContext context) {
    this.context = context;
  }

  @Override
  public Identity identity() {
    UsersAccess.IDENTITY.check(context.caller().accessLevel());
    return context.call(
        "GET",
        "/oauth/identity",
        () -> {
          Access.USER.check(context.caller(), Map.of());
          String user = context.caller().username().orElseThrow();
          return new Identity(
              context.data().userId(user), Username.of(user), StubApplication.CONSUMER_NAME);
        });
  }

  @Override
  public UserProfile profile(Username user) {
    UsersAccess.PROFILE.check(context.caller().accessLevel());
    String name = user.value();
    return context.call(
        "GET", userPath(name), () -> context.data().profile(context.caller(), name));
  }

  @Override
  public UserProfile editProfile(Username user, ProfileUpdate update) {
    UsersAccess.EDIT_PROFILE.check(context.caller().accessLevel());
    Objects.requireNonNull(update, "update");
    String name = user.value();
    return context.call(
        "POST",
        userPath(name),
        () -> {
          context.requireOwner(name);
          return context.data().editProfile(context.caller(), name, update);
        });
  }

  @Override
  public Page<Submission> submissions(Username user, PageRequest page) {
    UsersAccess.SUBMISSIONS.check(context.caller().accessLevel());
    String name = user.value();
    return context.call(
        "GET",
        userPath(name) + "/submissions",
        () -> FakeContext.page(context.data().submissions(name), page, this::seen));
  }

  @Override
  public Page<Release> contributions(
      Username user, Optional<Sort<ContributionSort>> sort, PageRequest page) {
    UsersAccess.CONTRIBUTIONS.check(context.caller().accessLevel());
    Objects.requireNonNull(sort, "sort");
    String name = user.value();
    return context.call(
        "GET",
        userPath(name) + "/contributions",
        () -> {
          List<Release> all = context.data().contributions(name);
          List<Release> sorted =
              sort.map(by -> ItemOrder.sort(all, InMemoryUsers::keys, by.key(), by.order()))
                  .orElse(all);
          return FakeContext.page(sorted, page, context::release);
        });
  }

  private Submission seen(Submission submission) {
    if (submission instanceof Submission.OfRelease release) {
      return new Submission.OfRelease(context.release(release.release()));
    }
    if (submission instanceof Submission.OfArtist artist) {
      return new Submission.OfArtist(Withholding.artist(artist.artist(), context.caller()));
    }
    if (submission instanceof Submission.OfLabel label) {
      return new Submission.OfLabel(Withholding.label(label.label(), context.caller()));
    }
    throw new IllegalStateException("unknown kind of submission: " + submission);
  }

  private static ItemKeys keys(Release release) {
    return new ItemKeys(
        release.artists().stream().findFirst().map(artist -> artist.name()).orElse(""),
        release.title(),
        release.labels().stream().findFirst().map(label -> label.name()).orElse(""),
        release.labels().stream().findFirst().map(label -> label.catno()).orElse(""),
        release.formats().stream().findFirst().map(format -> format.name()).orElse(""),
        release.year().orElse(0),
        (int) Math.round(release.community().rating().average() * 100),
        release.dateAdded().map(added -> added.raw()).orElse(""));
  }
}

package dev.needledrop.discogs.testkit.fake;

import static dev.needledrop.discogs.testkit.fake.FakeContext.userPath;

import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.api.access.WantlistAccess;
import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.model.wantlist.WantUpdate;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.internal.database.NotFound;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.userdata.UserLedger;
import dev.needledrop.discogs.testkit.internal.userdata.WantEntry;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory {@link WantlistApi} that behaves like the stub server: adding a release wanted
 * already updates its entry, notes the owner keeps private are hidden from others, private
 * wantlists refuse others with 403. Thread-safe.
 */
public final class InMemoryWantlist implements WantlistApi {

  private final FakeContext context;
  private final UserLedger<BasicInformation> ledger;

  InMemoryWantlist(FakeContext context) {
    this.context = context;
    this.ledger = context.data().ledger();
  }

  @Override
  public Page<Want> wants(Username user, PageRequest page) {
    WantlistAccess.WANTS.check(context.caller().accessLevel());
    String owner = user.value();
    return context.call(
        "GET",
        userPath(owner) + "/wants",
        () -> FakeContext.page(ledger.wants(context.caller(), owner), page, this::want));
  }

  @Override
  public Want addWant(Username user, ReleaseId release, WantUpdate details) {
    WantlistAccess.ADD_WANT.check(context.caller().accessLevel());
    Objects.requireNonNull(details, "details");
    String owner = user.value();
    return context.call(
        "PUT",
        wantPath(owner, release),
        () -> {
          context.requireOwner(owner);
          BasicInformation about = describe(owner, release.value());
          UserLedger.Written<BasicInformation> written =
              ledger.addWant(owner, release.value(), about, details.notes(), stars(details));
          return want(written.want());
        });
  }

  @Override
  public Want editWant(Username user, ReleaseId release, WantUpdate change) {
    WantlistAccess.EDIT_WANT.check(context.caller().accessLevel());
    Objects.requireNonNull(change, "change");
    String owner = user.value();
    return context.call(
        "POST",
        wantPath(owner, release),
        () -> {
          context.requireOwner(owner);
          return want(ledger.editWant(owner, release.value(), change.notes(), stars(change)));
        });
  }

  @Override
  public void removeWant(Username user, ReleaseId release) {
    WantlistAccess.REMOVE_WANT.check(context.caller().accessLevel());
    String owner = user.value();
    context.run(
        "DELETE",
        wantPath(owner, release),
        () -> {
          context.requireOwner(owner);
          ledger.removeWant(owner, release.value());
        });
  }

  // A release already wanted can be updated even when the catalogue does not hold it.
  private BasicInformation describe(String owner, long release) {
    return context
        .releases()
        .apply(release)
        .map(FakeContext::summarize)
        .or(
            () ->
                ledger.wants(context.caller(), owner).stream()
                    .filter(want -> want.releaseId() == release)
                    .map(WantEntry::release)
                    .findFirst())
        .orElseThrow(() -> ApiError.notFound(NotFound.RELEASE));
  }

  private Want want(WantEntry<BasicInformation> want) {
    return new Want(
        ReleaseId.of(want.releaseId()),
        want.rating(),
        want.notes(),
        want.notesPublic(),
        FakeContext.timestamp(want.dateAdded()),
        context.describe(want.release(), want.releaseId()));
  }

  private static Optional<Integer> stars(WantUpdate update) {
    return update.rating().map(ItemRating::stars);
  }

  private static String wantPath(String owner, ReleaseId release) {
    return userPath(owner) + "/wants/" + release;
  }
}

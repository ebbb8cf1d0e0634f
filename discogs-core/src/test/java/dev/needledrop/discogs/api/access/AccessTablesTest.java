package dev.needledrop.discogs.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.ImagesApi;
import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.auth.Requirement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each section's table has exactly one row per method a port implementation must write, and says
 * what the reference's endpoint summary (§9) says.
 */
class AccessTablesTest {

  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of(DatabaseApi.class, DatabaseAccess.values()),
        Arguments.of(CollectionApi.class, CollectionAccess.values()),
        Arguments.of(WantlistApi.class, WantlistAccess.values()),
        Arguments.of(ListsApi.class, ListsAccess.values()),
        Arguments.of(MarketplaceApi.class, MarketplaceAccess.values()),
        Arguments.of(InventoryApi.class, InventoryAccess.values()),
        Arguments.of(ImagesApi.class, ImagesAccess.values()),
        Arguments.of(UsersApi.class, UsersAccess.values()));
  }

  @ParameterizedTest
  @MethodSource("tables")
  void hasOneRowPerAbstractMethodOfThePort(Class<?> port, AccessRule[] rows) {
    Set<String> abstractMethods =
        Arrays.stream(port.getMethods())
            .filter(method -> Modifier.isAbstract(method.getModifiers()))
            .map(Method::getName)
            .collect(Collectors.toSet());

    assertThat(Arrays.stream(rows).map(AccessRule::method))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(abstractMethods);
  }

  @ParameterizedTest
  @MethodSource("tables")
  void namesEveryOperationForMessages(Class<?> port, AccessRule[] rows) {
    assertThat(rows).allSatisfy(row -> assertThat(row.operation()).isNotBlank());
  }

  @Test
  void followsTheAuthColumnOfTheEndpointSummary() {
    Map<AccessRule, Requirement> summary =
        Map.ofEntries(
            Map.entry(DatabaseAccess.SEARCH, Requirement.CREDENTIALS),
            Map.entry(DatabaseAccess.RATE_RELEASE, Requirement.OWNER),
            Map.entry(DatabaseAccess.DELETE_RELEASE_RATING, Requirement.OWNER),
            Map.entry(UsersAccess.IDENTITY, Requirement.USER),
            Map.entry(UsersAccess.EDIT_PROFILE, Requirement.OWNER),
            Map.entry(CollectionAccess.VALUE, Requirement.OWNER),
            Map.entry(CollectionAccess.FOLDERS, Requirement.NONE),
            Map.entry(WantlistAccess.WANTS, Requirement.NONE),
            Map.entry(WantlistAccess.ADD_WANT, Requirement.OWNER),
            Map.entry(MarketplaceAccess.CREATE_LISTING, Requirement.USER),
            Map.entry(MarketplaceAccess.ORDERS, Requirement.USER),
            Map.entry(MarketplaceAccess.ORDER, Requirement.OWNER),
            Map.entry(MarketplaceAccess.PRICE_SUGGESTIONS, Requirement.USER),
            Map.entry(MarketplaceAccess.FEE, Requirement.NONE),
            Map.entry(InventoryAccess.REQUEST_EXPORT, Requirement.USER),
            Map.entry(ListsAccess.LIST, Requirement.NONE),
            Map.entry(ImagesAccess.OPEN_IMAGE, Requirement.NONE));

    summary.forEach((row, requirement) -> assertThat(row.requirement()).isEqualTo(requirement));
  }

  @Test
  void needsNothingForAnyDatabaseLookup() {
    assertThat(DatabaseAccess.values())
        .filteredOn(row -> row.requirement() == Requirement.NONE)
        .extracting(AccessRule::method)
        .doesNotContain("search", "rateRelease", "deleteReleaseRating")
        .hasSize(DatabaseAccess.values().length - 3);
  }

  @Test
  void needsAUserForEveryInventoryJob() {
    assertThat(InventoryAccess.values())
        .allSatisfy(row -> assertThat(row.requirement()).isEqualTo(Requirement.USER));
  }
}

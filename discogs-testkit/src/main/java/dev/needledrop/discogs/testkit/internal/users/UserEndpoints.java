package dev.needledrop.discogs.testkit.internal.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.ContributionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.database.SortParameters;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.paging.Pager;
import dev.needledrop.discogs.testkit.internal.userdata.ItemOrder;
import dev.needledrop.discogs.testkit.internal.userdata.StubApplication;
import dev.needledrop.discogs.testkit.internal.userdata.UserMessages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers who a token acts for (E5), profiles (E42, E43), submissions (E44) and contributions
 * (E45). Profiles show their owner-only parts to the owner alone; an edit takes the texts and
 * {@code curr_abbr} from the body or the query.
 */
final class UserEndpoints {

  private static final List<String> EDITABLE =
      List.of("name", "home_page", "location", "profile", "curr_abbr");

  private final UserDataStore store;

  UserEndpoints(UserDataStore store) {
    this.store = store;
  }

  StubReply identity(StubRequest request) {
    String username = request.caller().username().orElseThrow();
    ObjectNode body = StubJson.object();
    body.put("id", store.userId(username));
    body.put("username", username);
    body.put("resource_url", UserJson.userUrl(username));
    // Discogs names the application the credentials belong to; the stub has one for all of them.
    body.put("consumer_name", StubApplication.CONSUMER_NAME);
    return StubReply.ok(body);
  }

  StubReply profile(StubRequest request) {
    return StubReply.ok(store.profile(request.caller(), request.variable("username")));
  }

  StubReply editProfile(StubRequest request) {
    Map<String, String> changes = new LinkedHashMap<>();
    EDITABLE.forEach(field -> request.text(field).ifPresent(value -> changes.put(field, value)));
    Optional.ofNullable(changes.get("curr_abbr")).ifPresent(UserEndpoints::requireCurrency);
    Caller owner = request.caller();
    return StubReply.ok(store.editProfile(owner, request.variable("username"), changes));
  }

  StubReply submissions(StubRequest request) {
    List<UserDataStore.Submitted> all = store.submissions(request.variable("username"));
    return Pager.page(
        request,
        all,
        (body, page) -> {
          ObjectNode grouped = body.putObject("submissions");
          for (UserDataStore.SubmissionKind kind : UserDataStore.SubmissionKind.values()) {
            ArrayNode items = grouped.putArray(kind.key());
            page.stream()
                .filter(submitted -> submitted.kind() == kind)
                .forEach(submitted -> items.add(submitted.object().deepCopy()));
          }
        });
  }

  StubReply contributions(StubRequest request) {
    List<ObjectNode> all = store.contributions(request.variable("username"));
    Optional<Sort<ContributionSort>> sort = SortParameters.read(request, ContributionSort.class);
    List<ObjectNode> sorted =
        sort.map(by -> ItemOrder.sort(all, UserJson::contributionKeys, by.key(), by.order()))
            .orElse(all);
    return Pager.reply(request, sorted, "contributions");
  }

  private static void requireCurrency(String code) {
    boolean known =
        Currency.discogsCurrencies().stream().anyMatch(currency -> currency.code().equals(code));
    if (!known) {
      throw UserMessages.invalidCurrency(
          Currency.discogsCurrencies().stream().map(Currency::code).toList());
    }
  }
}

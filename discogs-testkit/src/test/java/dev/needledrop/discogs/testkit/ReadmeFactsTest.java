package dev.needledrop.discogs.testkit;

import static dev.needledrop.discogs.testkit.StubDiscogsServer.SELLER_TOKEN;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Checks the numbers this module's README gives for the standard data against what the stub serves,
 * so that the README cannot drift from the recordings it describes.
 */
class ReadmeFactsTest {

  private static final String USER = "/users/example_user";

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private static String readme;

  private final StubClient client = new StubClient(stub.baseUrl());

  // Read with line breaks as spaces: the README wraps its sentences anywhere.
  @BeforeAll
  static void readReadme() throws IOException {
    String text = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    readme = text.replaceAll("\\s+", " ");
  }

  private JsonNode get(String path, String token) {
    return client.get(path).token(token).json();
  }

  private int items(String path, String token) {
    return get(path, token).path("pagination").path("items").asInt(-1);
  }

  @Test
  void countsExampleUsersCopiesFolderByFolder() {
    JsonNode folders = get(USER + "/collection/folders", USER_TOKEN).path("folders");
    List<String> parts = new ArrayList<>();
    int all = 0;
    for (JsonNode folder : folders) {
      int count = folder.path("count").asInt();
      if (folder.path("id").asLong() == 0) {
        all = count;
      } else {
        String copies = count == 0 ? "none" : Integer.toString(count);
        parts.add(
            copies
                + " in folder "
                + folder.path("id").asLong()
                + " ("
                + folder.path("name").asText()
                + ")");
      }
    }

    assertThat(readme).contains(all + " copies: " + sentence(parts) + ";");
  }

  @Test
  void countsExampleUsersWantsListsSubmissionsAndContributions() {
    String counts =
        items(USER + "/wants", USER_TOKEN)
            + " wants, "
            + items(USER + "/lists", USER_TOKEN)
            + " lists, "
            + items(USER + "/submissions", USER_TOKEN)
            + " submissions and "
            + items(USER + "/contributions", USER_TOKEN)
            + " contributions";

    assertThat(readme).contains(counts);
  }

  @Test
  void saysWhichCurrencyExampleUserSellsIn() {
    String currency = get(USER, USER_TOKEN).path("curr_abbr").asText();

    assertThat(currency).isEqualTo("EUR");
    assertThat(readme).contains("the owner's profile (selling in euros)");
  }

  @Test
  void countsTheRecordedListingsAndOrderMessages() {
    int listings = items("/users/example_seller/inventory", SELLER_TOKEN);
    int messages = items("/marketplace/orders/1-1/messages", SELLER_TOKEN);

    assertThat(readme)
        .contains("(" + listings + " listings of `example_seller`)")
        .contains("order `1-1` with its " + messages + " messages");
  }

  private static String sentence(List<String> parts) {
    if (parts.size() < 2) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}

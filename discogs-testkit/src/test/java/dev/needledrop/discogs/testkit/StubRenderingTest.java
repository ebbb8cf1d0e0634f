package dev.needledrop.discogs.testkit;

import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_KEY;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_SECRET;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StubRenderingTest {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private final StubClient client = new StubClient(stub.baseUrl());

  @Nested
  class Urls {

    @Test
    void rootsEveryApiUrlOfAReleaseAtTheStub() {
      HttpResponse<String> response = client.get("/releases/249504").send();

      JsonNode release = StubClient.json(response);
      assertThat(response.body()).doesNotContain("api.discogs.com");
      assertThat(release.path("resource_url").asText())
          .isEqualTo(stub.baseUrl() + "/releases/249504");
      assertThat(release.path("master_url").asText()).startsWith(stub.baseUrl() + "/masters/");
      assertThat(release.path("artists").get(0).path("resource_url").asText())
          .startsWith(stub.baseUrl() + "/artists/");
    }

    @Test
    void rootsTheOldHttpUrlsOfLegacyRecordingsAtTheStub() {
      HttpResponse<String> response = client.get("/masters/9800").send();

      assertThat(response.body()).doesNotContain("api.discogs.com");
      assertThat(StubClient.json(response).path("versions_url").asText())
          .isEqualTo(stub.baseUrl() + "/masters/9800/versions");
    }

    @Test
    void leavesWebsiteUrlsAlone() {
      JsonNode release = client.get("/releases/249504").json();

      assertThat(release.path("uri").asText()).startsWith("https://www.discogs.com/");
    }
  }

  @Nested
  class Images {

    @Test
    void blanksImageUrlsForAnonymousCallersButKeepsTheImages() {
      JsonNode artist = client.get("/artists/260935").json();

      JsonNode image = artist.path("images").get(0);
      assertThat(image.path("uri").asText()).isEmpty();
      assertThat(image.path("uri150").asText()).isEmpty();
      assertThat(image.path("resource_url").asText()).isEmpty();
      assertThat(image.path("width").asInt()).isEqualTo(600);
    }

    @Test
    void keepsImageUrlsForAnyCredentials() {
      JsonNode asUser = client.get("/artists/260935").token(USER_TOKEN).json();
      JsonNode asApp = client.get("/artists/260935").consumer(CONSUMER_KEY, CONSUMER_SECRET).json();

      assertThat(asUser.path("images").get(0).path("uri").asText()).startsWith("https://i.discogs");
      assertThat(asApp.path("images").get(0).path("uri").asText()).startsWith("https://i.discogs");
    }

    @Test
    void blanksThumbnailsOfListingsForAnonymousCallers() {
      JsonNode versions = client.get("/masters/52086/versions").json();

      assertThat(versions.path("versions").get(0).path("thumb").asText()).isEmpty();
    }
  }

  @Nested
  class UserParts {

    @Test
    void keepsUserStatsForAUser() {
      JsonNode versions = client.get("/masters/52086/versions").token(USER_TOKEN).json();

      assertThat(versions.path("versions").get(0).path("stats").has("user")).isTrue();
    }

    @Test
    void dropsUserStatsForOtherCallers() {
      JsonNode versions =
          client.get("/masters/52086/versions").consumer(CONSUMER_KEY, CONSUMER_SECRET).json();

      JsonNode stats = versions.path("versions").get(0).path("stats");
      assertThat(stats.has("community")).isTrue();
      assertThat(stats.has("user")).isFalse();
    }
  }

  @Nested
  class TextFlavours {

    @Test
    void leavesMarkupAsIsByDefault() {
      HttpResponse<String> response = client.get("/labels/1000").send();

      assertThat(StubClient.json(response).path("profile").asText()).contains("[l403953]");
      assertThat(response.headers().firstValue("X-Discogs-Media-Type")).hasValue("discogs.v2");
    }

    @Test
    void stripsMarkupForPlaintext() {
      HttpResponse<String> response =
          client
              .get("/labels/1000")
              .header("Accept", "application/vnd.discogs.v2.plaintext+json")
              .send();

      String profile = StubClient.json(response).path("profile").asText();
      assertThat(profile).doesNotContain("[l403953]", "[b]", "[/i]", "[u]", "[U]");
      assertThat(profile).contains("Known to have used label 403953 for pressing.");
      assertThat(response.headers().firstValue("X-Discogs-Media-Type")).hasValue("plaintext.v2");
    }

    @Test
    void resolvesLinkedObjectsTheStubHolds() {
      stub.catalogue()
          .putRelease(
              "{\"id\": 990001, \"title\": \"Linked\", \"notes\": \"See [a23755] on [r=249504].\"}");

      JsonNode release =
          client
              .get("/releases/990001")
              .header("Accept", "application/vnd.discogs.v2.plaintext+json")
              .json();

      assertThat(release.path("notes").asText())
          .isEqualTo("See Miles Davis on Never Gonna Give You Up.");
    }

    @Test
    void namesTheKindAndIdOfLinkedObjectsTheStubDoesNotHold() {
      stub.catalogue()
          .putRelease(
              "{\"id\": 990003, \"title\": \"Unlinked\", \"notes\":"
                  + " \"[m=5460], [l403953], [a119] and [r=123].\"}");

      String plain =
          client
              .get("/releases/990003")
              .header("Accept", "application/vnd.discogs.v2.plaintext+json")
              .json()
              .path("notes")
              .asText();
      String html =
          client
              .get("/releases/990003")
              .header("Accept", "application/vnd.discogs.v2.html+json")
              .json()
              .path("notes")
              .asText();

      assertThat(plain).isEqualTo("master 5460, label 403953, artist 119 and release 123.");
      assertThat(html).contains("<a href=\"/master/5460\">master 5460</a>");
    }

    @Test
    void rendersMarkupAsHtml() {
      stub.catalogue()
          .putArtist(
              "{\"id\": 990002, \"name\": \"Marked\", \"profile\": "
                  + "\"[b]Bold[/b] & [url=https://example.com]site[/url]\\n[a=Someone]\"}");

      HttpResponse<String> response =
          client
              .get("/artists/990002")
              .header("Accept", "application/vnd.discogs.v2.html+json")
              .send();

      assertThat(StubClient.json(response).path("profile").asText())
          .isEqualTo(
              "<b>Bold</b> &amp; <a href=\"https://example.com\">site</a><br>"
                  + "<a href=\"/artist/Someone\">Someone</a>");
      assertThat(response.headers().firstValue("X-Discogs-Media-Type")).hasValue("html.v2");
    }
  }
}

package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.net.http.HttpResponse;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StubPaginationTest {

  private static final long LABEL = 777001;

  @RegisterExtension
  static final StubDiscogsServerExtension stub =
      StubDiscogsServerExtension.create(builder -> builder.standardCatalogue(false));

  private final StubClient client = new StubClient(stub.baseUrl());

  @BeforeAll
  static void seedACatalogueOf23Releases() {
    stub.catalogue().putLabel("{\"id\": " + LABEL + ", \"name\": \"Paging Records\"}");
    IntStream.rangeClosed(1, 23)
        .forEach(
            i ->
                stub.catalogue()
                    .addLabelRelease(
                        LABEL, "{\"id\": " + (5000 + i) + ", \"title\": \"Item " + i + "\"}"));
  }

  @Nested
  class Numbers {

    @Test
    void defaultsTo50PerPageFromPage1() {
      JsonNode pagination = get("").path("pagination");

      assertThat(pagination.path("page").asInt()).isEqualTo(1);
      assertThat(pagination.path("per_page").asInt()).isEqualTo(50);
      assertThat(pagination.path("pages").asInt()).isEqualTo(1);
      assertThat(pagination.path("items").asInt()).isEqualTo(23);
    }

    @Test
    void servesTheAskedPageWithAShortLastPage() {
      JsonNode body = get("?page=3&per_page=10");

      assertThat(body.path("pagination").path("pages").asInt()).isEqualTo(3);
      assertThat(body.path("releases")).hasSize(3);
      assertThat(body.path("releases").get(0).path("id").asLong()).isEqualTo(5021);
    }

    @Test
    void answersAPagePastTheEndWithNoItems() {
      JsonNode body = get("?page=9&per_page=10");

      assertThat(body.path("pagination").path("page").asInt()).isEqualTo(9);
      assertThat(body.path("releases")).isEmpty();
    }

    @Test
    void clampsThePageSizeTo100() {
      JsonNode body = get("?per_page=500");

      assertThat(body.path("pagination").path("per_page").asInt()).isEqualTo(100);
    }

    @Test
    void clampsThePageSizeToAtLeast1() {
      JsonNode body = get("?per_page=0");

      assertThat(body.path("pagination").path("per_page").asInt()).isEqualTo(1);
      assertThat(body.path("releases")).hasSize(1);
    }
  }

  @Nested
  class Links {

    @Test
    void holdsOnlyTheLinksThatApply() {
      JsonNode first = get("?per_page=10").path("pagination").path("urls");
      JsonNode middle = get("?page=2&per_page=10").path("pagination").path("urls");
      JsonNode only = get("").path("pagination").path("urls");

      assertThat(first.fieldNames()).toIterable().containsExactly("next", "last");
      assertThat(middle.fieldNames()).toIterable().containsExactly("first", "prev", "next", "last");
      assertThat(only).isEmpty();
    }

    @Test
    void rootsLinksAtTheStubAndRepeatsTheOtherParameters() {
      JsonNode urls = get("?page=2&per_page=10&curr=caf%C3%A9").path("pagination").path("urls");

      String base = stub.baseUrl() + "/labels/" + LABEL + "/releases?curr=caf%C3%A9";
      assertThat(urls.path("next").asText()).isEqualTo(base + "&page=3&per_page=10");
      assertThat(urls.path("prev").asText()).isEqualTo(base + "&page=1&per_page=10");
      assertThat(urls.path("last").asText()).isEqualTo(base + "&page=3&per_page=10");
    }

    @Test
    void mirrorsTheUrlsInTheLinkHeader() {
      HttpResponse<String> response =
          client.get("/labels/" + LABEL + "/releases?page=2&per_page=10").send();

      JsonNode urls = StubClient.json(response).path("pagination").path("urls");
      assertThat(response.headers().firstValue("Link"))
          .hasValue(
              "<"
                  + urls.path("first").asText()
                  + ">; rel=\"first\", "
                  + "<"
                  + urls.path("prev").asText()
                  + ">; rel=\"prev\", "
                  + "<"
                  + urls.path("next").asText()
                  + ">; rel=\"next\", "
                  + "<"
                  + urls.path("last").asText()
                  + ">; rel=\"last\"");
    }

    @Test
    void sendsNoLinkHeaderForASinglePage() {
      HttpResponse<String> response = client.get("/labels/" + LABEL + "/releases").send();

      assertThat(response.headers().firstValue("Link")).isEmpty();
    }

    @Test
    void pointsBackToTheLastPageFromPastTheEnd() {
      JsonNode urls = get("?page=9&per_page=10").path("pagination").path("urls");

      assertThat(urls.path("prev").asText()).endsWith("page=3&per_page=10");
      assertThat(urls.has("next")).isFalse();
    }
  }

  private JsonNode get(String query) {
    return client.get("/labels/" + LABEL + "/releases" + query).json();
  }
}

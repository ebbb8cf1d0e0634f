package dev.needledrop.discogs.testkit;

import static dev.needledrop.discogs.testkit.StubDiscogsServer.SELLER_TOKEN;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.testkit.support.RawHttp;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stub's marketplace, inventory and image endpoints over plain HTTP: what the recorded fixtures
 * serve, who sees what, the headers of job requests and downloads, and the exact bodies of Discogs'
 * errors.
 */
class StubMarketplaceEndpointsTest {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private final StubClient client = new StubClient(stub.baseUrl());

  private static String multipart(String boundary, String filename, String csv) {
    return "--"
        + boundary
        + "\r\n"
        + "Content-Disposition: form-data; name=\"upload\"; filename=\""
        + filename
        + "\"\r\n"
        + "Content-Type: text/csv\r\n\r\n"
        + csv
        + "\r\n--"
        + boundary
        + "--\r\n";
  }

  @Nested
  class RecordedListings {

    @Test
    void servesARecordedListingWithItsUrlsRootedAtTheStub() {
      JsonNode listing = client.get("/marketplace/listings/172723812").json();

      assertThat(listing.path("price").path("value").asInt()).isEqualTo(120);
      assertThat(listing.path("seller").path("username").asText()).isEqualTo("example_seller");
      assertThat(listing.path("resource_url").asText())
          .isEqualTo(stub.baseUrl() + "/marketplace/listings/172723812");
      assertThat(listing.has("in_cart")).isFalse();
    }

    @Test
    void keepsTheAmountsOfARecordedListingToTheDigit() {
      HttpResponse<String> response = client.get("/marketplace/listings/1265949252").send();

      assertThat(response.body()).contains("\"value\": 89.34117647058824");
      assertThat(response.body()).contains("\"shipping_price\": {}");
    }

    @Test
    void showsTheOwnerOnlyWeightToItsSellerAlone() {
      JsonNode anonymous = client.get("/marketplace/listings/157624565").json();
      JsonNode seller = client.get("/marketplace/listings/157624565").token(SELLER_TOKEN).json();

      assertThat(anonymous.has("weight")).isFalse();
      assertThat(seller.path("weight").decimalValue()).isEqualByComparingTo("239");
      assertThat(seller.path("in_cart").asBoolean(true)).isFalse();
    }

    @Test
    void servesTheSellersInventoryFromEveryRecording() {
      JsonNode page = client.get("/users/example_seller/inventory?per_page=100").json();

      assertThat(page.path("pagination").path("items").asInt()).isEqualTo(57);
      assertThat(page.path("listings"))
          .allSatisfy(l -> assertThat(l.path("status").asText()).isEqualTo("For Sale"));
    }

    @Test
    void refusesAnUnknownStatusFilterWithDiscogsExactBody() {
      HttpResponse<String> response =
          client.get("/users/example_seller/inventory?status=Pending").send();

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(response.body())
          .isEqualTo(
              "{\"message\": \"Invalid status: expected one of All, Deleted, Draft, Expired,"
                  + " For Sale, Sold, Suspended, Violation.\"}");
    }

    @Test
    void answersAnUnknownSellerWithNotFound() {
      assertThat(client.get("/users/nobody_at_all/inventory").send().statusCode()).isEqualTo(404);
    }
  }

  @Nested
  class ListingWrites {

    @Test
    void createsAListingWith201AndItsResourceUrlOnTheStub() {
      HttpResponse<String> response =
          client
              .call("POST", "/marketplace/listings")
              .token(USER_TOKEN)
              .jsonBody(
                  "{\"release_id\": 249504, \"condition\": \"Mint (M)\", \"price\": 22.50,"
                      + " \"status\": \"Draft\"}")
              .send();

      assertThat(response.statusCode()).isEqualTo(201);
      JsonNode body = StubClient.json(response);
      long id = body.path("listing_id").asLong();
      assertThat(body.path("resource_url").asText())
          .isEqualTo(stub.baseUrl() + "/marketplace/listings/" + id);
      HttpResponse<String> created =
          client.get("/marketplace/listings/" + id).token(USER_TOKEN).send();
      // example_user's recorded profile sells in euros: the price is in the seller's currency.
      assertThat(created.body()).contains("\"price\": {\"value\": 22.50, \"currency\": \"EUR\"}");
      assertThat(StubClient.json(created).path("release").path("description").asText())
          .isEqualTo("Rick Astley - Never Gonna Give You Up (Vinyl, 7\", 45 RPM, Single)");
    }

    @Test
    void answersABodyThatIsNotJsonWith400AsDiscogsDoes() {
      HttpResponse<String> response =
          client
              .call("POST", "/marketplace/listings")
              .token(USER_TOKEN)
              .body("application/json", "release_id=249504&condition=Mint")
              .send();

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).isEqualTo("{\"message\": \"Request body must be JSON.\"}");
    }

    @Test
    void acceptsTheListingFieldsInTheQueryToo() {
      HttpResponse<String> response =
          client
              .call(
                  "POST", "/marketplace/listings?release_id=249504&condition=Good%20(G)&price=3.00")
              .token(USER_TOKEN)
              .send();

      assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void refusesAConditionDiscogsDoesNotKnowNamingTheAllowedOnes() {
      HttpResponse<String> response =
          client
              .call("POST", "/marketplace/listings")
              .token(USER_TOKEN)
              .jsonBody("{\"release_id\": 249504, \"condition\": \"VG+\", \"price\": 1}")
              .send();

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(StubClient.json(response).path("message").asText())
          .startsWith("Invalid condition: expected one of Mint (M), Near Mint (NM or M-),");
    }
  }

  @Nested
  class Orders {

    @Test
    void servesTheRecordedOrderAndItsSevenMessagesToItsSeller() {
      JsonNode order = client.get("/marketplace/orders/1-1").token(SELLER_TOKEN).json();
      JsonNode messages = client.get("/marketplace/orders/1-1/messages").token(SELLER_TOKEN).json();

      assertThat(order.path("status").asText()).isEqualTo("New Order");
      assertThat(order.path("resource_url").asText())
          .isEqualTo(stub.baseUrl() + "/marketplace/orders/1-1");
      assertThat(messages.path("messages")).hasSize(7);
    }

    @Test
    void refusesAnotherUserWith403AndAnonymousCallersWith401() {
      assertThat(client.get("/marketplace/orders/1-1").token(USER_TOKEN).send().statusCode())
          .isEqualTo(403);
      assertThat(client.get("/marketplace/orders/1-1").send().statusCode()).isEqualTo(401);
    }

    @Test
    void refusesStatusAndShippingInOneRequest() {
      HttpResponse<String> response =
          client
              .call("POST", "/marketplace/orders/1-1")
              .token(SELLER_TOKEN)
              .jsonBody("{\"status\": \"Shipped\", \"shipping\": 5}")
              .send();

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(
              client
                  .get("/marketplace/orders/1-1")
                  .token(SELLER_TOKEN)
                  .json()
                  .path("status")
                  .asText())
          .isEqualTo("New Order");
    }
  }

  @Nested
  class PricesAndStats {

    @Test
    void computesTheFeeAsNinePercent() {
      assertThat(client.get("/marketplace/fee/10.00").send().body())
          .isEqualTo("{\"value\": 0.90, \"currency\": \"USD\"}");
      assertThat(client.get("/marketplace/fee/20.50/EUR").send().body())
          .isEqualTo("{\"value\": 1.85, \"currency\": \"EUR\"}");
      assertThat(client.get("/marketplace/fee/ten").send().statusCode()).isEqualTo(422);
      assertThat(client.get("/marketplace/fee/10.00/XYZ").send().statusCode()).isEqualTo(422);
    }

    @Test
    void servesTheRecordedSuggestionsToAUserOnly() {
      HttpResponse<String> suggestions =
          client.get("/marketplace/price_suggestions/10567529").token(USER_TOKEN).send();

      assertThat(suggestions.body()).contains("\"value\": 14.319139100000001");
      assertThat(client.get("/marketplace/price_suggestions/10567529").send().statusCode())
          .isEqualTo(401);
      assertThat(
              client
                  .get("/marketplace/price_suggestions/10567529")
                  .consumer(StubDiscogsServer.CONSUMER_KEY, StubDiscogsServer.CONSUMER_SECRET)
                  .send()
                  .statusCode())
          .isEqualTo(401);
    }

    @Test
    void servesRecordedStatsAndNullsWhenNothingIsForSale() {
      JsonNode documented = client.get("/marketplace/stats/1").json();
      JsonNode none = client.get("/marketplace/stats/9536040").json();

      assertThat(documented.path("num_for_sale").asInt()).isEqualTo(26);
      assertThat(none.path("lowest_price").isNull()).isTrue();
      assertThat(none.path("num_for_sale").isNull()).isTrue();
      assertThat(none.path("blocked_from_sale").asBoolean(true)).isFalse();
    }
  }

  @Nested
  class Exports {

    @Test
    void answersAnExportRequestWithALocationOnTheStubAndARunningJob() {
      HttpResponse<String> response =
          client.call("POST", "/inventory/export").token(SELLER_TOKEN).send();

      assertThat(response.statusCode()).isEqualTo(200);
      String location = response.headers().firstValue("Location").orElseThrow();
      assertThat(location).startsWith(stub.baseUrl() + "/inventory/export/");
      JsonNode job = StubClient.json(response);
      assertThat(job.path("status").asText()).isEqualTo("in progress");
      assertThat(job.path("finished_ts").isNull()).isTrue();
      assertThat(job.path("download_url").isNull()).isTrue();
      assertThat(job.path("filename").isNull()).isTrue();

      String path = URI.create(location).getPath();
      assertThat(client.get(path).token(SELLER_TOKEN).json().path("status").asText())
          .isEqualTo("in progress");
      JsonNode done = client.get(path).token(SELLER_TOKEN).json();
      assertThat(done.path("status").asText()).isEqualTo("success");
      assertThat(done.path("download_url").asText()).isEqualTo(location + "/download");

      HttpResponse<byte[]> download =
          client.get(path + "/download").token(SELLER_TOKEN).sendForBytes();
      assertThat(download.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
      assertThat(download.headers().firstValue("Content-Disposition"))
          .contains("attachment; filename=" + done.path("filename").asText());
      assertThat(download.headers().firstValueAsLong("Content-Length"))
          .hasValue(download.body().length);
      String csv = new String(download.body(), StandardCharsets.UTF_8);
      assertThat(csv.lines()).hasSize(58);
    }

    @Test
    void answersAConditionalReadWith304WhenNothingChanged() {
      HttpResponse<String> response =
          client
              .get("/inventory/export/599632")
              .token(USER_TOKEN)
              .header("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT")
              .send();

      assertThat(response.statusCode()).isEqualTo(304);
      assertThat(response.body()).isEmpty();
      assertThat(response.headers().firstValue("X-Discogs-Ratelimit-Used")).isPresent();
    }

    @Test
    void servesTheRecordedExportWithItsLastModified() {
      HttpResponse<String> response =
          client.get("/inventory/export/599632").token(USER_TOKEN).send();

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Last-Modified"))
          .contains("Thu, 27 Sep 2018 12:59:02 GMT");
      assertThat(client.get("/inventory/export/599632").token(SELLER_TOKEN).send().statusCode())
          .isEqualTo(404);
    }
  }

  @Nested
  class Uploads {

    @Test
    void appliesAMultipartCsvAndAnswersWithALocation() {
      String boundary = "b0undary";
      HttpResponse<String> response =
          client
              .call("POST", "/inventory/upload/add")
              .token(USER_TOKEN)
              .body(
                  "multipart/form-data; boundary=" + boundary,
                  multipart(
                      boundary,
                      "add.csv",
                      "release_id,price,media_condition\n249504,9.99,Mint (M)\n"))
              .send();

      assertThat(response.statusCode()).isEqualTo(200);
      String location = response.headers().firstValue("Location").orElseThrow();
      assertThat(location).startsWith(stub.baseUrl() + "/inventory/upload/");
      JsonNode upload = client.get(URI.create(location).getPath()).token(USER_TOKEN).json();
      assertThat(upload.path("status").asText()).isEqualTo("success");
      assertThat(upload.path("filename").asText()).isEqualTo("add.csv");
      assertThat(upload.path("results").asText())
          .isEqualTo("CSV file contains 1 records.<p>Processed 1 records.");
    }

    @Test
    void refusesAnUploadThatIsNotMultipartWith415() {
      HttpResponse<String> response =
          client
              .call("POST", "/inventory/upload/add")
              .token(USER_TOKEN)
              .body("text/csv", "release_id,price,media_condition\n")
              .send();

      assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void refusesAFormWithoutThePartNamedUploadWith422() {
      String body =
          "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
              + "x\r\n--b--\r\n";
      HttpResponse<String> response =
          client
              .call("POST", "/inventory/upload/change")
              .token(USER_TOKEN)
              .body("multipart/form-data; boundary=b", body)
              .send();

      assertThat(response.statusCode()).isEqualTo(422);
    }
  }

  @Nested
  class Images {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @Test
    void servesAnIssuedImageAndCountsItInTheCallersWindow() {
      URI url = stub.server().images().issue("R-249504-1.png", "image/png", PNG);
      String path = url.getRawPath() + "?" + url.getRawQuery();

      HttpResponse<byte[]> first = client.get(path).token(USER_TOKEN).sendForBytes();
      HttpResponse<byte[]> second = client.get(path).token(USER_TOKEN).sendForBytes();

      assertThat(url.toString())
          .startsWith(stub.baseUrl() + "/fake-images/R-249504-1.png?signature=");
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.body()).isEqualTo(PNG);
      assertThat(first.headers().firstValue("Content-Type")).contains("image/png");
      int usedFirst =
          Integer.parseInt(first.headers().firstValue("X-Discogs-Ratelimit-Used").orElseThrow());
      int usedSecond =
          Integer.parseInt(second.headers().firstValue("X-Discogs-Ratelimit-Used").orElseThrow());
      assertThat(usedSecond).isEqualTo(usedFirst + 1);
    }

    @Test
    void answersATamperedUrlWith404() {
      URI url = stub.server().images().issue("R-1-1.png", "image/png", PNG);
      stub.server().images().issue("R-2-1.png", "image/png", PNG);
      String signature = url.getRawQuery();

      assertThat(client.get("/fake-images/R-2-1.png?" + signature).send().statusCode())
          .isEqualTo(404);
      assertThat(client.get("/fake-images/R-1-1.png?signature=forged").send().statusCode())
          .isEqualTo(404);
      assertThat(client.get("/fake-images/R-1-1.png").send().statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnImageFetchWithoutUserAgent() {
      URI url = stub.server().images().issue("R-3-1.png", "image/png", PNG);

      String answer =
          RawHttp.exchange(
              stub.server().port(),
              "GET " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1",
              "Host: 127.0.0.1");

      assertThat(answer).startsWith("HTTP/1.1 403");
    }
  }
}

package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.DiscogsConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Plays the user's browser on the stub's authorize page, which {@code login --stub} needs since no
 * one is there to click: the page approves at once and sends the browser on to the callback, or
 * shows the verifier for an out-of-band login. Only ever pointed at the stub this run started.
 */
final class StubBrowser {

  private StubBrowser() {}

  /** Visits the page and follows its redirect to the callback, as a browser would. */
  static void follow(URI page, DiscogsConfig config) {
    HttpResponse<String> approved = visit(page, config);
    approved
        .headers()
        .firstValue("Location")
        .map(URI::create)
        .ifPresentOrElse(
            callback -> visit(callback, config),
            () -> {
              throw new CommandFailure("the stub's authorize page did not send the browser back");
            });
  }

  /** Visits the page of an out-of-band login and reads the verifier it shows. */
  static String readVerifier(URI page, DiscogsConfig config) {
    for (String pair : visit(page, config).body().strip().split("&")) {
      if (pair.startsWith("oauth_verifier=")) {
        return URLDecoder.decode(
            pair.substring("oauth_verifier=".length()), StandardCharsets.UTF_8);
      }
    }
    throw new CommandFailure("the stub's authorize page showed no verifier");
  }

  private static HttpResponse<String> visit(URI page, DiscogsConfig config) {
    HttpClient browser =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(page)
            .header("User-Agent", config.userAgent())
            .timeout(Duration.ofSeconds(10))
            .build();
    try {
      return browser.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new CommandFailure("the stub's authorize page could not be reached: " + failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted while visiting the stub's authorize page");
    }
  }
}

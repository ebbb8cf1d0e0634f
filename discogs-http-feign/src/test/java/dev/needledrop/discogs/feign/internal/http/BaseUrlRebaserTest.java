package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlRebaserTest {

  private final BaseUrlRebaser stub = new BaseUrlRebaser(URI.create("http://127.0.0.1:8080"));

  @Test
  void putsTheDiscogsPathAndQueryUnderTheConfiguredBase() {
    assertThat(stub.rebase("https://api.discogs.com/artists/1/releases?page=3&per_page=5"))
        .contains(URI.create("http://127.0.0.1:8080/artists/1/releases?page=3&per_page=5"));
  }

  @Test
  void neverKeepsTheHostTheResponseNamed() {
    assertThat(stub.rebase("https://evil.example:9999/releases/1"))
        .contains(URI.create("http://127.0.0.1:8080/releases/1"));
  }

  @Test
  void keepsTheBasePathPrefix() {
    BaseUrlRebaser proxy = new BaseUrlRebaser(URI.create("https://proxy.example/discogs"));

    assertThat(proxy.rebase("http://api.discogs.com/masters/9800"))
        .contains(URI.create("https://proxy.example/discogs/masters/9800"));
  }

  @Test
  void acceptsRootRelativePaths() {
    assertThat(stub.rebase("/labels/1/releases?page=2"))
        .contains(URI.create("http://127.0.0.1:8080/labels/1/releases?page=2"));
  }

  @Test
  void dropsCredentialParametersAResponseCarries() {
    assertThat(
            stub.rebase(
                "https://api.discogs.com/database/search?type=release&token=TOKEN&page=2"
                    + "&key=k&secret=s&oauth_token=o&per_page=50"))
        .contains(
            URI.create("http://127.0.0.1:8080/database/search?type=release&page=2&per_page=50"));
  }

  @Test
  void keepsPercentEncodingAsItWas() {
    assertThat(stub.rebase("https://api.discogs.com/users/dj%20a%2Bb%2Fc/wants?page=2"))
        .contains(URI.create("http://127.0.0.1:8080/users/dj%20a%2Bb%2Fc/wants?page=2"));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "",
        "   ",
        "releases/1",
        "ftp://api.discogs.com/releases/1",
        "javascript:alert(1)",
        "mailto:someone@example.com",
        "https://api.discogs.com/../admin",
        "https://api.discogs.com/releases/./1",
        "http://[not a url"
      })
  void refusesWhatItCannotFollowSafely(String url) {
    assertThat(stub.rebase(url)).isEmpty();
  }

  @Test
  void refusesNull() {
    assertThat(stub.rebase(null)).isEmpty();
  }
}

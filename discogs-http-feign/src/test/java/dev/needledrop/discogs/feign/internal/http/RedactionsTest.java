package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionsTest {

  @Test
  void hidesCredentialQueryValuesAndKeepsTheRest() {
    assertThat(
            Redactions.url(
                "/database/search?q=token&token=s3cr3t&KEY=k3y&secret=sh"
                    + "&oauth_signature=sig&page=1"))
        .isEqualTo(
            "/database/search?q=token&token=****&KEY=****&secret=****&oauth_signature=****&page=1");
  }

  @Test
  void leavesUrlsWithoutQueryAlone() {
    assertThat(Redactions.url("/releases/1")).isEqualTo("/releases/1");
  }

  @Test
  void hidesAuthorizationHeadersOnly() {
    assertThat(Redactions.headerValue("authorization", "Discogs token=abc")).isEqualTo("****");
    assertThat(Redactions.headerValue("Proxy-Authorization", "Basic xyz")).isEqualTo("****");
    assertThat(Redactions.headerValue("User-Agent", "App/1.0")).isEqualTo("App/1.0");
  }
}

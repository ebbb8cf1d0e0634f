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
  void hidesCredentialAndSessionHeadersWhole() {
    assertThat(Redactions.headerValue("authorization", "Discogs token=abc")).isEqualTo("****");
    assertThat(Redactions.headerValue("Proxy-Authorization", "Basic xyz")).isEqualTo("****");
    assertThat(Redactions.headerValue("Set-Cookie", "session=s3ss10n; HttpOnly")).isEqualTo("****");
    assertThat(Redactions.headerValue("cookie", "session=s3ss10n")).isEqualTo("****");
  }

  @Test
  void hidesCredentialsAServerEchoesInOtherHeaders() {
    assertThat(Redactions.headerValue("X-Echo", "Discogs token=canary-123"))
        .isEqualTo("Discogs token=****")
        .doesNotContain("canary");
    assertThat(Redactions.headerValue("X-Echo", "OAuth oauth_signature=\"c%26t\", x=1"))
        .doesNotContain("c%26t");
  }

  @Test
  void leavesOtherHeadersAlone() {
    assertThat(Redactions.headerValue("User-Agent", "App/1.0")).isEqualTo("App/1.0");
    assertThat(Redactions.headerValue("X-Discogs-Ratelimit", "60")).isEqualTo("60");
  }
}

package dev.needledrop.discogs.testkit.internal.oauthserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.SignableRequest;
import dev.needledrop.discogs.oauth.OAuthSigner;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever the SDK's signer signs, the stub's own verifier accepts, and only with the right
 * secrets: arbitrary Unicode in query names and values, form parameters and every credential.
 */
class StubVerifiesTheSignerPropertyTest {

  private static final URI ORIGIN = URI.create("http://127.0.0.1:8080");

  @Property(tries = 400)
  void verifiesEverySignatureOfTheSigner(
      @ForAll("credentials") String consumerKey,
      @ForAll("credentials") String consumerSecret,
      @ForAll("credentials") String token,
      @ForAll("credentials") String tokenSecret,
      @ForAll("texts") List<String> query,
      @ForAll("texts") List<String> form,
      @ForAll boolean hmac,
      @ForAll boolean post) {
    SignatureMethod method = hmac ? SignatureMethod.HMAC_SHA1 : SignatureMethod.PLAINTEXT;
    OAuthCredentials credentials =
        new OAuthCredentials(consumerKey, consumerSecret, token, tokenSecret, method);
    String pathAndQuery = "/database/search" + queryOf(query);
    Map<String, List<String>> formParameters = post ? pairsOf(form) : Map.of();
    String header =
        OAuthSigner.create(credentials)
            .authorizationHeader(
                new SignableRequest(
                    post ? "POST" : "GET", URI.create(ORIGIN + pathAndQuery), formParameters));

    SignedRequest received =
        receive(post ? "POST" : "GET", pathAndQuery, header, post ? formBody(form) : "");

    assertThat(Signatures.verify(received, consumerSecret, tokenSecret)).isTrue();
    assertThat(Signatures.verify(received, consumerSecret + "x", tokenSecret)).isFalse();
    assertThat(Signatures.verify(received, consumerSecret, tokenSecret + "x")).isFalse();
  }

  @Provide
  Arbitrary<String> credentials() {
    return text().filter(value -> !value.isBlank()).filter(StubVerifiesTheSignerPropertyTest::safe);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return text().list().ofMaxSize(6);
  }

  private static boolean safe(String value) {
    return value.chars().noneMatch(Character::isISOControl);
  }

  private static Arbitrary<String> text() {
    Arbitrary<Integer> codePoints =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
            Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
            Tuple.of(2, Arbitraries.integers().between(0xE000, 0x10FFFF)));
    return codePoints
        .list()
        .ofMaxSize(12)
        .map(
            points -> {
              StringBuilder text = new StringBuilder();
              points.forEach(text::appendCodePoint);
              return text.toString();
            });
  }

  // Names and values alternate; a missing last value is empty.
  private static Map<String, List<String>> pairsOf(List<String> texts) {
    Map<String, List<String>> pairs = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i += 2) {
      String value = i + 1 < texts.size() ? texts.get(i + 1) : "";
      pairs.computeIfAbsent(texts.get(i), name -> new java.util.ArrayList<>()).add(value);
    }
    return pairs;
  }

  private static String queryOf(List<String> texts) {
    String query = formBody(texts);
    return query.isEmpty() ? "" : "?" + query;
  }

  private static String formBody(List<String> texts) {
    return pairsOf(texts).entrySet().stream()
        .flatMap(
            entry ->
                entry.getValue().stream()
                    .map(
                        value ->
                            QueryString.encode(entry.getKey()) + "=" + QueryString.encode(value)))
        .collect(Collectors.joining("&"));
  }

  private static SignedRequest receive(
      String method, String pathAndQuery, String header, String body) {
    URI target = URI.create(pathAndQuery);
    return SignedRequest.of(
        method,
        target.getRawPath(),
        QueryString.parse(target.getRawQuery()),
        Optional.of(ORIGIN.getRawAuthority()),
        Optional.of(header),
        body.isEmpty() ? "" : "application/x-www-form-urlencoded",
        body.getBytes(StandardCharsets.UTF_8),
        ORIGIN);
  }
}

package dev.needledrop.discogs.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.SignableRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For arbitrary Unicode parameters and secrets, what the signer produces is accepted by the
 * independent verifier in the test sources, which rebuilds the base string on its own.
 */
class SigningPropertyTest {

  record Request(String method, URI url, Map<String, List<String>> form) {}

  @Provide
  Arbitrary<OAuthCredentials> credentials() {
    Arbitrary<String> credential = UnicodeArbitraries.credential();
    return Combinators.combine(
            credential, credential, credential, credential, Arbitraries.of(SignatureMethod.class))
        .as(OAuthCredentials::new);
  }

  @Provide
  Arbitrary<Request> requests() {
    Arbitrary<List<String[]>> pairs =
        Combinators.combine(UnicodeArbitraries.text(), UnicodeArbitraries.text())
            .as((name, value) -> new String[] {name, value})
            .list()
            .ofMaxSize(5);
    return Combinators.combine(Arbitraries.of("GET", "POST", "PUT", "DELETE"), pairs, pairs)
        .as((method, query, form) -> new Request(method, url(query), form(form)));
  }

  @Property
  void theIndependentVerifierAcceptsEverySignature(
      @ForAll("credentials") OAuthCredentials credentials, @ForAll("requests") Request request) {
    String header = headerFor(credentials, request);

    assertThat(verifies(request, header, credentials.consumerSecret(), credentials.tokenSecret()))
        .isTrue();
    assertThat(IndependentOAuthVerifier.parseHeader(header))
        .containsEntry("oauth_consumer_key", credentials.consumerKey())
        .containsEntry("oauth_token", credentials.token())
        .containsEntry("oauth_version", "1.0");
  }

  @Property
  void plaintextSignaturesAreTheEncodedSecretsAndVerify(
      @ForAll("credentials") OAuthCredentials any, @ForAll("requests") Request request) {
    OAuthCredentials credentials =
        OAuthCredentials.of(
            any.consumerKey(), any.consumerSecret(), any.token(), any.tokenSecret());

    String header = headerFor(credentials, request);

    assertThat(IndependentOAuthVerifier.parseHeader(header))
        .containsEntry(
            "oauth_signature",
            IndependentOAuthVerifier.rfcEncode(credentials.consumerSecret())
                + "&"
                + IndependentOAuthVerifier.rfcEncode(credentials.tokenSecret()));
    assertThat(verifies(request, header, credentials.consumerSecret(), credentials.tokenSecret()))
        .isTrue();
  }

  @Property
  void theVerifierRejectsAnotherTokenSecret(
      @ForAll("credentials") OAuthCredentials credentials, @ForAll("requests") Request request) {
    String header = headerFor(credentials, request);

    assertThat(
            verifies(
                request, header, credentials.consumerSecret(), credentials.tokenSecret() + "x"))
        .isFalse();
  }

  private static String headerFor(OAuthCredentials credentials, Request request) {
    SignableRequest signable = new SignableRequest(request.method(), request.url(), request.form());
    return OAuthSigner.create(credentials).authorizationHeader(signable);
  }

  private static boolean verifies(
      Request request, String header, String consumerSecret, String tokenSecret) {
    return IndependentOAuthVerifier.verifies(
        request.method(), request.url(), request.form(), header, consumerSecret, tokenSecret);
  }

  // The query is written the way an adapter sends it: each name and value percent-encoded.
  private static URI url(List<String[]> query) {
    String encoded =
        query.stream()
            .map(
                p ->
                    IndependentOAuthVerifier.rfcEncode(p[0])
                        + "="
                        + IndependentOAuthVerifier.rfcEncode(p[1]))
            .collect(Collectors.joining("&"));
    return URI.create(
        "https://api.discogs.com/users/example_user/collection"
            + (encoded.isEmpty() ? "" : "?" + encoded));
  }

  private static Map<String, List<String>> form(List<String[]> pairs) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    pairs.forEach(p -> form.merge(p[0], List.of(p[1]), SigningPropertyTest::concat));
    return form;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}

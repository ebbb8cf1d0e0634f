package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.testkit.contract.AccessRulesContract;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/** The access rules, enforced by the in-memory fakes exactly as by the HTTP adapter. */
class InMemoryAccessRulesContractTest extends AccessRulesContract {

  private static final String IMAGE = "https://i.discogs.com/fake/R-1.jpeg";

  private final InMemoryDiscogs fake = InMemoryDiscogs.create();

  InMemoryAccessRulesContractTest() {
    fake.images().put(IMAGE, "image/jpeg", "jpeg".getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  protected Discogs client(AccessLevel level) {
    return switch (level) {
      case NONE -> fake.asAnonymous();
      case APPLICATION -> fake.asApplication();
      case USER -> fake.asUser(USER.value());
    };
  }

  @Override
  protected OptionalLong requestsReceived() {
    return OptionalLong.empty();
  }

  @Override
  protected String imageUrl() {
    return IMAGE;
  }
}

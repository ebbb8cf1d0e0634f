package dev.needledrop.discogs.archfixtures.testkit;

/** Breaks the signature rule: a public testkit method returning a Jackson DTO. */
public class StubLeakingAJacksonDto {

  public StubPayload payload() {
    return new StubPayload("hello");
  }
}

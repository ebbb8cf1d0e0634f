package dev.needledrop.discogs.testkit.internal.userdata;

/**
 * The one application every credential of the stub and the fakes belongs to, as Discogs names an
 * application in its identity answer.
 */
public final class StubApplication {

  /** The application name the identity call answers with, whatever the credentials. */
  public static final String CONSUMER_NAME = "Needledrop Stub Application";

  private StubApplication() {}
}

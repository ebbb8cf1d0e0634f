package dev.needledrop.discogs.observability;

/** Ignores every event. */
final class NoListener implements CallListener {

  static final NoListener INSTANCE = new NoListener();

  private NoListener() {}

  @Override
  public String toString() {
    return "CallListener.none()";
  }
}

package dev.needledrop.discogs.retry;

/** Never retries. */
final class NoRetries implements RetryPolicy {

  static final NoRetries INSTANCE = new NoRetries();

  private NoRetries() {}

  @Override
  public RetryDecision decide(FailedAttempt attempt) {
    return RetryDecision.giveUp();
  }

  @Override
  public String toString() {
    return "RetryPolicy.none()";
  }
}

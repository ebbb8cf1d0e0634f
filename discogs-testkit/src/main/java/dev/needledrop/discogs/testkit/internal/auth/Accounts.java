package dev.needledrop.discogs.testkit.internal.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The credentials the stub knows: personal tokens of users and the consumers table (key, secret),
 * which serves Discogs Auth and OAuth alike.
 */
public final class Accounts {

  private final Map<String, String> usersByToken = new ConcurrentHashMap<>();
  private final Map<String, String> secretsByKey = new ConcurrentHashMap<>();

  /** Registers a user's personal token. */
  public void addUser(String username, String token) {
    usersByToken.put(token, username);
  }

  /** Registers an application's consumer key and secret. */
  public void addConsumer(String key, String secret) {
    secretsByKey.put(key, secret);
  }

  /** Returns the user owning a token. */
  public Optional<String> userOf(String token) {
    return Optional.ofNullable(usersByToken.get(token));
  }

  /** Tells whether a user of that name has a token. */
  public boolean hasUser(String username) {
    return usersByToken.containsValue(username);
  }

  /** Returns the secret of an application's consumer key. */
  public Optional<String> consumerSecret(String key) {
    return Optional.ofNullable(secretsByKey.get(key));
  }

  /** Tells whether the key and secret belong together. */
  public boolean isConsumer(String key, String secret) {
    return secret.equals(secretsByKey.get(key));
  }
}

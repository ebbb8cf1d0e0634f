package dev.needledrop.discogs.feign.internal;

import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import java.util.Objects;

/**
 * Points each request of a resource at the API's base URL. Feign's own target writes out the whole
 * URL of every request once more only to see whether it is absolute already; here that is known
 * from the method: only a method taking its URL as an argument (such as a followed pagination link)
 * brings its own, and is handled as Feign would. Thread-safe.
 */
final class BaseUrlTarget<T> implements Target<T> {

  private final HardCodedTarget<T> feignTarget;

  BaseUrlTarget(Class<T> resource, String baseUrl) {
    this.feignTarget = new HardCodedTarget<>(resource, Objects.requireNonNull(baseUrl, "baseUrl"));
  }

  @Override
  public Class<T> type() {
    return feignTarget.type();
  }

  @Override
  public String name() {
    return feignTarget.name();
  }

  @Override
  public String url() {
    return feignTarget.url();
  }

  @Override
  public Request apply(RequestTemplate input) {
    if (input.methodMetadata() != null && input.methodMetadata().urlIndex() != null) {
      return feignTarget.apply(input);
    }
    input.target(feignTarget.url());
    return input.request();
  }

  @Override
  public String toString() {
    return feignTarget.toString();
  }
}

package dev.needledrop.discogs.archfixtures.feign;

/** Keeps to the rules: a public adapter class whose signature shows only plain types. */
public class FixtureFeignClient {

  public String call() {
    return "ok";
  }
}

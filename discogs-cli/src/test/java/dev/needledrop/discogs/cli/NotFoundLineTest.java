package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.error.FailedCall;
import dev.needledrop.discogs.error.NotFoundException;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line a 404 gets: what was not found, read from the path and message, and where to look. */
class NotFoundLineTest {

  private static final String GENERIC = "The requested resource was not found.";

  private static NotFoundException notFound(String method, String path, String message) {
    return new NotFoundException(new FailedCall(method, path, 404, message, "", Optional.empty()));
  }

  private static String line(String path, String message, boolean stub) {
    return Failure.of(notFound("GET", path, message), "the subject", stub).line();
  }

  @Nested
  class WhatWasNotFound {

    @ParameterizedTest(name = "{0} with \"{1}\" is {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "/releases/999 | Release not found. | release 999",
          "/masters/42 | Master Release not found. | master 42",
          "/artists/7 | Artist not found. | artist 7",
          "/labels/8 | Label not found. | label 8",
          "/users/u/collection/folders/999/releases | "
              + GENERIC
              + " | folder 999 of u's collection",
          "/users/u/collection/folders/0/releases | " + GENERIC + " | user u",
          "/users/u/wants/5 | Release not found. | release 5",
          "/users/u/wants/5 | " + GENERIC + " | release 5 on u's wantlist",
          "/users/u/collection/folders/1/releases/5/instances/9 | "
              + GENERIC
              + " | copy 9 in u's collection",
          "/users/u/collection/folders/1/releases/5/instances/9 | Release not found. | release 5",
          "/users/nobody | User does not exist or may have been deleted. | user nobody",
          "/marketplace/listings/12 | " + GENERIC + " | listing 12",
          "/marketplace/orders/1-9 | " + GENERIC + " | order 1-9",
          "/inventory/export/600001 | " + GENERIC + " | export 600001",
          "/inventory/upload/120001/ | " + GENERIC + " | upload 120001",
          "/lists/77 | " + GENERIC + " | list 77",
          "/users/a%20b/inventory | " + GENERIC + " | user a b"
        })
    void isNamedFromThePathAndTheMessage(String path, String message, String named) {
      assertThat(Missing.of(notFound("GET", path, message))).map(Missing::describe).contains(named);
    }

    @Test
    void fallsBackOnTheSubjectWhenThePathNamesNothing() {
      assertThat(line("/nowhere", GENERIC, false))
          .isEqualTo("the subject not found (GET /nowhere answered 404: " + GENERIC + ")");
    }
  }

  @Nested
  class Hints {

    @Test
    void pointToTheFoldersOfTheCollection() {
      assertThat(line("/users/u/collection/folders/9/releases", GENERIC, true))
          .isEqualTo(
              "folder 9 of u's collection not found in the stub (GET"
                  + " /users/u/collection/folders/9/releases answered 404: "
                  + GENERIC
                  + "); 'discogs --stub collection folders u' lists the folders");
    }

    @Test
    void pointToTheRecordedListingsAndOrderOfTheStub() {
      assertThat(line("/marketplace/listings/1", GENERIC, true))
          .endsWith("; try 'discogs --stub inventory example_seller' to see the recorded listings");
      assertThat(line("/marketplace/orders/2-2", GENERIC, true))
          .endsWith(
              "; try 'discogs --stub --stub-user example_seller orders' to see the recorded order");
      assertThat(line("/marketplace/orders/2-2", GENERIC, false))
          .endsWith("; 'discogs orders' lists the orders you sold");
    }

    @Test
    void nameIdsTheStubHoldsOrASearchOfTheRightType() {
      assertThat(line("/labels/8", "Label not found.", true))
          .isEqualTo(
              "label 8 not found in the stub's recorded catalogue (GET /labels/8 answered 404:"
                  + " Label not found.); the stub holds labels such as 1, 3456");
      assertThat(line("/labels/8", "Label not found.", false))
          .endsWith("; 'discogs search --type label TEXT' finds ids");
    }

    @Test
    void nameTheUsersTheStubKnows() {
      assertThat(line("/users/nobody/wants", GENERIC, true))
          .endsWith("; the stub knows example_user, example_seller and other_user");
      assertThat(line("/users/nobody/wants", GENERIC, false))
          .endsWith("answered 404: " + GENERIC + ")");
    }
  }
}

package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every id a "not found" hint names as held by the stub is one the stub answers for. */
class StubExamplesTest {

  static Stream<Arguments> namedIds() {
    return Missing.STUB_EXAMPLES.entrySet().stream()
        .flatMap(
            kind ->
                kind.getValue().stream()
                    .map(id -> Arguments.of(kind.getKey().name().toLowerCase(Locale.ROOT), id)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("namedIds")
  void isHeldByTheStub(String command, String id) {
    Cli.Result result = Cli.run("--stub", command, id);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).isNotBlank();
  }
}

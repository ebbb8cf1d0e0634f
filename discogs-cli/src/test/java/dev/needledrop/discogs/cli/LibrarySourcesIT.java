package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The library modules ship a {@code -sources} jar next to their jar, so that IDEs show the SDK's
 * Javadoc. Checked here because this module builds after them in the reactor; a module this build
 * did not package is skipped.
 */
class LibrarySourcesIT {

  private static final Path ROOT = Path.of(System.getProperty("discogs.root", ".."));
  private static final String VERSION = System.getProperty("discogs.version", "0.1.0-SNAPSHOT");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "discogs-core, dev/needledrop/discogs/DiscogsConfig.java",
    "discogs-oauth, dev/needledrop/discogs/oauth/OAuthFlowClient.java",
    "discogs-http-feign, dev/needledrop/discogs/feign/FeignDiscogs.java",
    "discogs-testkit, dev/needledrop/discogs/testkit/StubDiscogsServer.java"
  })
  void shipsItsSourcesNextToItsJar(String module, String source) throws IOException {
    Path target = ROOT.resolve(module).resolve("target");
    assumeTrue(Files.isRegularFile(target.resolve(module + "-" + VERSION + ".jar")));

    Path sources = target.resolve(module + "-" + VERSION + "-sources.jar");

    assertThat(sources).isRegularFile();
    try (ZipFile jar = new ZipFile(sources.toFile())) {
      assertThat(jar.getEntry(source)).as(source).isNotNull();
    }
  }
}

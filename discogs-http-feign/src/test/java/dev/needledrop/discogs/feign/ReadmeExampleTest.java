package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.InventoryQuery;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root README's Java examples, taken from the README itself: each compiles against the SDK as
 * shown (imports and checked exceptions included, no warning), and the usage example runs its tour
 * of the SDK against the testkit's stub. If this fails, the README no longer tells the truth.
 */
class ReadmeExampleTest {

  private static final Path README = Path.of("..", "README.md");

  @TempDir Path folder;

  @Test
  void compilesTheUsageExampleAndRunsItsTourAgainstTheStub() throws Exception {
    Path classes = compile("MyCollectionApp", block("## Using the SDK"));
    Path inventoryFile = folder.resolve("inventory.csv");

    try (StubDiscogsServer stub = StubDiscogsServer.start();
        Discogs discogs = FeignDiscogs.create(config(stub));
        URLClassLoader loader = loader(classes)) {
      Method tour =
          loader.loadClass("MyCollectionApp").getDeclaredMethod("tour", Discogs.class, Path.class);
      tour.setAccessible(true);
      tour.invoke(null, discogs, inventoryFile);

      List<Listing> listed =
          discogs
              .marketplace()
              .inventory(Username.of("example_user"), InventoryQuery.all(), PageRequest.first())
              .items();
      assertThat(listed)
          .singleElement()
          .satisfies(l -> assertThat(l.release().id().value()).isEqualTo(249504));
    }
    assertThat(Files.readString(inventoryFile, StandardCharsets.UTF_8)).startsWith("listing_id,");
  }

  @Test
  void compilesTheTestingExample() throws IOException {
    assertThat(compile("MyCollectionTest", block("## Testing your code")))
        .isDirectoryContaining("glob:**/MyCollectionTest.class");
  }

  // The first ```java block after the heading.
  private static String block(String heading) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("\n" + heading + "\n");
    assertThat(section).as("the README's section " + heading).isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    return readme.substring(start, readme.indexOf("\n```", start) + 1);
  }

  private Path compile(String className, String source) throws IOException {
    Path sources = Files.createDirectories(folder.resolve("src"));
    Path classes = Files.createDirectories(folder.resolve("classes"));
    Path file = Files.writeString(sources.resolve(className + ".java"), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    List<String> options =
        List.of(
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            "-Xlint:all",
            "-Werror",
            "-proc:none");
    boolean compiled =
        javac
            .getTask(
                messages,
                null,
                null,
                options,
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file))
            .call();
    assertThat(compiled).as(messages.toString()).isTrue();
    return classes;
  }

  private static URLClassLoader loader(Path classes) throws IOException {
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader());
  }

  private static DiscogsConfig config(StubDiscogsServer stub) {
    return DiscogsConfig.builder("MyCollectionApp/1.0 +https://example.com")
        .baseUrl(stub.baseUrl())
        .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
        .build();
  }
}

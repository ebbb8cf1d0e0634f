package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every amount any command prints under {@code --stub} is rounded to its currency's decimals (two,
 * none for the yen): Discogs sends converted prices with sixteen decimals and whole ones as {@code
 * 120.0}, and neither may reach the terminal as sent.
 */
class MoneyOutputTest {

  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<![\\w.])(\\d+(?:\\.\\d+)?) (USD|GBP|EUR|CAD|AUD|JPY|CHF|MXN|BRL|NZD|SEK|ZAR)\\b");

  @TempDir static Path folder;

  private static Path upload;

  @BeforeAll
  static void writeUploadFile() throws IOException {
    upload = folder.resolve("add.csv");
    Files.writeString(upload, "release_id,price,media_condition\n249504,12.5,Mint (M)\n");
  }

  /** One run of each command and then some, as a user would try them with --stub. */
  static Stream<List<String>> runs() {
    return Stream.of(
        List.of("release", "249504"),
        List.of("release", "249504", "--currency", "JPY"),
        List.of("release", "249504", "--currency", "EUR"),
        List.of("master", "52086"),
        List.of("artist", "45"),
        List.of("label", "1"),
        List.of("search", "nevermind"),
        List.of("collection"),
        List.of("collection", "folders"),
        List.of("collection", "export", folder.resolve("collection.csv").toString()),
        List.of("wantlist"),
        List.of("want", "add", "249504"),
        List.of("want", "remove", "1675174"),
        List.of("listing", "1265949252"),
        List.of("listing", "1265949252", "--currency", "JPY"),
        List.of("listing", "1265949252", "--currency", "GBP"),
        List.of("listing", "157624565"),
        List.of("inventory", "example_seller", "--per-page", "100"),
        List.of("--stub-user", "example_seller", "inventory", "--sort", "price"),
        List.of("--stub-user", "example_seller", "orders"),
        List.of(
            "--stub-user",
            "example_seller",
            "inventory",
            "export",
            "--download",
            folder.resolve("inventory.csv").toString(),
            "--poll-interval",
            "0"),
        List.of("inventory", "upload", "add", folder.resolve("add.csv").toString()),
        List.of("whoami"));
  }

  // Commands that print no amount at all, and change the user's saved login when run.
  private static final List<String> WITHOUT_MONEY = List.of("login", "logout");

  @ParameterizedTest(name = "discogs --stub {0}")
  @MethodSource("runs")
  void printsEveryAmountRoundedToItsCurrency(List<String> args) {
    List<String> all = new ArrayList<>(List.of("--stub"));
    all.addAll(args);

    Cli.Result result = Cli.run(all.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(unrounded(result.out())).isEmpty();
  }

  @Test
  void runsEveryCommand() {
    List<String> tried = runs().map(MoneyOutputTest::commandOf).distinct().toList();

    List<String> withMoney =
        commands(commandLine()).stream().filter(name -> !WITHOUT_MONEY.contains(name)).toList();

    assertThat(tried).containsAll(withMoney);
  }

  @Test
  void findsAnAmountWithTooManyOrTooFewDecimals() {
    assertThat(unrounded("Price 89.34117647058824 USD (75.94 EUR), 120.0 USD, 1212 JPY, 3 EUR"))
        .containsExactly("89.34117647058824 USD", "120.0 USD", "3 EUR");
  }

  private static List<String> unrounded(String text) {
    List<String> wrong = new ArrayList<>();
    Matcher amounts = AMOUNT.matcher(text);
    while (amounts.find()) {
      String number = amounts.group(1);
      int decimals = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
      if (decimals != (amounts.group(2).equals("JPY") ? 0 : 2)) {
        wrong.add(amounts.group());
      }
    }
    return wrong;
  }

  // The command words of a run, such as "inventory export", without options and their values.
  private static String commandOf(List<String> args) {
    CommandLine command = commandLine();
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      CommandLine sub = command.getSubcommands().get(arg);
      if (sub != null) {
        words.add(arg);
        command = sub;
      }
    }
    return String.join(" ", words);
  }

  private static List<String> commands(CommandLine root) {
    List<String> commands = new ArrayList<>();
    root.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommand() instanceof DiscogsCommand) {
                commands.add(sub.getCommandSpec().qualifiedName().replaceFirst("^discogs ", ""));
              }
              commands.addAll(commands(sub));
            });
    return commands.stream().distinct().toList();
  }

  private static CommandLine commandLine() {
    return DiscogsCli.commandLine(
        Environment.of(Map.of()),
        new BufferedReader(Reader.nullReader()),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }
}

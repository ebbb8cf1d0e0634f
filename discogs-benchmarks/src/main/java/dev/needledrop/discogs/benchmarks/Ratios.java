package dev.needledrop.discogs.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs benchmarks with JMH's own command-line options, then prints each SDK figure as a ratio to
 * its floor measured in the same run: in every benchmark class, a method whose name starts with
 * {@code sdk} or {@code cli} is compared, for the same parameters, with the fastest method whose
 * name starts with {@code bare} (the floor). Medians and 90th percentiles come from the sample and
 * single-shot modes (the mean otherwise); with {@code -prof gc}, the bytes allocated per operation
 * are compared too, and the counters a benchmark reports of its own (such as the connections opened
 * or the peak heap) are shown for both.
 *
 * <p>Without arguments it runs every benchmark the targets name, with the GC profiler:
 *
 * <pre>{@code
 * java -cp discogs-benchmarks/target/benchmarks.jar dev.needledrop.discogs.benchmarks.Ratios
 * }</pre>
 */
public final class Ratios {

  private static final String ALLOCATED = "gc.alloc.rate.norm";

  private static final Pattern PERCENTILE = Pattern.compile("p[0-9.]+");

  // The figures the README reports, measured in one run.
  private static final String[] ALL_TARGETS = {
    "PerCallBenchmark",
    "DecodeBenchmark",
    "StreamingBenchmark",
    "ConnectionsBenchmark",
    "FirstCallBenchmark",
    "-prof",
    "gc"
  };

  private Ratios() {}

  /** Runs the benchmarks the arguments select and prints the ratios. */
  public static void main(String[] args) throws Exception {
    String[] selected = args.length == 0 ? ALL_TARGETS : args;
    Collection<RunResult> results = new Runner(new CommandLineOptions(selected)).run();
    System.out.println();
    System.out.println("Ratios (SDK over the fastest bare floor of the same run):");
    for (String line : report(results)) {
      System.out.println(line);
    }
  }

  static List<String> report(Collection<RunResult> results) {
    Map<String, List<RunResult>> groups =
        results.stream()
            .collect(
                Collectors.groupingBy(Ratios::groupOf, LinkedHashMap::new, Collectors.toList()));
    List<String> lines = new ArrayList<>();
    groups.forEach((group, members) -> lines.addAll(compare(group, members)));
    return lines;
  }

  private static List<String> compare(String group, List<RunResult> members) {
    Optional<RunResult> floor =
        members.stream()
            .filter(result -> method(result).startsWith("bare"))
            .min(Comparator.comparingDouble(Ratios::median));
    List<String> lines = new ArrayList<>();
    if (floor.isEmpty()) {
      return lines;
    }
    members.stream()
        .filter(result -> method(result).startsWith("sdk") || method(result).startsWith("cli"))
        .forEach(measured -> lines.add(line(group, measured, floor.get())));
    return lines;
  }

  private static String line(String group, RunResult measured, RunResult floor) {
    String unit = measured.getPrimaryResult().getScoreUnit();
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "  %s %s vs %s: %s %.1f vs %.1f %s = %.3f",
                group,
                method(measured),
                method(floor),
                sampled(measured) ? "median" : "mean",
                median(measured),
                median(floor),
                unit,
                median(measured) / median(floor)));
    if (sampled(measured)) {
      line.append(
          String.format(
              Locale.ROOT, "; p90 %.3f", percentile(measured, 90) / percentile(floor, 90)));
    }
    allocated(measured)
        .ifPresent(
            mine ->
                allocated(floor)
                    .ifPresent(
                        theirs ->
                            line.append(
                                String.format(
                                    Locale.ROOT,
                                    "; allocated %.0f vs %.0f B/op (%+.0f B)",
                                    mine,
                                    theirs,
                                    mine - theirs))));
    counters(measured)
        .forEach(
            (name, mine) ->
                line.append(
                    String.format(
                        Locale.ROOT,
                        "; %s %s vs %s",
                        name,
                        figure(mine),
                        figure(counters(floor).getOrDefault(name, Double.NaN)))));
    return line.toString();
  }

  // The benchmark's own counters: the secondary results that neither a profiler nor the sample
  // mode (its percentiles, such as p0.50) added.
  private static Map<String, Double> counters(RunResult result) {
    Map<String, Double> counters = new LinkedHashMap<>();
    result
        .getSecondaryResults()
        .forEach(
            (name, value) -> {
              if (!name.startsWith("gc.") && !PERCENTILE.matcher(name).matches()) {
                counters.put(name, value.getScore());
              }
            });
    return counters;
  }

  private static String figure(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String groupOf(RunResult result) {
    BenchmarkParams params = result.getParams();
    String benchmark = params.getBenchmark();
    String type = benchmark.substring(0, benchmark.lastIndexOf('.'));
    String simpleType = type.substring(type.lastIndexOf('.') + 1);
    String parameters =
        params.getParamsKeys().stream()
            .map(key -> key + "=" + params.getParam(key))
            .collect(Collectors.joining(", "));
    return parameters.isEmpty() ? simpleType : simpleType + " [" + parameters + "]";
  }

  private static String method(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  private static double median(RunResult result) {
    return percentile(result, 50);
  }

  // Only sampled modes have percentiles; the others report a mean, and are labelled so.
  private static boolean sampled(RunResult result) {
    return switch (result.getParams().getMode()) {
      case SampleTime, SingleShotTime -> true;
      default -> false;
    };
  }

  private static double percentile(RunResult result, double rank) {
    Result<?> primary = result.getPrimaryResult();
    return sampled(result) ? primary.getStatistics().getPercentile(rank) : primary.getScore();
  }

  private static Optional<Double> allocated(RunResult result) {
    Result<?> allocated = result.getSecondaryResults().get(ALLOCATED);
    return Optional.ofNullable(allocated).map(Result::getScore);
  }
}

package dev.needledrop.discogs.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.needledrop.discogs.feign.Slf4jCallListener;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Turns the SDK's HTTP log on for one run, into the command's standard error.
 *
 * <p>By default ({@link QuietLogging}) every logger is off, so that the command prints nothing but
 * its output. At level 1 the SDK's HTTP loggers log each request line, status and latency (DEBUG);
 * at level 2 and above their headers too, with credentials hidden (TRACE); other loggers report
 * warnings. {@link #close()} puts everything back, so that runs in one JVM (tests) do not mix.
 */
final class Verbosity implements AutoCloseable {

  /** The adapter logs exchanges under the first name; the second is kept for its other logs. */
  static final List<String> HTTP_LOGGERS =
      List.of("dev.needledrop.discogs.http", "dev.needledrop.discogs.feign");

  private static final String PATTERN = "%-5level %msg%n";
  private static final Verbosity QUIET = new Verbosity(null, Map.of());

  private final WriterAppender appender;
  private final Map<Logger, Level> previousLevels;

  private Verbosity(WriterAppender appender, Map<Logger, Level> previousLevels) {
    this.appender = appender;
    this.previousLevels = previousLevels;
  }

  /** Applies the level, writing log lines to the given writer; level 0 changes nothing. */
  static Verbosity apply(int level, PrintWriter err) {
    if (level <= 0) {
      return QUIET;
    }
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    WriterAppender appender = new WriterAppender(context, err);
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Map<Logger, Level> previous = new LinkedHashMap<>();
    setLevel(previous, root, Level.WARN);
    Level http = level == 1 ? Level.DEBUG : Level.TRACE;
    HTTP_LOGGERS.forEach(name -> setLevel(previous, context.getLogger(name), http));
    // -v adds the retries and their waits to the request lines; -vv every attempt and pacing wait.
    Level calls = level == 1 ? Level.INFO : Level.DEBUG;
    setLevel(previous, context.getLogger(Slf4jCallListener.LOGGER_NAME), calls);
    root.addAppender(appender);
    return new Verbosity(appender, previous);
  }

  /** Detaches the appender and restores the levels. */
  @Override
  public void close() {
    if (appender == null) {
      return;
    }
    LoggerContext context = appender.context();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    appender.stop();
    previousLevels.forEach(Logger::setLevel);
  }

  private static void setLevel(Map<Logger, Level> previous, Logger logger, Level level) {
    previous.put(logger, logger.getLevel());
    logger.setLevel(level);
  }

  /** Writes formatted events to a PrintWriter, such as picocli's standard error. */
  private static final class WriterAppender extends AppenderBase<ILoggingEvent> {

    private final LoggerContext loggerContext;
    private final PatternLayout layout = new PatternLayout();
    private final PrintWriter writer;

    WriterAppender(LoggerContext context, PrintWriter writer) {
      this.loggerContext = context;
      this.writer = writer;
      setContext(context);
      setName("discogs-cli-stderr");
      layout.setContext(context);
      layout.setPattern(PATTERN);
      layout.start();
      start();
    }

    LoggerContext context() {
      return loggerContext;
    }

    // Events may come from the HTTP client's threads; one line at a time.
    @Override
    protected void append(ILoggingEvent event) {
      synchronized (writer) {
        writer.print(layout.doLayout(event));
        writer.flush();
      }
    }
  }
}

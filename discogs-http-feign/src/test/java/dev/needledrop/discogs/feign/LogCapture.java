package dev.needledrop.discogs.feign;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures everything a logger writes, at TRACE, for one test: the adapter's HTTP logger. */
final class LogCapture implements AutoCloseable {

  private final Logger logger;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level previousLevel;
  private final List<Appender<ILoggingEvent>> silenced = new ArrayList<>();

  LogCapture() {
    this("dev.needledrop.discogs.http");
  }

  private LogCapture(String loggerName) {
    logger = (Logger) LoggerFactory.getLogger(loggerName);
    previousLevel = logger.getLevel();
    // The console would print every TRACE line of the JVM: keep it out while capturing.
    logger.iteratorForAppenders().forEachRemaining(silenced::add);
    silenced.forEach(logger::detachAppender);
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
  }

  /** Returns a capture of every logger of the JVM, the stub's and the SDK's alike, at TRACE. */
  static LogCapture everything() {
    return new LogCapture(Logger.ROOT_LOGGER_NAME);
  }

  /** Returns the formatted lines logged so far, with the messages of what they carry thrown. */
  List<String> linesWithThrowables() {
    synchronized (appender.list) {
      return appender.list.stream()
          .map(
              event ->
                  event.getFormattedMessage()
                      + (event.getThrowableProxy() == null
                          ? ""
                          : " "
                              + ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(
                                  event.getThrowableProxy())))
          .toList();
    }
  }

  /** Returns the formatted lines logged so far. */
  List<String> lines() {
    synchronized (appender.list) {
      return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
  }

  /** Returns the formatted lines logged at the given level. */
  List<String> lines(Level level) {
    synchronized (appender.list) {
      return appender.list.stream()
          .filter(event -> event.getLevel().equals(level))
          .map(ILoggingEvent::getFormattedMessage)
          .toList();
    }
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    silenced.forEach(logger::addAppender);
    logger.setLevel(previousLevel);
  }
}

package dev.needledrop.discogs.feign;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures everything the adapter's HTTP logger writes, at TRACE, for one test. */
final class LogCapture implements AutoCloseable {

  private final Logger logger = (Logger) LoggerFactory.getLogger("dev.needledrop.discogs.http");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level previousLevel = logger.getLevel();

  LogCapture() {
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
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
    logger.setLevel(previousLevel);
  }
}

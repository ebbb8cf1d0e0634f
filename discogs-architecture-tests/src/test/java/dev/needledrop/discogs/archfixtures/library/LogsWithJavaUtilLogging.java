package dev.needledrop.discogs.archfixtures.library;

import java.util.logging.Logger;

/** Breaks the logging rule. */
public class LogsWithJavaUtilLogging {

  private static final Logger LOG = Logger.getLogger(LogsWithJavaUtilLogging.class.getName());

  public void report(String line) {
    LOG.info(line);
  }
}

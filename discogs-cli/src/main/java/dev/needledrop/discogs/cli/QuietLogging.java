package dev.needledrop.discogs.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logback's start-up configuration for the command: every logger off, so that it prints nothing but
 * its output until {@link Verbosity} turns the HTTP log on. Set in code rather than in a
 * logback.xml, because reading one loads an XML parser and a hundred classes more on every run. A
 * file named by {@code -Dlogback.configurationFile} still wins. Found by logback through the
 * ServiceLoader, so it is public with a no-argument constructor.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class QuietLogging extends ContextAwareBase implements Configurator {

  static final String CONFIGURATION_FILE_PROPERTY = "logback.configurationFile";

  /** Creates the configurator; logback calls it. */
  public QuietLogging() {}

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty(CONFIGURATION_FILE_PROPERTY) != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}

package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The command starts with every logger off, configured in code, unless a file is named. */
class QuietLoggingTest {

  @Test
  void isWhatLogbackConfiguresTheCommandWith() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.OFF);
    assertThat(context.getLogger("dev.needledrop.discogs.http").isDebugEnabled()).isFalse();
  }

  @Test
  void turnsEveryLoggerOffAndStopsLogbackLookingForAFile() {
    LoggerContext context = new LoggerContext();
    QuietLogging quiet = new QuietLogging();
    quiet.setContext(context);

    assertThat(quiet.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.OFF);
  }

  @Test
  void leavesTheConfigurationToAFileNamedOnTheCommandLine() {
    String previous = System.setProperty(QuietLogging.CONFIGURATION_FILE_PROPERTY, "mine.xml");
    try {
      LoggerContext context = new LoggerContext();
      QuietLogging quiet = new QuietLogging();
      quiet.setContext(context);

      assertThat(quiet.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.DEBUG);
    } finally {
      if (previous == null) {
        System.clearProperty(QuietLogging.CONFIGURATION_FILE_PROPERTY);
      } else {
        System.setProperty(QuietLogging.CONFIGURATION_FILE_PROPERTY, previous);
      }
    }
  }
}

package dev.needledrop.discogs.cli;

/** The exit codes of the discogs command, each with the line that documents it in the help. */
final class ExitCode {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int NOT_FOUND = 3;
  static final int AUTH = 4;
  static final int RATE_LIMITED = 5;

  static final String OK_HELP = "0:done";
  static final String FAILED_HELP =
      "1:Discogs answered with another error, could not be reached, or a job failed";
  static final String USAGE_HELP = "2:the command line is wrong (unknown option, bad id, ...)";
  static final String NOT_FOUND_HELP =
      "3:no such release, master, artist, label, user, folder, wantlist entry, listing, order or"
          + " job";
  static final String AUTH_HELP =
      "4:credentials missing (set DISCOGS_TOKEN or run discogs login) or refused";
  static final String RATE_LIMITED_HELP = "5:Discogs' rate limit is spent: wait a minute and retry";

  private ExitCode() {}
}

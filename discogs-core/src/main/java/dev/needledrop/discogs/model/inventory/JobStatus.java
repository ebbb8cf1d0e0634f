package dev.needledrop.discogs.model.inventory;

import dev.needledrop.discogs.internal.Values;
import java.util.List;

/**
 * The state of an inventory export or upload, such as {@link #IN_PROGRESS} or {@link #SUCCESS}.
 *
 * <p>Discogs documents only {@code success}; the other constants are the values seen or expected
 * while a job runs or after it failed. Any other value is kept as given and counts as not finished,
 * so a caller polling a job should also bound its wait.
 */
public record JobStatus(String value) {

  public static final JobStatus IN_PROGRESS = new JobStatus("in progress");
  public static final JobStatus PENDING = new JobStatus("pending");
  public static final JobStatus PROCESSING = new JobStatus("processing");
  public static final JobStatus SUCCESS = new JobStatus("success");
  public static final JobStatus FAILED = new JobStatus("failed");

  private static final List<JobStatus> KNOWN =
      List.of(IN_PROGRESS, PENDING, PROCESSING, SUCCESS, FAILED);

  /** Creates a status from its wire text; absent reads as empty. */
  public JobStatus {
    value = Values.text(value);
  }

  /** Returns the status of the given wire text, such as {@code "in progress"}. */
  public static JobStatus of(String value) {
    return new JobStatus(value);
  }

  /** Tells whether this is one of the values listed here. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /** Tells whether the job is over, successfully or not. */
  public boolean isFinished() {
    return equals(SUCCESS) || equals(FAILED);
  }

  /** Tells whether the job finished successfully. */
  public boolean isSuccess() {
    return equals(SUCCESS);
  }

  @Override
  public String toString() {
    return value;
  }
}

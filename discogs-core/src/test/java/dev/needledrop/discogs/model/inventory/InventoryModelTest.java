package dev.needledrop.discogs.model.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryModelTest {

  @Nested
  class JobStatuses {

    @Test
    void readInProgressAsRunningAndSuccessOrFailureAsFinished() {
      assertThat(JobStatus.of("in progress")).isEqualTo(JobStatus.IN_PROGRESS);
      assertThat(JobStatus.IN_PROGRESS.isFinished()).isFalse();
      assertThat(JobStatus.SUCCESS.isFinished()).isTrue();
      assertThat(JobStatus.SUCCESS.isSuccess()).isTrue();
      assertThat(JobStatus.FAILED.isFinished()).isTrue();
      assertThat(JobStatus.FAILED.isSuccess()).isFalse();
    }

    @Test
    void keepAnUnknownStatusAsNotFinished() {
      JobStatus queued = JobStatus.of("queued");

      assertThat(queued.isKnown()).isFalse();
      assertThat(queued.isFinished()).isFalse();
      assertThat(JobStatus.of(null).value()).isEmpty();
    }
  }

  @Nested
  class UploadTypes {

    @Test
    void acceptAddChangeAndDeleteOnly() {
      assertThat(UploadType.values())
          .extracting(UploadType::value)
          .containsExactly("add", "change", "delete");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> UploadType.of("replace").requireKnown("type"))
          .withMessage("type must be one of add, change, delete, but was 'replace'");
    }
  }

  @Nested
  class Exports {

    @Test
    void readAnExportStillRunningWithItsFileDetailsAbsent() {
      InventoryExport running =
          new InventoryExport(ExportId.of(599), JobStatus.IN_PROGRESS, null, null, null, null);

      assertThat(running.isReady()).isFalse();
      assertThat(running.finished()).isEmpty();
      assertThat(running.downloadUrl()).isEmpty();
      assertThat(running.filename()).isEmpty();
    }

    @Test
    void refuseNonPositiveIds() {
      assertThatIllegalArgumentException().isThrownBy(() -> ExportId.of(0));
      assertThatIllegalArgumentException().isThrownBy(() -> UploadId.of(-3));
    }
  }

  @Nested
  class Results {

    @Test
    void keepATextReportOrTheFieldsOfAnObjectReport() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("processed", "1");
      fields.put("errors", "[]");

      assertThat(UploadResults.ofText("Processed 1 records.").isStructured()).isFalse();
      UploadResults structured = new UploadResults(null, fields);
      assertThat(structured.isStructured()).isTrue();
      assertThat(structured.fields().keySet()).containsExactly("processed", "errors");
      assertThat(new InventoryUpload(UploadId.of(1), null, null, null, null, null, null).results())
          .isEqualTo(UploadResults.NONE);
      assertThat(UploadResults.NONE.isEmpty()).isTrue();
    }
  }

  @Nested
  class CsvFiles {

    @Test
    void keepTheirNameAndBytes(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("add.csv");
      Files.writeString(file, "release_id,price,media_condition\n1,9.99,Mint (M)\n");

      InventoryCsv csv = InventoryCsv.read(file);

      assertThat(csv.filename()).isEqualTo("add.csv");
      assertThat(csv.text()).startsWith("release_id,price");
      assertThat(csv).isEqualTo(InventoryCsv.of("add.csv", Files.readAllBytes(file)));
      assertThat(csv).hasToString("InventoryCsv[add.csv, 49 bytes]");
    }

    @Test
    void refuseEmptyContentAndNamesThatWouldBreakTheUpload() {
      assertThatIllegalArgumentException().isThrownBy(() -> InventoryCsv.of("a.csv", ""));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> InventoryCsv.of("a\".csv", "x".getBytes(StandardCharsets.UTF_8)));
      assertThatIllegalArgumentException().isThrownBy(() -> InventoryCsv.of(" ", "x"));
    }

    @Test
    void failUncheckedForAMissingFile(@TempDir Path folder) {
      Path missing = folder.resolve("missing.csv");

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> InventoryCsv.read(missing))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("missing.csv");
    }

    @Test
    void copyTheContentInAndOut() {
      byte[] bytes = "x".getBytes(StandardCharsets.UTF_8);
      InventoryCsv csv = InventoryCsv.of("x.csv", bytes);
      bytes[0] = 'y';

      assertThat(csv.text()).isEqualTo("x");
      csv.content()[0] = 'z';
      assertThat(csv.text()).isEqualTo("x");
      assertThat(Optional.of(csv)).isPresent();
    }
  }
}

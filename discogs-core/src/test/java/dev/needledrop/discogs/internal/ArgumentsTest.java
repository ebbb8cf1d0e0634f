package dev.needledrop.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void acceptsAFolderNameAsGiven() {
    assertThat(Arguments.folderName(" Jazz & Blues ")).isEqualTo(" Jazz & Blues ");
  }

  @Test
  void refusesABlankOrOverlongFolderName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Arguments.folderName(" \t"))
        .withMessage("folder name must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Arguments.folderName("x".repeat(256)))
        .withMessage("folder name must be at most 255 characters, but had 256");
  }

  @Test
  void refusesAFolderNameHoldingControlCharacters() {
    for (String name : new String[] {"a\r\nb", "evil\u001b[2J", "x\u007f", "y\u0085"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Arguments.folderName(name))
          .withMessageStartingWith("folder name must not contain control characters");
    }
  }
}

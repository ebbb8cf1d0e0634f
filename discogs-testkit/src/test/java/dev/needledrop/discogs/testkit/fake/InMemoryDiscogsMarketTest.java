package dev.needledrop.discogs.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.marketplace.ListingDraft;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.testkit.data.TestReleases;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The whole in-memory client's marketplace, inventory and images. */
class InMemoryDiscogsMarketTest {

  @Nested
  class Marketplace {

    @Test
    void listsAReleaseSeededInTheSameDatabaseAndSharesItWithEveryView() {
      InMemoryDiscogs discogs = InMemoryDiscogs.create();
      discogs.database().putRelease(TestReleases.release(42).title("Shared").build());

      ListingId id =
          discogs
              .marketplace()
              .createListing(
                  ListingDraft.builder(ReleaseId.of(42), MediaCondition.MINT, BigDecimal.ONE)
                      .build());

      assertThat(discogs.asAnonymous().marketplace().listing(id).release().title())
          .isEqualTo("Shared");
      assertThat(discogs.asUser("someone").inventory()).isNotNull();
      assertThat(discogs.inventory().requestExport().id()).isNotNull();
    }
  }

  @Nested
  class Images {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final String URL = "https://i.discogs.com/abc/R-1.png?signature=s";

    @Test
    void servesTheBytesPutUnderTheExactUrl() {
      InMemoryDiscogs discogs = InMemoryDiscogs.create();
      discogs.images().put(URL, "image/png", PNG);

      assertThat(discogs.asAnonymous().images().fetchImage(URL)).isEqualTo(PNG);
      assertThat(discogs.images().openImage(URL).contentType()).isEqualTo("image/png");
      assertThat(discogs.images().fetchCount()).isEqualTo(2);
    }

    @Test
    void answersAChangedUrlWithNotFoundAndRefusesWhatIsNotAWebUrl() {
      InMemoryImages images = new InMemoryImages().put(URL, "image/png", PNG);

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> images.fetchImage(URL.replace("signature=s", "signature=forged")))
          .satisfies(e -> assertThat(e.path()).isEqualTo("/abc/R-1.png"));
      assertThatIllegalArgumentException().isThrownBy(() -> images.openImage("/R-1.png"));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> images.openImage("https://user:pw@i.discogs.com/R-1.png"));
    }
  }
}

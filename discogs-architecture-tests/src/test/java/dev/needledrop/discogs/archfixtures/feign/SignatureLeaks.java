package dev.needledrop.discogs.archfixtures.feign;

import dev.needledrop.discogs.archfixtures.feign.internal.ReleaseDto;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.List;

/** Public adapter classes that each break the signature rule in one way. */
public final class SignatureLeaks {

  private SignatureLeaks() {}

  /** Returns an internal DTO. */
  public static class ReturnsADto {

    public ReleaseDto release() {
      return new ReleaseDto(1, "t");
    }
  }

  /** Takes a Feign type as a parameter. */
  public static class TakesAFeignType {

    public void configure(Request.Options options) {
      options.isFollowRedirects();
    }
  }

  /** Hides the DTO as a type argument. */
  public static class ReturnsDtosInAList {

    public List<ReleaseDto> releases() {
      return List.of();
    }
  }

  /** Shows a Feign type in a public field. */
  public static class HasAFeignField {

    public final Logger.Level level = Logger.Level.NONE;
  }

  /** Takes a DTO in a public constructor. */
  public static class TakesADtoInItsConstructor {

    private final long id;

    public TakesADtoInItsConstructor(ReleaseDto dto) {
      this.id = dto.id();
    }

    public long id() {
      return id;
    }
  }

  /** Is a Feign type through its interface. */
  public static class ImplementsAFeignInterface implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
      template.header("X-Fixture", "1");
    }
  }

  /** Keeps to the rule: adapter types stay in private members. */
  public static class KeepsAdapterTypesPrivate {

    private final ReleaseDto dto = new ReleaseDto(2, "t");

    public String title() {
      return describe(dto);
    }

    private String describe(ReleaseDto release) {
      return release.title();
    }
  }
}

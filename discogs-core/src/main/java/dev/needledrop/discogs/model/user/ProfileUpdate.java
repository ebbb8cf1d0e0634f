package dev.needledrop.discogs.model.user;

import dev.needledrop.discogs.model.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a profile to change; parts left unset stay as they are. Immutable; build one with
 * {@link #builder()}.
 *
 * <pre>{@code
 * ProfileUpdate update = ProfileUpdate.builder().location("Berlin").currency(Currency.EUR).build();
 * }</pre>
 */
public final class ProfileUpdate {

  private final Optional<String> name;
  private final Optional<String> homePage;
  private final Optional<String> location;
  private final Optional<String> profile;
  private final Optional<Currency> currency;

  private ProfileUpdate(Builder builder) {
    this.name = builder.name;
    this.homePage = builder.homePage;
    this.location = builder.location;
    this.profile = builder.profile;
    this.currency = builder.currency;
  }

  /** Starts an update that changes nothing yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the new real name, when it changes. */
  public Optional<String> name() {
    return name;
  }

  /** Returns the new home page, when it changes. */
  public Optional<String> homePage() {
    return homePage;
  }

  /** Returns the new location, when it changes. */
  public Optional<String> location() {
    return location;
  }

  /** Returns the new profile text, when it changes. */
  public Optional<String> profile() {
    return profile;
  }

  /** Returns the new currency, when it changes. */
  public Optional<Currency> currency() {
    return currency;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProfileUpdate that
        && name.equals(that.name)
        && homePage.equals(that.homePage)
        && location.equals(that.location)
        && profile.equals(that.profile)
        && currency.equals(that.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, homePage, location, profile, currency);
  }

  @Override
  public String toString() {
    return "ProfileUpdate[name="
        + name
        + ", homePage="
        + homePage
        + ", location="
        + location
        + ", profile="
        + profile
        + ", currency="
        + currency
        + "]";
  }

  /** Builds a {@link ProfileUpdate}; each setter names a part to change. */
  public static final class Builder {

    private Optional<String> name = Optional.empty();
    private Optional<String> homePage = Optional.empty();
    private Optional<String> location = Optional.empty();
    private Optional<String> profile = Optional.empty();
    private Optional<Currency> currency = Optional.empty();

    private Builder() {}

    /** Sets the real name; an empty text clears it. */
    public Builder name(String value) {
      this.name = Optional.of(Objects.requireNonNull(value, "name"));
      return this;
    }

    /** Sets the home page; an empty text clears it. */
    public Builder homePage(String value) {
      this.homePage = Optional.of(Objects.requireNonNull(value, "homePage"));
      return this;
    }

    /** Sets the location; an empty text clears it. */
    public Builder location(String value) {
      this.location = Optional.of(Objects.requireNonNull(value, "location"));
      return this;
    }

    /** Sets the profile text, which may hold Discogs markup; an empty text clears it. */
    public Builder profile(String value) {
      this.profile = Optional.of(Objects.requireNonNull(value, "profile"));
      return this;
    }

    /** Sets the currency; it must be one of the Discogs currencies. */
    public Builder currency(Currency value) {
      this.currency =
          Optional.of(Objects.requireNonNull(value, "currency").requireDiscogsCurrency());
      return this;
    }

    /**
     * Builds the update.
     *
     * @throws IllegalStateException when nothing was set: an edit must change something
     */
    public ProfileUpdate build() {
      if (name.isEmpty()
          && homePage.isEmpty()
          && location.isEmpty()
          && profile.isEmpty()
          && currency.isEmpty()) {
        throw new IllegalStateException(
            "a profile update must set at least one of name, homePage, location, profile or"
                + " currency");
      }
      return new ProfileUpdate(this);
    }
  }
}

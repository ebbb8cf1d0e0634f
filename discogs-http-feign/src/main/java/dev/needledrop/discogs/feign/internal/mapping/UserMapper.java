package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.ContributionsPageDto;
import dev.needledrop.discogs.feign.internal.dto.IdentityDto;
import dev.needledrop.discogs.feign.internal.dto.ReleaseDto;
import dev.needledrop.discogs.feign.internal.dto.SubmissionsPageDto;
import dev.needledrop.discogs.feign.internal.dto.UserProfileDto;
import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.paging.Page;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps identities, profiles and what users added to the database. */
@Mapper(config = DiscogsMapperConfig.class, uses = UserDataFormats.class)
public interface UserMapper extends PageMapping {

  /** Maps submitted and contributed releases. */
  ReleaseMapper RELEASES = Mappers.getMapper(ReleaseMapper.class);

  /** Maps submitted artists. */
  ArtistMapper ARTISTS = Mappers.getMapper(ArtistMapper.class);

  /** Maps submitted labels. */
  LabelMapper LABELS = Mappers.getMapper(LabelMapper.class);

  Identity toIdentity(IdentityDto identity);

  @Mapping(target = "registered", qualifiedByName = "timestamp")
  UserProfile toProfile(UserProfileDto profile);

  /**
   * Maps a page of submissions: its releases, then its artists, then its labels. Lowest prices are
   * labelled with the currency the client asks for.
   */
  default Page<Submission> toSubmissionsPage(SubmissionsPageDto page, Currency currency) {
    List<Submission> items = new ArrayList<>();
    SubmissionsPageDto.SubmissionsDto submissions = page.submissions();
    if (submissions != null) {
      Values.list(submissions.releases())
          .forEach(release -> items.add(new Submission.OfRelease(toRelease(release, currency))));
      Values.list(submissions.artists())
          .forEach(artist -> items.add(new Submission.OfArtist(ARTISTS.toArtist(artist))));
      Values.list(submissions.labels())
          .forEach(label -> items.add(new Submission.OfLabel(LABELS.toLabel(label))));
    }
    return toPage(page.pagination(), items);
  }

  /** Maps a page of contributed releases, their lowest prices in the given currency. */
  default Page<Release> toContributionsPage(ContributionsPageDto page, Currency currency) {
    List<Release> releases =
        Values.list(page.contributions()).stream()
            .map(release -> toRelease(release, currency))
            .toList();
    return toPage(page.pagination(), releases);
  }

  private static Release toRelease(ReleaseDto release, Currency currency) {
    return RELEASES.toRelease(release, currency);
  }
}

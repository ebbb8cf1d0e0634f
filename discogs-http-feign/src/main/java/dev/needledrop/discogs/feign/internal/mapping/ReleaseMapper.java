package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.CommunityDto;
import dev.needledrop.discogs.feign.internal.dto.EntityCreditDto;
import dev.needledrop.discogs.feign.internal.dto.FormatDto;
import dev.needledrop.discogs.feign.internal.dto.IdentifierDto;
import dev.needledrop.discogs.feign.internal.dto.ReleaseDto;
import dev.needledrop.discogs.feign.internal.dto.UserRefDto;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.database.Community;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Format;
import dev.needledrop.discogs.model.database.Identifier;
import dev.needledrop.discogs.model.database.Release;
import java.util.Optional;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.SourceParameterCondition;

/** Maps a release and the parts only releases have. */
@Mapper(config = DiscogsMapperConfig.class, uses = CommonMapper.class)
public interface ReleaseMapper {

  /** Maps a release whose lowest price was asked for in the given currency. */
  @Mapping(target = "year", qualifiedByName = "year")
  @Mapping(target = "released", qualifiedByName = "partialDate")
  @Mapping(target = "masterId", qualifiedByName = "optionalMasterId")
  @Mapping(target = "dateAdded", qualifiedByName = "timestamp")
  @Mapping(target = "dateChanged", qualifiedByName = "timestamp")
  @Mapping(target = "lowestPrice", qualifiedByName = "money")
  Release toRelease(ReleaseDto release, @Context Currency currency);

  @Mapping(target = "id", qualifiedByName = "optionalLabelId")
  EntityCredit toEntityCredit(EntityCreditDto credit);

  @Mapping(target = "quantity", source = "qty")
  Format toFormat(FormatDto format);

  Identifier toIdentifier(IdentifierDto identifier);

  Community toCommunity(CommunityDto community);

  /** Maps a user reference; one without a usable username is left out. */
  UserRef toUserRef(UserRefDto user);

  /** Maps the submitter, absent when Discogs sent none or one without a username. */
  default Optional<UserRef> toSubmitter(UserRefDto user) {
    return Optional.ofNullable(toUserRef(user));
  }

  /** Tells whether a user reference names a user; others map to nothing and are dropped. */
  @SourceParameterCondition
  default boolean namesAUser(UserRefDto user) {
    return user != null && WireFormats.isUsername(user.username());
  }
}

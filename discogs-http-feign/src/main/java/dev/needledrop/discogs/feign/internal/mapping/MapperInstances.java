package dev.needledrop.discogs.feign.internal.mapping;

/** The shared mapper instances default methods delegate to. */
final class MapperInstances {

  static final CommonMapper COMMON = org.mapstruct.factory.Mappers.getMapper(CommonMapper.class);

  private MapperInstances() {}
}

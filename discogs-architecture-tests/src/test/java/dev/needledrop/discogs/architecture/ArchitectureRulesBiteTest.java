package dev.needledrop.discogs.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.needledrop.discogs.archfixtures.cli.CliUsingFeignInternals;
import dev.needledrop.discogs.archfixtures.cli.FixtureCommand;
import dev.needledrop.discogs.archfixtures.cli.FixtureConsole;
import dev.needledrop.discogs.archfixtures.core.CoreLoggingThroughSlf4j;
import dev.needledrop.discogs.archfixtures.core.CoreUsingAThirdPartyLibrary;
import dev.needledrop.discogs.archfixtures.core.CoreUsingFeign;
import dev.needledrop.discogs.archfixtures.core.CoreUsingJackson;
import dev.needledrop.discogs.archfixtures.core.CoreUsingMapStruct;
import dev.needledrop.discogs.archfixtures.core.CoreUsingTheOAuthModule;
import dev.needledrop.discogs.archfixtures.cycle.TopLevelLeft;
import dev.needledrop.discogs.archfixtures.cycle.first.First;
import dev.needledrop.discogs.archfixtures.cycle.second.Second;
import dev.needledrop.discogs.archfixtures.feign.FeignUsingTheCli;
import dev.needledrop.discogs.archfixtures.feign.FixtureFeignClient;
import dev.needledrop.discogs.archfixtures.feign.SignatureLeaks;
import dev.needledrop.discogs.archfixtures.feign.internal.InternalDecoder;
import dev.needledrop.discogs.archfixtures.feign.internal.ReleaseDto;
import dev.needledrop.discogs.archfixtures.library.LogsWithJavaUtilLogging;
import dev.needledrop.discogs.archfixtures.library.PrintsToStandardErr;
import dev.needledrop.discogs.archfixtures.library.PrintsToStandardOut;
import dev.needledrop.discogs.archfixtures.library.ThrowsADiscogsException;
import dev.needledrop.discogs.archfixtures.library.ThrowsException;
import dev.needledrop.discogs.archfixtures.library.ThrowsRuntimeException;
import dev.needledrop.discogs.archfixtures.oauth.FixtureSigner;
import dev.needledrop.discogs.archfixtures.oauth.OAuthUsingTheFeignModule;
import dev.needledrop.discogs.archfixtures.testkit.StubLeakingAJacksonDto;
import dev.needledrop.discogs.archfixtures.testkit.StubPayload;
import dev.needledrop.discogs.archfixtures.testkit.TestkitUsingTheFeignModule;
import dev.needledrop.discogs.archpartner.TopLevelRight;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Proves that every rule of {@link DiscogsArchitectureTest} bites: each one runs, unchanged,
 * against deliberately bad fixture classes and fails naming the offender, and passes on fixtures
 * that keep to it. Fixtures are imported explicitly, class by class.
 */
class ArchitectureRulesBiteTest {

  private static void assertViolated(ArchRule rule, Class<?> offender, Class<?>... others) {
    assertThatThrownBy(() -> rule.check(importing(offender, others)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(offender.getName());
  }

  private static void assertHolds(ArchRule rule, Class<?> keeper, Class<?>... others) {
    assertThatCode(() -> rule.check(importing(keeper, others))).doesNotThrowAnyException();
  }

  private static JavaClasses importing(Class<?> first, Class<?>... others) {
    Class<?>[] all = new Class<?>[others.length + 1];
    all[0] = first;
    System.arraycopy(others, 0, all, 1, others.length);
    return new ClassFileImporter().importClasses(all);
  }

  @Nested
  class CoreDependsOnNoFeignJacksonOrMapStruct {

    private final ArchRule rule =
        DiscogsArchitectureTest.core_depends_on_no_feign_jackson_or_mapstruct;

    @Test
    void failsOnJackson() {
      assertViolated(rule, CoreUsingJackson.class);
    }

    @Test
    void failsOnFeign() {
      assertViolated(rule, CoreUsingFeign.class);
    }

    @Test
    void failsOnMapStruct() {
      assertViolated(rule, CoreUsingMapStruct.class);
    }

    @Test
    void holdsForSlf4j() {
      assertHolds(rule, CoreLoggingThroughSlf4j.class);
    }
  }

  @Nested
  class CoreDependsOnNoOtherModule {

    @Test
    void failsOnACoreClassUsingTheOAuthModule() {
      assertViolated(
          DiscogsArchitectureTest.core_depends_on_no_other_module_of_ours,
          CoreUsingTheOAuthModule.class);
    }
  }

  @Nested
  class CoreDependsOnlyOnTheJdkAndItself {

    private final ArchRule rule = DiscogsArchitectureTest.core_depends_only_on_the_jdk_and_itself;

    @Test
    void failsOnAThirdPartyLibrary() {
      assertViolated(rule, CoreUsingAThirdPartyLibrary.class);
    }

    @Test
    void failsOnAnAdapterLibrary() {
      assertViolated(rule, CoreUsingJackson.class);
    }

    @Test
    void failsOnAnotherModule() {
      assertViolated(rule, CoreUsingTheOAuthModule.class);
    }

    @Test
    void holdsForTheJdkTheCoreAndTheSlf4jApi() {
      assertHolds(rule, CoreLoggingThroughSlf4j.class);
    }
  }

  @Nested
  class OAuthDependsOnNothingOfOursButTheCore {

    private final ArchRule rule =
        DiscogsArchitectureTest.oauth_depends_on_nothing_of_ours_but_the_core;

    @Test
    void failsOnTheFeignModule() {
      assertViolated(rule, OAuthUsingTheFeignModule.class);
    }

    @Test
    void holdsForTheCore() {
      assertHolds(rule, FixtureSigner.class);
    }
  }

  @Nested
  class TestkitDoesNotDependOnTheFeignAdapter {

    @Test
    void failsOnATestkitClassUsingTheFeignModule() {
      assertViolated(
          DiscogsArchitectureTest.testkit_does_not_depend_on_the_feign_adapter,
          TestkitUsingTheFeignModule.class);
    }
  }

  @Nested
  class NothingDependsOnTheCli {

    private final ArchRule rule =
        DiscogsArchitectureTest.nothing_depends_on_the_cli_but_the_cli_itself;

    @Test
    void failsOnALibraryClassUsingTheCli() {
      assertViolated(rule, FeignUsingTheCli.class);
    }

    @Test
    void holdsForTheCliUsingItself() {
      assertHolds(rule, FixtureCommand.class, FixtureConsole.class, FixtureFeignClient.class);
    }
  }

  @Nested
  class NoPublicSignatureShowsFeignOrJacksonDtos {

    private final ArchRule rule =
        DiscogsArchitectureTest
            .no_public_signature_outside_feign_internal_shows_feign_or_jackson_dtos;

    @Test
    void failsOnAnInternalDtoAsReturnType() {
      assertViolated(rule, SignatureLeaks.ReturnsADto.class);
    }

    @Test
    void failsOnAFeignTypeAsParameter() {
      assertViolated(rule, SignatureLeaks.TakesAFeignType.class);
    }

    @Test
    void failsOnADtoAsTypeArgument() {
      assertViolated(rule, SignatureLeaks.ReturnsDtosInAList.class);
    }

    @Test
    void failsOnAFeignTypeInAPublicField() {
      assertViolated(rule, SignatureLeaks.HasAFeignField.class);
    }

    @Test
    void failsOnADtoInAPublicConstructor() {
      assertViolated(rule, SignatureLeaks.TakesADtoInItsConstructor.class);
    }

    @Test
    void failsOnAFeignSupertype() {
      assertViolated(rule, SignatureLeaks.ImplementsAFeignInterface.class);
    }

    @Test
    void failsOnAJacksonDtoOutsideTheFeignModule() {
      assertViolated(rule, StubLeakingAJacksonDto.class, StubPayload.class);
    }

    @Test
    void holdsForAdapterTypesInPrivateMembers() {
      assertHolds(rule, SignatureLeaks.KeepsAdapterTypesPrivate.class, ReleaseDto.class);
    }

    @Test
    void holdsForAClassUsersCannotSee() throws ClassNotFoundException {
      Class<?> hidden =
          Class.forName("dev.needledrop.discogs.archfixtures.feign.PackagePrivateAdapter");

      assertHolds(rule, hidden);
    }

    @Test
    void holdsInsideFeignInternal() {
      assertHolds(rule, FixtureFeignClient.class, InternalDecoder.class, ReleaseDto.class);
    }
  }

  @Nested
  class FeignInternalsAreUsedOnlyInsideTheFeignModule {

    private final ArchRule rule =
        DiscogsArchitectureTest.feign_internal_classes_are_used_only_inside_the_feign_module;

    @Test
    void failsOnAClassOutsideTheFeignModule() {
      assertViolated(rule, CliUsingFeignInternals.class);
    }

    @Test
    void holdsInsideTheFeignModule() {
      assertHolds(
          rule, SignatureLeaks.ReturnsADto.class, InternalDecoder.class, FixtureSigner.class);
    }
  }

  @Nested
  class LibraryCodeDoesNotWriteToStandardStreams {

    private final ArchRule rule =
        DiscogsArchitectureTest.library_code_does_not_write_to_standard_streams;

    @Test
    void failsOnStandardOut() {
      assertViolated(rule, PrintsToStandardOut.class);
    }

    @Test
    void failsOnStandardErr() {
      assertViolated(rule, PrintsToStandardErr.class);
    }

    @Test
    void holdsForTheCli() {
      assertHolds(rule, FixtureCommand.class, ThrowsADiscogsException.class);
    }
  }

  @Nested
  class LibraryCodeDoesNotUseJavaUtilLogging {

    @Test
    void failsOnAJavaUtilLogger() {
      assertViolated(
          DiscogsArchitectureTest.library_code_does_not_use_java_util_logging,
          LogsWithJavaUtilLogging.class);
    }
  }

  @Nested
  class NoClassThrowsGenericExceptions {

    private final ArchRule rule = DiscogsArchitectureTest.no_class_throws_generic_exceptions;

    @Test
    void failsOnRuntimeException() {
      assertViolated(rule, ThrowsRuntimeException.class);
    }

    @Test
    void failsOnException() {
      assertViolated(rule, ThrowsException.class);
    }

    @Test
    void holdsForTheSdksOwnExceptions() {
      assertHolds(rule, ThrowsADiscogsException.class);
    }
  }

  @Nested
  class PackagesFormNoCycles {

    @Test
    void topLevelPackagesFailOnACycle() {
      assertViolated(
          DiscogsArchitectureTest.top_level_packages_form_no_cycles,
          TopLevelLeft.class,
          TopLevelRight.class);
    }

    @Test
    void corePackagesFailOnACycle() {
      assertViolated(
          DiscogsArchitectureTest.core_packages_form_no_cycles, First.class, Second.class);
    }

    @Test
    void corePackagesHoldWhenTheyLayer() {
      assertHolds(
          DiscogsArchitectureTest.core_packages_form_no_cycles,
          CoreLoggingThroughSlf4j.class,
          FixtureSigner.class);
    }
  }
}

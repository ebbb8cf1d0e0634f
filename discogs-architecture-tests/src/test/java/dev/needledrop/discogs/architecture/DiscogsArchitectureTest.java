package dev.needledrop.discogs.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static dev.needledrop.discogs.architecture.Modules.CLI;
import static dev.needledrop.discogs.architecture.Modules.CORE;
import static dev.needledrop.discogs.architecture.Modules.FEIGN;
import static dev.needledrop.discogs.architecture.Modules.FEIGN_INTERNAL;
import static dev.needledrop.discogs.architecture.Modules.FEIGN_LIBRARY;
import static dev.needledrop.discogs.architecture.Modules.JACKSON;
import static dev.needledrop.discogs.architecture.Modules.MAPSTRUCT;
import static dev.needledrop.discogs.architecture.Modules.OAUTH;
import static dev.needledrop.discogs.architecture.Modules.OTHER_MODULES;
import static dev.needledrop.discogs.architecture.Modules.OURS;
import static dev.needledrop.discogs.architecture.Modules.SLF4J_API;
import static dev.needledrop.discogs.architecture.Modules.TESTKIT;
import static dev.needledrop.discogs.architecture.Modules.THE_JDK;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the SDK, checked over the main classes of every module.
 *
 * <p>Test classes are left out of the scan, the deliberately bad fixtures of {@link
 * ArchitectureRulesBiteTest} among them. Rules about modules that may still be empty pass on an
 * empty selection.
 */
@AnalyzeClasses(
    packages = "dev.needledrop.discogs",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DiscogsArchitectureTest {

  @ArchTest
  static final ArchRule core_depends_on_no_feign_jackson_or_mapstruct =
      noClasses()
          .that(CORE)
          .should()
          .dependOnClassesThat(FEIGN_LIBRARY.or(JACKSON).or(MAPSTRUCT))
          .because(
              "the core is the inside of the hexagon: HTTP, JSON and mapping libraries belong to"
                  + " adapters, which users pick and may replace");

  @ArchTest
  static final ArchRule core_depends_on_no_other_module_of_ours =
      noClasses()
          .that(CORE)
          .should()
          .dependOnClassesThat(OTHER_MODULES)
          .because(
              "every module builds on the core; the core reaching back into one would tie all"
                  + " modules together");

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk_and_itself =
      classes()
          .that(CORE)
          .should()
          .onlyDependOnClassesThat(CORE.or(THE_JDK).or(SLF4J_API))
          .because(
              "the core must come without third-party jars; only the SLF4J API, which every"
                  + " application already has, would be acceptable");

  @ArchTest
  static final ArchRule oauth_depends_on_nothing_of_ours_but_the_core =
      noClasses()
          .that()
          .resideInAPackage(OAUTH)
          .should()
          .dependOnClassesThat(resideInAnyPackage(FEIGN, TESTKIT, CLI))
          .because("OAuth signing must work with any HTTP adapter, so it builds on the core alone")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule testkit_does_not_depend_on_the_feign_adapter =
      noClasses()
          .that()
          .resideInAPackage(TESTKIT)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(FEIGN)
          .because(
              "the fakes and the stub server test any adapter, and the Feign adapter's own tests"
                  + " use the testkit")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule nothing_depends_on_the_cli_but_the_cli_itself =
      noClasses()
          .that(OURS)
          .and()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI)
          .because(
              "the CLI is an application at the edge: libraries must not pull in its command line,"
                  + " picocli or logback");

  @ArchTest
  static final ArchRule no_public_signature_outside_feign_internal_shows_feign_or_jackson_dtos =
      classes()
          .that(OURS)
          .and()
          .resideOutsideOfPackage(FEIGN_INTERNAL)
          .should(PublicSignatures.exposeNoFeignTypeOrJacksonDto())
          .because(
              "users program against the core's types; wire DTOs and Feign types are details of"
                  + " one adapter and must stay free to change");

  @ArchTest
  static final ArchRule feign_internal_classes_are_used_only_inside_the_feign_module =
      noClasses()
          .that(OURS)
          .and()
          .resideOutsideOfPackage(FEIGN)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(FEIGN_INTERNAL)
          .because("an internal package is not API: the adapter may change it in any release");

  @ArchTest
  static final ArchRule library_code_does_not_write_to_standard_streams =
      noClasses()
          .that(OURS)
          .and()
          .resideOutsideOfPackage(CLI)
          .should(ACCESS_STANDARD_STREAMS)
          .because(
              "a library must not print into its users' consoles: adapters log through SLF4J and"
                  + " the core logs nothing");

  @ArchTest
  static final ArchRule library_code_does_not_use_java_util_logging =
      noClasses()
          .that(OURS)
          .and()
          .resideOutsideOfPackage(CLI)
          .should(USE_JAVA_UTIL_LOGGING)
          .because("adapters log through the SLF4J API so that users choose the logging backend");

  @ArchTest
  static final ArchRule no_class_throws_generic_exceptions =
      noClasses()
          .that(OURS)
          .should(THROW_GENERIC_EXCEPTIONS)
          .because(
              "callers branch on the DiscogsException tree; a bare RuntimeException or Exception"
                  + " tells them nothing about who is at fault");

  @ArchTest
  static final ArchRule top_level_packages_form_no_cycles =
      slices()
          .matching("dev.needledrop.discogs.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "modules and the core's sub-packages must layer, so that each can be understood and"
                  + " changed without the others");

  @ArchTest
  static final ArchRule core_packages_form_no_cycles =
      slices()
          .assignedFrom(new CorePackages())
          .should()
          .beFreeOfCycles()
          .because(
              "inside the core, model, api, paging, error, auth, ratelimit and internal must"
                  + " layer too, the base package included");
}

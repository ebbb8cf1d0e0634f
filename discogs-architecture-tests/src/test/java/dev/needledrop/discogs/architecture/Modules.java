package dev.needledrop.discogs.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

/**
 * The SDK's modules as package patterns, and the class predicates the rules are built from.
 *
 * <p>A module's sub-tree is matched wherever it sits under the base package ({@code
 * dev.needledrop.discogs..feign..} rather than {@code dev.needledrop.discogs.feign..}), so that the
 * very same rules can be run against the deliberately bad fixtures under {@code
 * dev.needledrop.discogs.archfixtures}, which prove that each rule bites.
 */
final class Modules {

  static final String BASE = "dev.needledrop.discogs..";
  static final String FEIGN = "dev.needledrop.discogs..feign..";
  static final String FEIGN_INTERNAL = "dev.needledrop.discogs..feign.internal..";
  static final String OAUTH = "dev.needledrop.discogs..oauth..";
  static final String TESTKIT = "dev.needledrop.discogs..testkit..";
  static final String CLI = "dev.needledrop.discogs..cli..";

  /** Every class of the SDK, whichever module holds it. */
  static final DescribedPredicate<JavaClass> OURS = resideInAPackage(BASE).as("the SDK's classes");

  /** The modules built on the core. */
  static final DescribedPredicate<JavaClass> OTHER_MODULES =
      resideInAnyPackage(FEIGN, OAUTH, TESTKIT, CLI).as("the feign, oauth, testkit or cli modules");

  /** The core: the base package and every sub-package outside the other modules' sub-trees. */
  static final DescribedPredicate<JavaClass> CORE = OURS.and(not(OTHER_MODULES)).as("the core");

  static final DescribedPredicate<JavaClass> THE_JDK =
      resideInAnyPackage("java..", "javax..").as("the JDK");

  static final DescribedPredicate<JavaClass> SLF4J_API =
      resideInAPackage("org.slf4j..").as("the SLF4J API");

  static final DescribedPredicate<JavaClass> FEIGN_LIBRARY =
      resideInAPackage("feign..").as("Feign");

  static final DescribedPredicate<JavaClass> JACKSON =
      resideInAPackage("com.fasterxml.jackson..").as("Jackson");

  static final DescribedPredicate<JavaClass> MAPSTRUCT =
      resideInAPackage("org.mapstruct..").as("MapStruct");

  private Modules() {}
}

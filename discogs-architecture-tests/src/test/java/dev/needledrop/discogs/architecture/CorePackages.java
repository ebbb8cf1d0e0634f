package dev.needledrop.discogs.architecture;

import static dev.needledrop.discogs.architecture.Modules.CORE;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Cuts the core into one slice per package, its base package included; other modules are left out.
 */
final class CorePackages implements SliceAssignment {

  @Override
  public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
    return CORE.test(javaClass)
        ? SliceIdentifier.of(javaClass.getPackageName())
        : SliceIdentifier.ignore();
  }

  @Override
  public String getDescription() {
    return "the core's packages";
  }
}

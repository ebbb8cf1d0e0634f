package dev.needledrop.discogs.architecture;

import static dev.needledrop.discogs.architecture.Modules.FEIGN_INTERNAL;
import static dev.needledrop.discogs.architecture.Modules.FEIGN_LIBRARY;
import static dev.needledrop.discogs.architecture.Modules.JACKSON;
import static dev.needledrop.discogs.architecture.Modules.OURS;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks what a class shows to its users: the types in its public signature.
 *
 * <p>A signature is what code outside the package can see: a public class's supertypes and type
 * parameters, and the parameter, return, thrown and field types (type arguments included) of its
 * public and protected members. A public class nested in a hidden one is hidden too.
 */
final class PublicSignatures {

  private static final PackageMatcher INTERNAL = PackageMatcher.of(FEIGN_INTERNAL);

  private PublicSignatures() {}

  /** The condition that no Feign type and no Jackson DTO appears in a class's public signature. */
  static ArchCondition<JavaClass> exposeNoFeignTypeOrJacksonDto() {
    return new ArchCondition<>("expose no Feign type and no Jackson DTO in a public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        if (isExposed(type)) {
          reportLeaks(type, "its supertypes", supertypeTypes(type), events);
          visibleMembers(type)
              .forEach(member -> reportLeaks(type, member.getFullName(), typesOf(member), events));
        }
      }
    };
  }

  private static void reportLeaks(
      JavaClass owner, String where, Set<JavaClass> involved, ConditionEvents events) {
    for (JavaClass leaked : involved) {
      leakDescription(leaked)
          .ifPresent(
              what ->
                  events.add(
                      SimpleConditionEvent.violated(
                          owner, "<" + owner.getName() + "> exposes " + what + " in " + where)));
    }
  }

  private static Optional<String> leakDescription(JavaClass type) {
    if (FEIGN_LIBRARY.test(type)) {
      return Optional.of("the Feign type <" + type.getName() + ">");
    }
    if (INTERNAL.matches(type.getPackageName())) {
      return Optional.of("the adapter-internal type <" + type.getName() + ">");
    }
    if (isJacksonDto(type)) {
      return Optional.of("the Jackson DTO <" + type.getName() + ">");
    }
    return Optional.empty();
  }

  /** Tells whether code in any package can see the class. */
  static boolean isExposed(JavaClass type) {
    return type.getModifiers().contains(JavaModifier.PUBLIC)
        && type.getEnclosingClass().map(PublicSignatures::isExposed).orElse(true);
  }

  /** A Jackson DTO is one of our classes that Jackson annotations bind to JSON. */
  static boolean isJacksonDto(JavaClass type) {
    return OURS.test(type)
        && (hasJacksonAnnotation(type)
            || type.getFields().stream().anyMatch(PublicSignatures::hasJacksonAnnotation)
            || type.getCodeUnits().stream().anyMatch(PublicSignatures::isJacksonBound));
  }

  private static boolean isJacksonBound(JavaCodeUnit codeUnit) {
    return hasJacksonAnnotation(codeUnit)
        || codeUnit.getParameters().stream().anyMatch(PublicSignatures::hasJacksonAnnotation);
  }

  private static boolean hasJacksonAnnotation(HasAnnotations<?> element) {
    return element.getAnnotations().stream()
        .anyMatch(annotation -> JACKSON.test(annotation.getRawType()));
  }

  private static Stream<JavaMember> visibleMembers(JavaClass type) {
    return type.getMembers().stream()
        .filter(
            member ->
                member.getModifiers().contains(JavaModifier.PUBLIC)
                    || member.getModifiers().contains(JavaModifier.PROTECTED))
        .filter(member -> !member.getModifiers().contains(JavaModifier.SYNTHETIC))
        .filter(member -> !member.getModifiers().contains(JavaModifier.BRIDGE));
  }

  private static Set<JavaClass> supertypeTypes(JavaClass type) {
    Set<JavaClass> involved = new LinkedHashSet<>();
    type.getSuperclass().ifPresent(superclass -> addAll(involved, superclass));
    type.getInterfaces().forEach(anInterface -> addAll(involved, anInterface));
    type.getTypeParameters().forEach(parameter -> addAll(involved, parameter));
    return involved;
  }

  private static Set<JavaClass> typesOf(JavaMember member) {
    Set<JavaClass> involved = new LinkedHashSet<>();
    if (member instanceof JavaField field) {
      addAll(involved, field.getType());
    } else if (member instanceof JavaCodeUnit codeUnit) {
      codeUnit.getParameterTypes().forEach(parameter -> addAll(involved, parameter));
      addAll(involved, codeUnit.getReturnType());
      codeUnit.getTypeParameters().forEach(parameter -> addAll(involved, parameter));
      addRaw(involved, codeUnit.getThrowsClause().getTypes());
    }
    return involved;
  }

  private static void addAll(Set<JavaClass> involved, JavaType type) {
    addRaw(involved, type.getAllInvolvedRawTypes());
  }

  private static void addRaw(Set<JavaClass> involved, Collection<JavaClass> types) {
    types.forEach(type -> involved.add(type.isArray() ? type.getBaseComponentType() : type));
  }
}

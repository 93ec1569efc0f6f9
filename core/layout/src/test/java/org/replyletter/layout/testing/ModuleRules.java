package org.replyletter.layout.testing;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;

/** Test support (in this module's test-jar): the dependency rules of the optional modules. */
public final class ModuleRules {
  private ModuleRules() {}

  /**
   * Checks that a module's classes use only core's exported API (no package named {@code internal}
   * but their own) and none of the given packages (other modules' libraries).
   *
   * @param rootPackage the module's root package, e.g. {@code org.replyletter.docx}
   * @param forbidden package prefixes the module must not use, e.g. {@code org.jsoup}
   */
  public static void checkUsesCoreApiOnly(String rootPackage, String... forbidden) {
    JavaClasses classes =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage);
    String own = rootPackage + ".internal";
    noClasses()
        .should()
        .dependOnClassesThat(
            describe(
                "are in another module's internal package or in " + Arrays.toString(forbidden),
                (JavaClass c) -> {
                  String p = c.getPackageName();
                  boolean internal = p.startsWith("org.replyletter.")
                      && (p.endsWith(".internal") || p.contains(".internal."))
                      && !p.equals(own) && !p.startsWith(own + ".");
                  return internal || Arrays.stream(forbidden).anyMatch(f -> p.equals(f) || p.startsWith(f + "."));
                }))
        .because("an optional module builds on core's public API only, and brings no other module's library")
        .check(classes);
  }
}

package org.replyletter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The package dependencies of the core run one way:
 *
 * <pre>
 *   model (org.replyletter) ← diagnostics ← json ← validation, text, subsidy ← jackson
 * </pre>
 *
 * with {@code org.replyletter.internal} (messages, numerals) below them all. A feature's public
 * package and its {@code internal} package belong together (an API and its implementation); between
 * features nothing runs backwards, and no cycle closes. Each rule says what it forbids when it fails.
 */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.replyletter");

  private static final String[] FEATURES = {
    "org.replyletter.diagnostics..", "org.replyletter.json..", "org.replyletter.validation..",
    "org.replyletter.text..", "org.replyletter.subsidy..", "org.replyletter.jackson.."
  };

  private static void check(ArchRule rule) {
    rule.check(CORE);
  }

  @Test
  void model_dependsOnNoFeature() {
    check(
        noClasses()
            .that().resideInAPackage("org.replyletter")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("the model is the bottom layer: its values know nothing of how they are read, checked or reported"));
  }

  @Test
  void sharedInternals_dependOnNothingOfTheLibrary() {
    check(
        noClasses()
            .that().resideInAPackage("org.replyletter.internal")
            .should().dependOnClassesThat().resideInAnyPackage(concat(FEATURES, "org.replyletter"))
            .because("messages and numerals serve every layer, so they may use none"));
  }

  @Test
  void diagnostics_dependOnlyOnTheModel() {
    check(
        noClasses()
            .that().resideInAPackage("org.replyletter.diagnostics..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "org.replyletter.json..", "org.replyletter.validation..", "org.replyletter.text..",
                "org.replyletter.subsidy..")
            .because("findings are what reading, validation and the calculator report, so they use none of them"));
  }

  @Test
  void json_dependsOnNeitherValidationNorTextNorSubsidy() {
    check(
        noClasses()
            .that().resideInAPackage("org.replyletter.json..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "org.replyletter.validation..", "org.replyletter.text..", "org.replyletter.subsidy..")
            .because("reading and writing JSON is below the features that read and write it"));
  }

  @Test
  void validationTextAndSubsidy_dependNotOnEachOther() {
    String[][] pairs = {
      {"org.replyletter.validation..", "org.replyletter.text..", "org.replyletter.subsidy.."},
      {"org.replyletter.text..", "org.replyletter.validation..", "org.replyletter.subsidy.."},
      {"org.replyletter.subsidy..", "org.replyletter.validation..", "org.replyletter.text.."},
    };
    for (String[] p : pairs) {
      check(
          noClasses()
              .that().resideInAPackage(p[0])
              .should().dependOnClassesThat().resideInAnyPackage(p[1], p[2])
              .because("validation, text import and subsidies are independent features on the same layers"));
    }
  }

  /**
   * Subsidy values know nothing of their JSON: the dependency runs facade ({@code SubsidyJson}) →
   * codecs ({@code subsidy.internal}) → values. Besides the facade, public subsidy types may use only
   * the internal classes that are not JSON: the calculator its compiled versions and the code
   * registry, a schedule its overlap finder. (Remaining edge: {@code SubsidySchedule.jinjiang()} and
   * {@code xiamen()} load the bundled schedules through the facade, a same-package edge.)
   */
  @Test
  void subsidyValues_dependOnNoJsonCodec() {
    check(
        noClasses()
            .that().resideInAPackage("org.replyletter.subsidy")
            .and().doNotHaveSimpleName("SubsidyJson")
            .should().dependOnClassesThat(
                com.tngtech.archunit.base.DescribedPredicate.and(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.replyletter.subsidy.internal"),
                    com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(
                            org.replyletter.subsidy.internal.CompiledVersion.class,
                            org.replyletter.subsidy.internal.CompiledVersion[].class,
                            org.replyletter.subsidy.internal.SubsidyCode.class,
                            org.replyletter.subsidy.internal.Tally.class,
                            org.replyletter.subsidy.internal.VersionOverlaps.class))))
            .because("subsidy values are read and written through SubsidyJson, as letters through ReplyLetterJson"));
    check(
        noClasses()
            .that().resideInAPackage("org.replyletter.subsidy")
            .and().doNotHaveSimpleName("SubsidyJson")
            .should().dependOnClassesThat().resideInAPackage("org.replyletter.json.internal")
            .because("only the subsidy facade sets up the JSON machinery"));
  }

  @Test
  void jacksonModule_isUsedByNoOtherPackage() {
    check(
        noClasses()
            .that().resideOutsideOfPackage("org.replyletter.jackson..")
            .should().dependOnClassesThat().resideInAPackage("org.replyletter.jackson..")
            .because("the Jackson module is the top layer: it writes what the features make, and none of them"
                + " needs a user's mapper"));
  }

  @Test
  void features_formNoCycle() {
    check(
        slices()
            .matching("org.replyletter.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle between features would make each depend on everything the other does"));
  }

  private static String[] concat(String[] a, String b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }
}

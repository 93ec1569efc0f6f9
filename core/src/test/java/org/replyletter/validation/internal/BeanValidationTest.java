package org.replyletter.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.CascadableDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.replyletter.CcGroup;
import org.replyletter.HandlingChecklist;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.Suggestion;
import org.replyletter.testing.LetterGenerators;
import org.replyletter.diagnostics.Finding;

/** The Bean Validation bridge: accessors seen, paths as JSON Pointers, empty optionals pass. */
class BeanValidationTest {
  private static List<String> found(ReplyLetter l) {
    return BeanValidation.instance().validate(l).stream().map(f -> f.code() + " " + f.path()).sorted().toList();
  }

  @Test
  void emptyLetter_hasNoViolation() {
    assertEquals(List.of(), found(ReplyLetter.builder().build()));
  }

  @Test
  void blankTitle_isSeenOnTheAccessor() {
    assertEquals(List.of("RL-BV-001 /title"), found(ReplyLetter.builder().title(" ").build()));
  }

  @Test
  void nestedListElement_becomesPointerWithIndexes() {
    Section ok = Section.builder().ordinal("一").addParagraphs("正文").build();
    Section bad = Section.builder().ordinal("二").addParagraphs("正文", "正文", "\u3000").build();
    ReplyLetter l = ReplyLetter.builder().addSections(ok, ok, ok, bad).build();
    assertEquals(List.of("RL-BV-001 /sections/3/paragraphs/2"), found(l));
  }

  @Test
  void optionalInsideList_andRequiredMember() {
    Suggestion s = Suggestion.builder().ordinal(" ").title("").build();
    ReplyLetter l =
        ReplyLetter.builder()
            .checklist(HandlingChecklist.builder().addSuggestions(s).build())
            .addCc(CcGroup.of("民政局", ""))
            .build();
    assertEquals(
        List.of(
            "RL-BV-001 /cc/0/recipients/1",
            "RL-BV-001 /checklist/suggestions/0/ordinal",
            "RL-BV-001 /checklist/suggestions/0/title"),
        found(l));
  }

  @Test
  void messages_areOurs_bilingual() {
    Finding f = BeanValidation.instance().validate(ReplyLetter.builder().title("").build()).get(0);
    assertEquals("“title”不能为空白", f.message());
    assertEquals("\"title\" must not be blank", f.message(java.util.Locale.ENGLISH));
  }

  /** RL-BV-002 and RL-BV-003: constraints the model does not use yet, mapped all the same. */
  static final class Probe {
    @jakarta.validation.constraints.NotNull
    String name() {
      return null;
    }

    @jakarta.validation.constraints.Size(min = 2)
    List<String> items() {
      return List.of("x");
    }
  }

  /** Holders for the shortcut's guard: text only, other kinds, and other kinds reached by cascading. */
  static final class TextOnly {
    public java.util.Optional<@jakarta.validation.constraints.NotBlank String> name() {
      return java.util.Optional.empty();
    }

    public List<@jakarta.validation.constraints.NotBlank String> lines() {
      return List.of();
    }

    public List<@Valid TextOnly> children() {
      return List.of();
    }
  }

  static final class CascadesToProbe {
    public List<@Valid Probe> probes() {
      return List.of();
    }
  }

  static final class BlankCheckedNumber {
    @jakarta.validation.constraints.NotBlank
    public StringBuilder text() {
      return new StringBuilder("x");
    }
  }

  @Test
  void onlyBlankTextFails_isWhatHibernateFindsInTheModel() {
    // The model: @NotBlank on text is its only constraint, so validation of JSON need not start
    // Hibernate: the blank texts the reader noted are its findings. A new kind of constraint fails
    // here: then the constant must become false (see LetterValidator.validateLetter and BlankHintTest).
    Validator v = BeanValidation.instance().validator();
    assertEquals(onlyNotBlankOnText(v, ReplyLetter.class), BeanValidation.ONLY_BLANK_TEXT_FAILS);
  }

  @Test
  void onlyNotBlankOnText_seesEveryOtherKindOfConstraint() {
    // The walk above is sound: it says no for a constraint of any other kind, anywhere it cascades.
    Validator v = BeanValidation.instance().validator();
    assertTrue(onlyNotBlankOnText(v, TextOnly.class));
    assertFalse(onlyNotBlankOnText(v, Probe.class));
    assertFalse(onlyNotBlankOnText(v, CascadesToProbe.class));
    assertFalse(onlyNotBlankOnText(v, BlankCheckedNumber.class));
  }

  /**
   * Whether {@code @NotBlank} on text is the only constraint of {@code root} and of every class it
   * cascades into ({@code @Valid}), from Hibernate's own metadata.
   */
  static boolean onlyNotBlankOnText(Validator validator, Class<?> root) {
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      if (!bean.getConstraintDescriptors().isEmpty()) {
        return false; // a class-level constraint
      }
      for (PropertyDescriptor p : bean.getConstrainedProperties()) {
        if (!onlyNotBlankOnText(p, todo)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a property or container element (a list's element, an optional's value), and every
   * container element within it, has {@code @NotBlank} on text as its only constraint; the bean
   * classes it cascades into go to {@code todo}.
   */
  private static <D extends ElementDescriptor & CascadableDescriptor & ContainerDescriptor> boolean onlyNotBlankOnText(
      D element, Deque<Class<?>> todo) {
    for (ConstraintDescriptor<?> d : element.getConstraintDescriptors()) {
      if (d.getAnnotation().annotationType() != NotBlank.class || element.getElementClass() != String.class) {
        return false;
      }
    }
    if (element.isCascaded()) {
      todo.add(element.getElementClass());
    }
    for (ContainerElementTypeDescriptor e : element.getConstrainedContainerElementTypes()) {
      if (!onlyNotBlankOnText(e, todo)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void otherConstraints_haveTheirCodes() {
    List<String> got =
        BeanValidation.instance().validator().validate(new Probe()).stream()
            .map(BeanValidation::toFinding)
            .map(f -> f.code() + " " + f.path() + " " + f.arguments())
            .sorted()
            .toList();
    assertEquals(List.of("RL-BV-002 /name [name]", "RL-BV-003 /items [items, Size]"), got);
    assertTrue(Finding.of("RL-BV-003", org.replyletter.diagnostics.Severity.ERROR, "", "items", "Size").message().contains("Size"));
  }

  /**
   * Metadata built from the abstract classes only finds exactly what Hibernate finds with its default
   * metadata of the generated classes (and their whole hierarchy), for letters full of blank texts.
   */
  @Test
  void metadataOfAbstractClasses_findsWhatDefaultMetadataFinds() {
    Validator plain =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .getterPropertySelectionStrategy(new BeanValidation.AccessorStrategy())
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    int[] withFindings = {0};
    qt().withFixedSeed(20261129L)
        .withExamples(300)
        .forAll(LetterGenerators.lettersWithEdgeCaseTexts())
        .checkAssert(
            l -> {
              List<String> expected =
                  plain.validate(l).stream()
                      .filter(v -> !isAbsentOptional(v))
                      .map(BeanValidation::toFinding)
                      .map(f -> f.code() + " " + f.path())
                      .sorted()
                      .toList();
              assertEquals(expected, found(l));
              withFindings[0] += expected.isEmpty() ? 0 : 1;
            });
    assertTrue(withFindings[0] > 30, "too few letters with violations to compare: " + withFindings[0]);
  }

  /**
   * True for a violation on the empty value of an {@code Optional}: Hibernate's own extractor hands
   * an empty optional to {@code Optional<@NotBlank String>} as null. The library's validator never
   * sees those ({@link BeanValidation.PresentOptional}); the plain one is filtered with this.
   */
  private static boolean isAbsentOptional(ConstraintViolation<?> v) {
    if (v.getInvalidValue() != null || v.getLeafBean() == null) {
      return false;
    }
    String property = null;
    for (Path.Node n : v.getPropertyPath()) {
      if (n.getKind() == ElementKind.PROPERTY) {
        property = n.getName();
      }
    }
    for (Class<?> c = v.getLeafBean().getClass(); property != null && c != null; c = c.getSuperclass()) {
      try {
        return Optional.class.isAssignableFrom(c.getDeclaredMethod(property).getReturnType());
      } catch (NoSuchMethodException e) {
        // look in the superclass
      }
    }
    return false;
  }

  @Test
  void absentOptionals_areNotViolations_presentBlankOnesAre() {
    Validator raw = BeanValidation.instance().validator();
    assertEquals(0, raw.validate(ReplyLetter.builder().build()).size());
    assertEquals(List.of("RL-BV-001 /title"), found(ReplyLetter.builder().title("\u3000").build()));
    assertEquals(
        List.of("RL-BV-001 /sections/0/heading"),
        found(ReplyLetter.builder().addSections(Section.builder().heading(" ").addParagraphs("正文").build()).build()));
  }

  @Test
  void modelClasses_mapGeneratedClassesToTheirAbstractClass() {
    BeanValidation.ModelClasses n = new BeanValidation.ModelClasses();
    assertSame(Section.class, n.normalize(Section.builder().build().getClass()));
    assertSame(ReplyLetter.class, n.normalize(ReplyLetter.builder().build().getClass()));
    assertSame(CcGroup.class, n.normalize(CcGroup.of("某").getClass()));
    // Anything else stays as it is: the abstract classes themselves, other classes, other packages.
    assertSame(Section.class, n.normalize(Section.class));
    assertSame(Probe.class, n.normalize(Probe.class));
    assertSame(String.class, n.normalize(String.class));
    assertSame(ImmutableWidget.class, n.normalize(ImmutableWidget.class));
  }

  /** Named like a generated class, but outside the model's package. */
  abstract static class Widget {}

  static final class ImmutableWidget extends Widget {}

  @Test
  void prepare_leavesValidationAsItWas() {
    BeanValidation.instance().prepare();
    assertEquals(List.of("RL-BV-001 /title"), found(ReplyLetter.builder().title(" ").build()));
    assertEquals(List.of(), found(BeanValidation.sample()));
  }

  /**
   * The sample that {@code prepare} validates holds a value of every bean class validation cascades
   * into, so that it builds all their metadata; a new {@code @Valid} member of the model fails here
   * until the sample has one.
   */
  @Test
  void sample_coversEveryCascadedBeanClass() throws Exception {
    Set<Class<?>> cascaded = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(ReplyLetter.class));
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!cascaded.add(c)) {
        continue;
      }
      for (Method m : c.getDeclaredMethods()) {
        Class<?> target = m.getParameterCount() == 0 ? cascadedType(m) : null;
        if (target != null) {
          todo.add(target);
        }
      }
    }
    Set<Class<?>> present = new LinkedHashSet<>();
    collect(BeanValidation.sample(), present);
    for (Class<?> c : cascaded) {
      assertTrue(present.stream().anyMatch(c::isAssignableFrom), "the sample letter has no " + c.getSimpleName());
    }
    assertTrue(cascaded.size() >= 10, cascaded::toString);
  }

  /** The class a {@code @Valid} accessor cascades into ({@code @Valid T}, {@code List<@Valid T>}…), else null. */
  private static Class<?> cascadedType(Method m) {
    if (m.isAnnotationPresent(Valid.class)) {
      return m.getReturnType();
    }
    AnnotatedType t = m.getAnnotatedReturnType();
    if (t instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
        if (arg.isAnnotationPresent(Valid.class) && arg.getType() instanceof Class<?> c) {
          return c;
        }
      }
    }
    return null;
  }

  /** The classes of every model value reachable from {@code value} through its cascading accessors. */
  private static void collect(Object value, Set<Class<?>> out) throws ReflectiveOperationException {
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        collect(o.get(), out);
      }
      return;
    }
    if (value instanceof Collection<?> c) {
      for (Object e : c) {
        collect(e, out);
      }
      return;
    }
    if (value == null || !out.add(value.getClass())) {
      return;
    }
    for (Method m : value.getClass().getSuperclass().getDeclaredMethods()) {
      if (m.getParameterCount() == 0
          && Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && cascadedType(m) != null) {
        collect(m.invoke(value), out);
      }
    }
  }
}

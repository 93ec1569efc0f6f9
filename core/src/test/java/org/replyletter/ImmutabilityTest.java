package org.replyletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public model type of package {@code org.replyletter} is immutable: its implementation class
 * is final, every instance field is private and final, every collection it returns is unmodifiable,
 * and it has no public setter. The list of types below must cover every public top-level class of
 * the package (checked by scanning the compiled classes), so a new type cannot slip past.
 */
class ImmutabilityTest {

  /** The public model types: the letter, its value types, and the enums they use. */
  static final List<Class<?>> MODEL_TYPES =
      List.of(
          ReplyLetter.class,
          DocumentNumber.class,
          DocumentNumber.Normalisation.class,
          Money.class,
          Money.Unit.class,
          ReplyClassification.class,
          ClassificationScheme.class,
          ProposalReference.class,
          Channel.class,
          HandlingRole.class,
          Proposer.class,
          ProposerRole.class,
          Sponsorship.class,
          Section.class,
          HandlingChecklist.class,
          Suggestion.class,
          Disposition.class,
          NotImplementableItem.class,
          CcGroup.class,
          Contact.class,
          ContactRole.class,
          Disclosure.class,
          StatedSubsidy.class,
          SubsidyKind.class);

  /** Public top-level classes of the package that are not model values, with the reason. */
  static final Map<Class<?>, String> NOT_MODEL_TYPES =
      Map.of(ValueParseException.class, "an exception (its fields are final; it is not a value)");

  /** A populated instance of every model value type, so that its collections are not empty. */
  static Object sample(Class<?> type) {
    ReplyLetter letter = letter();
    Map<Class<?>, Object> samples =
        Map.ofEntries(
            Map.entry(ReplyLetter.class, letter),
            Map.entry(DocumentNumber.class, DocumentNumber.parse("晋残函[2024]第07号")),
            Map.entry(Money.class, Money.parse("1.16亿元")),
            Map.entry(ReplyClassification.class, letter.classification().orElseThrow()),
            Map.entry(ProposalReference.class, letter.proposal().orElseThrow()),
            Map.entry(Proposer.class, letter.addressees().get(0)),
            Map.entry(Section.class, letter.sections().get(0)),
            Map.entry(HandlingChecklist.class, letter.checklist().orElseThrow()),
            Map.entry(Suggestion.class, letter.checklist().orElseThrow().suggestions().get(0)),
            Map.entry(Disposition.class, letter.checklist().orElseThrow().suggestions().get(0).disposition()),
            Map.entry(NotImplementableItem.class, NotImplementableItem.of("设立专门机构", "编制所限")),
            Map.entry(CcGroup.class, letter.cc().get(0)),
            Map.entry(Contact.class, letter.contacts().get(0)),
            Map.entry(
                StatedSubsidy.class,
                StatedSubsidy.builder()
                    .addKinds(SubsidyKind.COMPLETION_CERTIFICATE, SubsidyKind.SPECIAL_ABILITY_CERTIFICATE)
                    .amount(Money.parse("500元"))
                    .putUnknownMember("note", "\"x\"")
                    .build()));
    Object sample = samples.get(type);
    assertNotNull(sample, "no sample for " + type);
    return sample;
  }

  private static ReplyLetter letter() {
    return ReplyLetter.builder()
        .documentNumber(DocumentNumber.parse("晋残函〔2024〕7号"))
        .classification(ReplyClassification.of("A"))
        .title("关于晋江市政协十四届三次会议第3号提案的答复函")
        .proposal(
            ProposalReference.builder()
                .channel(Channel.CPPCC_PROPOSAL)
                .body("晋江市政协")
                .term(14)
                .number("3")
                .build())
        .addAdditionalProposals(ProposalReference.builder().title("关于孤独症儿童康复的提案").build())
        .handlingRole(HandlingRole.LEAD)
        .addAddressees(Proposer.of("王颖芳", ProposerRole.MEMBER))
        .addSections(Section.builder().ordinal("一").heading("加强宣传").addParagraphs("正文。").build())
        .checklist(
            HandlingChecklist.builder()
                .addSuggestions(
                    Suggestion.builder()
                        .title("建议一")
                        .disposition(
                            Disposition.builder()
                                .addCompleted("已完成。")
                                .addInProgress("开展中。")
                                .addNotImplementable(NotImplementableItem.of("事项", "原因"))
                                .addStatedSubsidies(StatedSubsidy.cap(Money.parse("3900元")))
                                .build())
                        .build())
                .build())
        .addCc(CcGroup.of("市领导陈友爱", "吴尊意"))
        .issueDate(LocalDate.of(2024, 6, 3))
        .addContacts(Contact.of(ContactRole.HANDLER, "李四", "0595-85678901"))
        .build();
  }

  static Stream<Class<?>> modelTypes() {
    return MODEL_TYPES.stream();
  }

  static Stream<Class<?>> valueTypes() {
    return MODEL_TYPES.stream().filter(c -> !c.isEnum());
  }

  @Test
  void modelTypeList_coversEveryPublicTopLevelClassOfThePackage() throws IOException, URISyntaxException {
    Path dir =
        Path.of(ReplyLetter.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve("org/replyletter");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$") || name.equals("package-info.class")) {
          continue;
        }
        Class<?> c = load("org.replyletter." + name.substring(0, name.length() - ".class".length()));
        if (!Modifier.isPublic(c.getModifiers())) {
          continue; // generated ImmutableX implementations are package-private
        }
        if (c.isInterface()) {
          // Immutables' generated copy interfaces (WithX) belong to a listed value type.
          assertTrue(
              c.getSimpleName().startsWith("With") && MODEL_TYPES.stream().anyMatch(m -> m.getInterfaces().length > 0 && List.of(m.getInterfaces()).contains(c)),
              "public interface " + c.getName() + " is not the copy interface of a listed model type");
          continue;
        }
        if (!MODEL_TYPES.contains(c) && !NOT_MODEL_TYPES.containsKey(c)) {
          missing.add(c.getName());
        }
      }
    }
    assertEquals(
        Set.of(),
        missing,
        "public classes of org.replyletter not in ImmutabilityTest.MODEL_TYPES: add each (and a sample)");
    // Nested public types of listed types (Money.Unit, DocumentNumber.Normalisation) are listed too.
    for (Class<?> c : MODEL_TYPES) {
      for (Class<?> nested : c.getDeclaredClasses()) {
        if (Modifier.isPublic(nested.getModifiers()) && !nested.getSimpleName().equals("Builder")) {
          assertTrue(MODEL_TYPES.contains(nested), "nested public type not listed: " + nested.getName());
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void implementationClass_isFinal(Class<?> type) {
    Class<?> impl = implementation(type);
    assertTrue(Modifier.isFinal(impl.getModifiers()) || impl.isEnum() && !hasConstantBodies(impl), impl + " is not final");
    if (!type.isEnum()) {
      // No public or protected constructor: nobody outside the package can subclass the abstract type.
      for (var c : type.getDeclaredConstructors()) {
        assertFalse(Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()), c + " is visible");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void instanceFields_arePrivateAndFinal(Class<?> type) {
    for (Class<?> c = implementation(type); c != null && c != Object.class && c != Enum.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
          continue;
        }
        assertTrue(Modifier.isFinal(f.getModifiers()), f + " is not final");
        assertTrue(Modifier.isPrivate(f.getModifiers()), f + " is not private");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void noPublicSetters(Class<?> type) {
    for (Class<?> c : List.of(type, implementation(type))) {
      for (Method m : c.getMethods()) {
        if (Modifier.isStatic(m.getModifiers())
            || m.getDeclaringClass() == Object.class
            || m.getDeclaringClass() == Enum.class) {
          continue;
        }
        boolean setterName = m.getName().startsWith("set") && m.getName().length() > 3 && Character.isUpperCase(m.getName().charAt(3));
        assertFalse(setterName, m + " looks like a setter");
        if (m.getParameterCount() > 0 && m.getReturnType() == void.class) {
          fail(m + " takes arguments and returns nothing: a mutator");
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("valueTypes")
  void returnedCollections_areUnmodifiable(Class<?> type) throws IllegalAccessException, InvocationTargetException {
    Object sample = sample(type);
    int checked = 0;
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || !Collection.class.isAssignableFrom(m.getReturnType())) {
        continue;
      }
      Collection<?> c = (Collection<?>) m.invoke(sample);
      assertFalse(c.isEmpty(), () -> "sample has an empty " + m.getName() + "(): cannot test modification");
      assertUnmodifiable(m.getName(), c);
      checked++;
    }
    long declared = Stream.of(type.getMethods()).filter(m -> Collection.class.isAssignableFrom(m.getReturnType()) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())).count();
    assertEquals(declared, checked);
  }

  @ParameterizedTest
  @MethodSource("valueTypes")
  void returnedMaps_areUnmodifiable(Class<?> type) throws IllegalAccessException, InvocationTargetException {
    Object sample = sample(type);
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || !Map.class.isAssignableFrom(m.getReturnType())) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<Object, Object> map = (Map<Object, Object>) m.invoke(sample);
      assertThrows(UnsupportedOperationException.class, () -> map.put("x", "1"), m.getName() + " accepts put");
      assertThrows(UnsupportedOperationException.class, () -> map.putAll(Map.of("y", "2")), m.getName() + " accepts putAll");
    }
  }

  @ParameterizedTest
  @MethodSource("modelTypes")
  void enumCollections_areUnmodifiable(Class<?> type) throws IllegalAccessException, InvocationTargetException {
    if (!type.isEnum()) {
      return;
    }
    for (Object constant : type.getEnumConstants()) {
      for (Method m : type.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && Collection.class.isAssignableFrom(m.getReturnType())) {
          assertUnmodifiable(constant + "." + m.getName(), (Collection<?>) m.invoke(constant));
        }
      }
    }
  }

  @Test
  void builderInputLists_areCopied() {
    List<String> paragraphs = new ArrayList<>(List.of("一段"));
    Section s = Section.builder().paragraphs(paragraphs).build();
    paragraphs.add("后加");
    assertEquals(List.of("一段"), s.paragraphs(), "the section kept a copy");
  }

  @Test
  void withMethods_returnCopies_leaveOriginalUnchanged() {
    ReplyLetter original = letter();
    ReplyLetter changed = original.withTitle("新标题");
    assertEquals("关于晋江市政协十四届三次会议第3号提案的答复函", original.title().orElseThrow());
    assertEquals("新标题", changed.title().orElseThrow());
  }

  @Test
  void builders_refuseNulls() {
    assertThrows(NullPointerException.class, () -> ReplyLetter.builder().title((String) null));
    assertThrows(NullPointerException.class, () -> Section.builder().addParagraphs((String) null));
    assertThrows(NullPointerException.class, () -> CcGroup.of("a", null));
  }

  private static void assertUnmodifiable(String what, Collection<?> c) {
    assertThrows(UnsupportedOperationException.class, () -> addNull(c), what + " accepts add");
    assertThrows(UnsupportedOperationException.class, c::clear, what + " accepts clear");
    if (c instanceof List<?> list && !list.isEmpty()) {
      assertThrows(UnsupportedOperationException.class, () -> list.remove(0), what + " accepts remove");
    }
  }

  @SuppressWarnings("unchecked")
  private static void addNull(Collection<?> c) {
    ((Collection<Object>) c).add(c.isEmpty() ? "x" : c.iterator().next());
  }

  /** The class of the instances users get: the generated ImmutableX for abstract value types. */
  private static Class<?> implementation(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers()) || type.isEnum()) {
      return type;
    }
    return sample(type).getClass();
  }

  private static boolean hasConstantBodies(Class<?> enumType) {
    for (Object constant : enumType.getEnumConstants()) {
      if (constant.getClass() != enumType) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ImmutabilityTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}

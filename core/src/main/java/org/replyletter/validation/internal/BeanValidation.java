package org.replyletter.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.UnwrapByDefault;
import jakarta.validation.valueextraction.ValueExtractor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.replyletter.CcGroup;
import org.replyletter.Channel;
import org.replyletter.Contact;
import org.replyletter.ContactRole;
import org.replyletter.Disposition;
import org.replyletter.HandlingChecklist;
import org.replyletter.Money;
import org.replyletter.NotImplementableItem;
import org.replyletter.ProposalReference;
import org.replyletter.Proposer;
import org.replyletter.ProposerRole;
import org.replyletter.ReplyClassification;
import org.replyletter.ReplyLetter;
import org.replyletter.Section;
import org.replyletter.StatedSubsidy;
import org.replyletter.Suggestion;
import org.replyletter.diagnostics.Finding;

/**
 * The model's Bean Validation constraints ({@code @NotBlank} on names, titles, paragraphs…) as
 * findings with stable codes, JSON Pointers and the library's own bilingual messages.
 *
 * <p>Hibernate Validator is set up so that the model's record-style accessors ({@code title()}, not
 * {@code getTitle()}) are properties: by default it only sees JavaBeans getters and would silently
 * ignore every constraint on them. Its metadata is built for the model's abstract classes only
 * ({@link ModelClasses}); an empty {@code Optional} is absent, not a null to validate
 * ({@link PresentOptional}); and its messages are never interpolated ({@link TemplateOnly}): findings
 * carry the library's own. An application's {@code META-INF/validation.xml} is not read: the model's
 * constraints are the library's, whatever the application configures for its own beans (which
 * {@code LetterConstraints.configure} can extend to letters). One instance is thread-safe
 * (Hibernate's validator is).
 */
public final class BeanValidation {
  /** Built on first use, not with the class: validation of JSON often needs only its constants. */
  private static final class Shared {
    static final BeanValidation INSTANCE = new BeanValidation();
  }

  private final Validator validator;

  private BeanValidation() {
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .getterPropertySelectionStrategy(new AccessorStrategy())
            .beanMetaDataClassNormalizer(new ModelClasses())
            .messageInterpolator(new TemplateOnly())
            .addValueExtractor(new PresentOptional())
            .buildValidatorFactory();
    // The factory lives as long as the class: it holds only metadata caches.
    this.validator = factory.getValidator();
  }

  /** The shared instance. */
  public static BeanValidation instance() {
    return Shared.INSTANCE;
  }

  /** The configured validator; for tests of the mapping. */
  Validator validator() {
    return validator;
  }

  /**
   * Builds Hibernate's metadata for every bean class validation cascades into, and loads its
   * validation engine, by validating {@link #sample()}: the one-off cost of the first validation.
   */
  public void prepare() {
    validate(sample());
  }

  /**
   * A letter with a value of each bean class that validation cascades into ({@code @Valid}), so that
   * validating it builds the metadata of all of them. The values need not make sense.
   */
  static ReplyLetter sample() {
    return ReplyLetter.builder()
        .classification(ReplyClassification.of("A"))
        .proposal(ProposalReference.builder().channel(Channel.CPPCC_PROPOSAL).body("政协").number("1").build())
        .addAddressees(Proposer.of("某", ProposerRole.MEMBER))
        .addSections(Section.builder().addParagraphs("正文").build())
        .checklist(
            HandlingChecklist.builder()
                .addSuggestions(
                    Suggestion.builder()
                        .title("建议")
                        .disposition(
                            Disposition.builder()
                                .addNotImplementable(NotImplementableItem.of("事项", "原因"))
                                .addStatedSubsidies(StatedSubsidy.cap(Money.ofYuan(1)))
                                .build())
                        .build())
                .build())
        .addCc(CcGroup.of("某"))
        .addContacts(Contact.of(ContactRole.HANDLER, "某", "1"))
        .build();
  }

  /** Validates the letter's constraints; every violation one finding. */
  public List<Finding> validate(ReplyLetter letter) {
    Set<ConstraintViolation<ReplyLetter>> violations = validator.validate(letter);
    List<Finding> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<ReplyLetter> v : violations) {
      out.add(toFinding(v));
    }
    return out;
  }

  /**
   * Whether {@code @NotBlank} on text is the only constraint the model declares, on any class
   * validation cascades into, so that a letter none of whose texts is blank has no violation: then
   * validation of JSON, whose reader looks at every text anyway, need neither walk the letter nor
   * start Hibernate Validator at all. A fact of the model's source, stated here rather than worked
   * out from Hibernate's metadata, since working it out would cost the very start-up it saves;
   * {@code BeanValidationTest} works it out and fails if a constraint of another kind is added.
   */
  public static final boolean ONLY_BLANK_TEXT_FAILS = true;

  /**
   * Unwraps an {@code Optional} for its constraints and cascades only when it holds a value. The
   * model means {@code Optional<@NotBlank String>} as "absent, or not blank": absence is a presence
   * rule's business. Hibernate's own extractor hands an empty optional to the constraints as null,
   * which {@code @NotBlank} rejects, so every absent member would make a violation to be
   * recognised and dropped again. Registered in
   * the configuration, this one replaces the built-in extractor of {@code Optional}.
   */
  @UnwrapByDefault
  static final class PresentOptional implements ValueExtractor<Optional<@ExtractedValue ?>> {
    @Override
    public void extractValues(Optional<?> originalValue, ValueReceiver receiver) {
      if (originalValue.isPresent()) {
        receiver.value(null, originalValue.get());
      }
    }
  }

  static Finding toFinding(ConstraintViolation<?> v) {
    Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
    String pointer = pointer(v.getPropertyPath());
    String member = lastMember(v.getPropertyPath());
    if (type == NotBlank.class) {
      return Code.BV_BLANK.at(pointer, member);
    }
    if (type == NotNull.class) {
      return Code.BV_NULL.at(pointer, member);
    }
    return Code.BV_OTHER.at(pointer, member, type.getSimpleName());
  }

  /**
   * The JSON Pointer of a property path: {@code sections[3].paragraphs[2].<list element>} becomes
   * {@code /sections/3/paragraphs/2}. Bean Validation puts an element's index on the node
   * <em>after</em> the container, so an index is appended before that node's name; container-element
   * nodes ({@code <list element>}, {@code <optional element>}) add no name. JSON member names are the
   * accessor names, so a property name is a member name.
   */
  static String pointer(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable()) {
        if (n.getIndex() != null) {
          b.append('/').append(n.getIndex());
        } else if (n.getKey() != null) {
          appendSegment(b, String.valueOf(n.getKey()));
        }
      }
      if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
        appendSegment(b, n.getName());
      }
    }
    return b.toString();
  }

  private static String lastMember(Path path) {
    String name = "";
    for (Path.Node n : path) {
      if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
        name = n.getName();
      }
    }
    return name;
  }

  private static void appendSegment(StringBuilder b, String segment) {
    b.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
  }

  /**
   * Hibernate's metadata for the model's abstract value classes, not for the classes Immutables
   * generates from them ({@code ImmutableSection} extends {@code Section}). The constraints are all
   * on the abstract classes; the generated ones only add implementations, builders and {@code with}
   * methods, so building their metadata as well (every method, the whole hierarchy) would add to the
   * cost of the first validation for nothing. The accessors are still called on the instance.
   */
  static final class ModelClasses implements BeanMetaDataClassNormalizer {
    private static final String MODEL_PACKAGE = "org.replyletter";

    // Hibernate asks for every bean it validates: remember each class's answer, which takes string
    // work (package names) to find.
    private static final ClassValue<Class<?>> NORMALIZED =
        new ClassValue<>() {
          @Override
          protected Class<?> computeValue(Class<?> beanClass) {
            Class<?> parent = beanClass.getSuperclass();
            if (parent != null
                && Modifier.isAbstract(parent.getModifiers())
                && MODEL_PACKAGE.equals(parent.getPackageName())
                && beanClass.getPackageName().equals(MODEL_PACKAGE)
                && beanClass.getSimpleName().equals("Immutable" + parent.getSimpleName())) {
              return parent;
            }
            return beanClass;
          }
        };

    @Override
    @SuppressWarnings("unchecked") // the value is beanClass or its superclass
    public <T> Class<? super T> normalize(Class<T> beanClass) {
      return (Class<? super T>) NORMALIZED.get(beanClass);
    }
  }

  /**
   * Leaves every message template as it is: findings take their messages from the library's
   * catalogue, so interpolating Hibernate's (loading its resource bundles first) would be wasted.
   */
  static final class TemplateOnly implements MessageInterpolator {
    @Override
    public String interpolate(String messageTemplate, Context context) {
      return messageTemplate;
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
      return messageTemplate;
    }
  }

  /**
   * Every public no-argument method returning a value is a property named after the method, except
   * {@code Object}'s own ({@code toString}, {@code hashCode}, {@code getClass}); the model has only
   * record-style accessors.
   */
  static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "getClass", "clone");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || OBJECT_METHODS.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }
}

package org.replyletter.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.replyletter.diagnostics.Finding;

/**
 * Findings as Bean Validation violations inside a user's validation: the message is the finding's
 * code and Chinese message, escaped so that no interpolator reads anything into it; the property
 * path leads from the validated letter to the part at the finding's JSON Pointer; with Hibernate
 * Validator, the finding is the violation's dynamic payload and {@code code} and {@code pointer}
 * are message parameters.
 */
final class Violations {
  private Violations() {}

  /** Reports each finding as a violation; true if there were none. */
  static boolean report(List<Finding> findings, ConstraintValidatorContext context) {
    if (findings.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hibernate = unwrap(context);
    for (Finding f : findings) {
      if (hibernate != null) {
        hibernate.addMessageParameter("code", f.code());
        hibernate.addMessageParameter("pointer", f.path());
        hibernate.withDynamicPayload(f);
      }
      add(context.buildConstraintViolationWithTemplate(escape(f.code() + " " + f.message())), f.path());
    }
    return false;
  }

  private static HibernateConstraintValidatorContext unwrap(ConstraintValidatorContext context) {
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (RuntimeException e) {
      return null; // another provider
    }
  }

  /** Escapes the characters message interpolation gives meaning to: {@code { } $ \}. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Adds the violation at the pointer: member names are property nodes; an index marks the next
   * property node as in an iterable at that index, or, last, is a list element node.
   */
  static void add(ConstraintViolationBuilder builder, String pointer) {
    List<String> segments = segments(pointer);
    NodeBuilderCustomizableContext open = null;
    NodeBuilderDefinedContext defined = null;
    Integer index = null;
    for (String s : segments) {
      if (isIndex(s) && (open != null || defined != null) && index == null) {
        index = Integer.valueOf(s);
        continue;
      }
      NodeBuilderCustomizableContext node =
          open != null ? open.addPropertyNode(s) : defined != null ? defined.addPropertyNode(s) : builder.addPropertyNode(s);
      if (index != null) {
        defined = node.inIterable().atIndex(index);
        open = null;
        index = null;
      } else {
        open = node;
        defined = null;
      }
    }
    if (index != null) {
      (open != null ? open.addContainerElementNode("<list element>", List.class, 0)
              : defined.addContainerElementNode("<list element>", List.class, 0))
          .inIterable()
          .atIndex(index)
          .addConstraintViolation();
    } else if (open != null) {
      open.addConstraintViolation();
    } else if (defined != null) {
      defined.addConstraintViolation();
    } else {
      builder.addConstraintViolation();
    }
  }

  private static boolean isIndex(String s) {
    return FindingOrder.isIndex(s, 0, s.length());
  }

  /** The unescaped segments of an RFC 6901 pointer. */
  static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }
}

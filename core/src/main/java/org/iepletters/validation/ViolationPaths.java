package org.iepletters.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.regex.Matcher;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import java.util.regex.Pattern;

/** Converts between the library's paths ({@code serviceLogs[3].service}) and Jakarta Validation's nodes. */
final class ViolationPaths {
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

  private ViolationPaths() {}

  /**
   * Reports a violation below the validated object.
   *
   * @param context the validator's context; its default violation must already be disabled
   * @param relativePath a path such as {@code services[2].id}, relative to the validated object
   * @param message the rule; a constant, never a value
   */
  static void add(ConstraintValidatorContext context, String relativePath, String message) {
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(message);
    Object node = builder;
    Integer pendingIndex = null;
    for (String part : relativePath.split("\\.")) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a path segment: " + part);
      }
      NodeBuilderCustomizableContext next = addProperty(node, m.group(1));
      // Jakarta Validation puts a list's index on the node that follows the list.
      node = pendingIndex == null ? next : next.inIterable().atIndex(pendingIndex);
      pendingIndex = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    }
    if (pendingIndex != null) {
      LeafNodeBuilderDefinedContext leaf = addBean(node).inIterable().atIndex(pendingIndex);
      leaf.addConstraintViolation();
      return;
    }
    if (node instanceof NodeBuilderCustomizableContext c) {
      c.addConstraintViolation();
    } else if (node instanceof NodeBuilderDefinedContext d) {
      d.addConstraintViolation();
    } else {
      builder.addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext addProperty(Object node, String name) {
    if (node instanceof ConstraintViolationBuilder b) {
      return b.addPropertyNode(name);
    }
    if (node instanceof NodeBuilderCustomizableContext c) {
      return c.addPropertyNode(name);
    }
    return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
  }

  private static ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext addBean(Object node) {
    if (node instanceof ConstraintViolationBuilder b) {
      return b.addBeanNode();
    }
    if (node instanceof NodeBuilderCustomizableContext c) {
      return c.addBeanNode();
    }
    return ((NodeBuilderDefinedContext) node).addBeanNode();
  }

  /**
   * Reports a violation of a rule that walks many records from one object (the case, or an IEP). During
   * {@link CaseValidator#validate} it goes to that validation's {@link ViolationSink}: Hibernate Validator
   * 9.1 hashes a violation by the last node of its path only, so thousands of violations that one object
   * reports with the same field name and message share one hash bucket and each new one is compared with
   * all before it. Outside {@code CaseValidator} (a validator an integrator builds) it is reported as usual.
   *
   * @param context the validator's context; its default violation must already be disabled
   * @param base the path of the validated object from the root of the case, such as {@code iep}
   * @param relativePath a path relative to the validated object
   * @param message the rule; a constant, never a value
   * @return what the validator returns for this violation: {@code true} when the sink holds it, since the
   *     provider then has nothing to report, {@code false} when the provider does
   */
  static boolean report(ConstraintValidatorContext context, String base, String relativePath, String message) {
    ViolationSink sink = context.unwrap(HibernateConstraintValidatorContext.class)
        .getConstraintValidatorPayload(ViolationSink.class);
    if (sink != null) {
      sink.add(new Violation(join(base, relativePath), message));
      return true;
    }
    add(context, relativePath, message);
    return false;
  }

  /** The library's form of a Jakarta Validation path: dotted names and 0-based indexes, no prefix. */
  static String format(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
      }
      if (node.getKind() == ElementKind.BEAN || node.getKind() == ElementKind.CONTAINER_ELEMENT
          || node.getName() == null) {
        continue;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(node.getName());
    }
    return out.toString();
  }

  /** A child path: {@code join("iep", "services[0]")} is {@code iep.services[0]}. */
  static String join(String parent, String child) {
    return parent.isEmpty() ? child : child.isEmpty() ? parent : parent + "." + child;
  }
}

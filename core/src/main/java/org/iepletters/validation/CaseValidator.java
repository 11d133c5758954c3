package org.iepletters.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.iepletters.model.Case;

/**
 * Checks a case against every rule of the case file: fields, cross-field and cross-record rules, all reported
 * at once. Thread-safe; the validator is built once, and no global state of the JVM is touched.
 *
 * <p>Messages name the rule, never the value. A path is dotted names and 0-based indexes from the root, such as
 * {@code serviceLogs[3].service}.
 */
public final class CaseValidator {
  /** The message of a missing or blank required value. */
  static final String REQUIRED = "is required";

  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
      // the library's own provider, whatever the thread's context class loader can see
      .providerResolver(() -> List.of(new HibernateValidator()))
      .configure()
      // an integrator's META-INF/validation.xml is for their beans, not for case files
      .ignoreXmlConfiguration()
      // no expression language: a message can never evaluate, or echo, the value it rejects
      .messageInterpolator(new ParameterMessageInterpolator())
      .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
      .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
      .defaultLocale(Locale.ENGLISH)
      // every part of a case is validated; no persistence provider decides what is loaded
      .traversableResolver(new EverythingTraversable())
      // it answers yes at once: caching its answers per validation costs more than asking
      .enableTraversableResolverResultCache(false)
      .failFast(false)
      .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();
  private static final HibernateValidatorFactory HIBERNATE_FACTORY = FACTORY.unwrap(HibernateValidatorFactory.class);

  private CaseValidator() {}

  /**
   * Does now what the first validation would otherwise pay for: builds the validator and reads the
   * constraints of the case and of every record it holds. Safe to call from any thread, at any time.
   */
  public static void warmUp() {
    Set<Class<?>> seen = new HashSet<>();
    Deque<Class<?>> types = new ArrayDeque<>(List.of(Case.class));
    while (!types.isEmpty()) {
      Class<?> type = types.pop();
      if (!type.isRecord() || !seen.add(type)) {
        continue;
      }
      VALIDATOR.getConstraintsForClass(type);
      for (RecordComponent component : type.getRecordComponents()) {
        types.push(component.getType());
        if (component.getGenericType() instanceof ParameterizedType list
            && list.getActualTypeArguments()[0] instanceof Class<?> item) {
          types.push(item);
        }
      }
    }
  }

  /**
   * Every violation of a case, sorted by path.
   *
   * @param c the case; {@code null} is one violation
   * @return the violations; empty when the case is valid
   */
  public static List<Violation> validate(Case c) {
    if (c == null) {
      return List.of(new Violation("", REQUIRED));
    }
    // the rules that walk many records report into the sink, in time linear in what they find
    ViolationSink sink = new ViolationSink();
    Set<ConstraintViolation<Case>> found = HIBERNATE_FACTORY.usingContext()
        .constraintValidatorPayload(sink)
        .getValidator()
        .validate(c);
    List<Violation> violations = new ArrayList<>(found.size() + sink.violations().size());
    violations.addAll(sink.violations());
    for (ConstraintViolation<Case> v : found) {
      violations.add(new Violation(ViolationPaths.format(v.getPropertyPath()), v.getMessage()));
    }
    return tidy(violations);
  }

  /**
   * The case, when it is valid.
   *
   * @param c the case
   * @return the same case
   * @throws InvalidCaseException listing every violation, when there is one
   */
  public static Case requireValid(Case c) {
    List<Violation> violations = validate(c);
    if (!violations.isEmpty()) {
      throw new InvalidCaseException(violations);
    }
    return c;
  }

  /**
   * Sorts violations, drops repeats, and keeps only "is required" where a path has it, since a missing value
   * breaks every other rule of its field too.
   */
  static List<Violation> tidy(List<Violation> violations) {
    Set<String> required = violations.stream()
        .filter(v -> v.message().equals(REQUIRED))
        .map(Violation::path)
        .collect(Collectors.toSet());
    return List.copyOf(violations.stream()
        .filter(v -> v.message().equals(REQUIRED) || !required.contains(v.path()))
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  private static final class EverythingTraversable implements TraversableResolver {
    @Override
    public boolean isReachable(Object bean, Path.Node node, Class<?> rootType, Path pathToNode, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node node, Class<?> rootType, Path pathToNode, ElementType type) {
      return true;
    }
  }
}

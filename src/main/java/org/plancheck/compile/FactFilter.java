package org.plancheck.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drools.base.RuleBase;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.accessor.GlobalResolver;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.drools.core.common.DefaultFactHandle;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Tells which facts of a declared type some rule could match: a fact that fails a condition of
 * each pattern over its type that tests the fact alone (such as {@code revenue > 5000000000})
 * can never be matched, so it need not be inserted, nor held. The conditions are the compiled
 * rules' own, evaluated as the rule engine would; one that cannot be evaluated here (it reads a
 * global, say) keeps the fact. Thread-safe.
 */
public final class FactFilter {
  private final List<List<AlphaNodeFieldConstraint>> patterns;
  private final ValueResolver resolver;

  private FactFilter(List<List<AlphaNodeFieldConstraint>> patterns, ValueResolver resolver) {
    this.patterns = patterns;
    this.resolver = resolver;
  }

  /**
   * Returns the filter for facts of class {@code type}, or empty when some rule could match any
   * of them: a pattern over the type without a condition on the fact alone.
   */
  public static Optional<FactFilter> of(KieBase kieBase, String type) {
    if (!(kieBase instanceof RuleBase ruleBase)) {
      return Optional.empty();
    }
    List<Pattern> found = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        collect(((RuleImpl) rule).getLhs(), type, found);
      }
    }
    List<List<AlphaNodeFieldConstraint>> patterns = new ArrayList<>();
    for (Pattern pattern : found) {
      if (pattern.getXpathConstraint() != null) {
        return Optional.empty();
      }
      List<AlphaNodeFieldConstraint> alpha = new ArrayList<>();
      for (Constraint constraint : pattern.getConstraints()) {
        if (constraint.getType() == Constraint.ConstraintType.ALPHA && constraint instanceof AlphaNodeFieldConstraint a) {
          alpha.add(a);
        }
      }
      if (alpha.isEmpty()) {
        return Optional.empty();
      }
      patterns.add(List.copyOf(alpha));
    }
    return Optional.of(new FactFilter(List.copyOf(patterns), new Resolver(ruleBase)));
  }

  /** Collects the patterns over {@code type} that match facts in working memory. */
  private static void collect(RuleConditionElement element, String type, List<Pattern> found) {
    if (element == null) {
      return;
    }
    if (element instanceof Pattern pattern) {
      boolean fromMemory = pattern.getSource() == null || EntryPointId.DEFAULT.equals(pattern.getSource());
      if (fromMemory && pattern.getObjectType() instanceof ClassObjectType t && t.getClassName().equals(type)) {
        found.add(pattern);
      }
      collect(pattern.getSource(), type, found);
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      collect(nested, type, found);
    }
  }

  /** Returns whether some rule could match {@code bean}, a bean of the filter's type. */
  public boolean mayMatch(Object bean) {
    DefaultFactHandle handle = new DefaultFactHandle(0, bean);
    for (List<AlphaNodeFieldConstraint> pattern : patterns) {
      if (allows(pattern, handle)) {
        return true;
      }
    }
    return false;
  }

  private boolean allows(List<AlphaNodeFieldConstraint> pattern, DefaultFactHandle handle) {
    for (AlphaNodeFieldConstraint constraint : pattern) {
      try {
        if (!constraint.isAllowed(handle, resolver)) {
          return false;
        }
      } catch (RuntimeException e) {
        // The engine will meet the same condition and report it in its own words.
        return true;
      }
    }
    return true;
  }

  /** What conditions may read while evaluated here: the rule base, and no globals. */
  private record Resolver(RuleBase ruleBase) implements ValueResolver {
    @Override
    public long getCurrentTime() {
      return System.currentTimeMillis();
    }

    @Override
    public GlobalResolver getGlobalResolver() {
      return NoGlobals.INSTANCE;
    }

    @Override
    public RuleBase getRuleBase() {
      return ruleBase;
    }
  }

  /** Globals are set per evaluation, not known while facts are read: a condition on one throws. */
  private enum NoGlobals implements GlobalResolver {
    INSTANCE;

    @Override
    public Object resolveGlobal(String identifier) {
      throw new IllegalStateException("no globals while facts are read");
    }

    @Override
    public void setGlobal(String identifier, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void removeGlobal(String identifier) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {}
  }
}

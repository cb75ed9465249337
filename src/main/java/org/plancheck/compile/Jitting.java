package org.plancheck.compile;

import java.util.Collection;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Decides whether a knowledge base may turn its constraints into bytecode. Drools 10.2.0's
 * jitted constraints crash on operators that go through its evaluator helper ({@code
 * str[startsWith]}, {@code matches}, {@code soundslike}, {@code memberOf}, the temporal ones:
 * apache/incubator-kie-drools#6711, fixed after 10.2.0). Rules that use none of them are
 * jitted, which halves the time and the garbage of constraints evaluated over hundreds of
 * thousands of facts; rules that use one run every constraint interpreted.
 */
final class Jitting {
  private Jitting() {}

  /** Returns whether no constraint of {@code packages}' rules uses an evaluator-helper operator. */
  static boolean safe(Collection<? extends KiePackage> packages) {
    for (KiePackage pkg : packages) {
      for (Rule rule : pkg.getRules()) {
        if (rule instanceof RuleImpl impl && !safe(impl.getLhs())) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean safe(RuleConditionElement element) {
    if (element == null) {
      return true;
    }
    if (element instanceof Pattern pattern) {
      for (Constraint constraint : pattern.getConstraints()) {
        if (constraint instanceof MVELConstraint mvel && mvel.getOperators().length > 0) {
          return false;
        }
      }
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      if (!safe(nested)) {
        return false;
      }
    }
    return true;
  }
}

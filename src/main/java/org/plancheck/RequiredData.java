package org.plancheck;

import java.util.EnumSet;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;

/**
 * Finds the kinds of data a rule reads by walking its conditions, so that a rule needs no
 * separate declaration that could drift from what it matches.
 */
final class RequiredData {
  private RequiredData() {}

  static Set<FactKind> of(RuleImpl rule) {
    Set<FactKind> kinds = EnumSet.noneOf(FactKind.class);
    collect(rule.getLhs(), kinds);
    return kinds;
  }

  private static void collect(RuleConditionElement element, Set<FactKind> kinds) {
    if (element == null) {
      return;
    }
    if (element instanceof Pattern pattern) {
      if (pattern.getObjectType() instanceof ClassObjectType type) {
        FactKind.ofType(type.getClassType()).ifPresent(kinds::add);
      }
      collect(pattern.getSource(), kinds);
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      collect(nested, kinds);
    }
  }
}

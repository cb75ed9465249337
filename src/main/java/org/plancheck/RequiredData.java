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
    for (Class<?> type : types(rule)) {
      if (type == EnterpriseGroup.class) {
        kinds.add(FactKind.ENTERPRISES);
      }
      FactKind.ofType(type).ifPresent(kinds::add);
    }
    return kinds;
  }

  /** Returns the classes of every pattern in the rule's conditions, nested ones included. */
  static Set<Class<?>> types(RuleImpl rule) {
    Set<Class<?>> types = new java.util.HashSet<>();
    collect(rule.getLhs(), types);
    return types;
  }

  private static void collect(RuleConditionElement element, Set<Class<?>> types) {
    if (element == null) {
      return;
    }
    if (element instanceof Pattern pattern) {
      if (pattern.getObjectType() instanceof ClassObjectType type) {
        types.add(type.getClassType());
      }
      collect(pattern.getSource(), types);
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      collect(nested, types);
    }
  }
}

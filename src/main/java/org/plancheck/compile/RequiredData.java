package org.plancheck.compile;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.plancheck.FactSchema;

/**
 * Finds the kinds of data a rule reads by walking its conditions, so that a rule needs no
 * separate declaration that could drift from what it matches.
 */
public final class RequiredData {
  private RequiredData() {}

  /** Returns the names of the kinds the rule matches, directly or through their groups. */
  public static Set<String> of(RuleImpl rule, FactSchema schema) {
    Set<String> kinds = new TreeSet<>();
    for (String type : types(rule)) {
      schema.kindOfType(type).ifPresent(k -> kinds.add(k.name()));
      schema.groups().stream().filter(g -> g.qualifiedType().equals(type))
          .forEach(g -> kinds.add(g.member().name()));
    }
    return kinds;
  }

  /** Returns the class names of every pattern in the rule's conditions, nested ones included. */
  public static Set<String> types(RuleImpl rule) {
    Set<String> types = new HashSet<>();
    collect(rule.getLhs(), types);
    return types;
  }

  private static void collect(RuleConditionElement element, Set<String> types) {
    if (element == null) {
      return;
    }
    if (element instanceof Pattern pattern) {
      if (pattern.getObjectType() instanceof ClassObjectType type) {
        types.add(type.getClassName());
      }
      collect(pattern.getSource(), types);
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      collect(nested, types);
    }
  }
}

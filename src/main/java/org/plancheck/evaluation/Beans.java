package org.plancheck.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.GroupKind;
import org.plancheck.FactSchema;
import org.plancheck.FactField;

/**
 * Makes rule-engine facts of declared types: one bean per fact, or per group of facts, filled
 * through Drools' {@link FactType} API. One instance per compiled rule base; thread-safe.
 */
public final class Beans {
  private final Map<FactKind, FactType> kinds = new HashMap<>();
  private final Map<GroupKind, FactType> groups = new HashMap<>();

  public Beans(KieBase kieBase, FactSchema schema) {
    for (FactKind kind : schema.kinds()) {
      kinds.put(kind, type(kieBase, kind.packageName(), kind.type()));
    }
    for (GroupKind group : schema.groups()) {
      groups.put(group, type(kieBase, group.packageName(), group.type()));
    }
  }

  private static FactType type(KieBase kieBase, String pkg, String type) {
    FactType factType = kieBase.getFactType(pkg, type);
    if (factType == null) {
      throw new IllegalStateException("the compiled rules lack the declared type " + pkg + "." + type);
    }
    return factType;
  }

  /** Returns a bean of {@code fact}'s declared type holding its values. */
  public Object of(Fact fact) {
    FactType type = kinds.get(fact.kind());
    Object bean = newInstance(type);
    List<FactField> fields = fact.kind().fields();
    for (int i = 0; i < fields.size(); i++) {
      Object value = fact.value(i);
      if (value != null) {
        type.set(bean, fields.get(i).name(), value);
      }
    }
    return bean;
  }

  /** Returns an empty bean of {@code group}'s type, for {@link Groups} to fill. */
  public Object newGroup(GroupKind group) {
    return newInstance(groups.get(group));
  }

  /** Sets {@code field} of a group bean. */
  public void set(GroupKind group, Object bean, String field, Object value) {
    groups.get(group).set(bean, field, value);
  }

  private static Object newInstance(FactType type) {
    try {
      return type.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create a " + type.getName() + ": " + e, e);
    }
  }
}

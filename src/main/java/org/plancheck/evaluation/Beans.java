package org.plancheck.evaluation;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.plancheck.FactKind;
import org.plancheck.Fact;
import org.plancheck.GroupKind;
import org.plancheck.FactSchema;

/**
 * Makes rule-engine facts of declared types: one bean per fact, or per group of facts, filled
 * through Drools' {@link FactType} API. One instance per compiled rule base; thread-safe.
 */
public final class Beans {
  private final Map<FactKind, FactType> kinds = new HashMap<>();
  private final Map<GroupKind, FactType> groups = new HashMap<>();
  // Each field's setter looked up once: a name lookup per value costs a million of them a run.
  private final Map<FactKind, FactField[]> setters = new HashMap<>();

  public Beans(KieBase kieBase, FactSchema schema) {
    for (FactKind kind : schema.kinds()) {
      FactType type = type(kieBase, kind.packageName(), kind.type());
      kinds.put(kind, type);
      setters.put(kind, kind.fields().stream().map(f -> type.getField(f.name()))
          .toArray(FactField[]::new));
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
    Object bean = newInstance(kinds.get(fact.kind()));
    FactField[] fields = setters.get(fact.kind());
    for (int i = 0; i < fields.length; i++) {
      Object value = fact.value(i);
      if (value != null) {
        fields[i].set(bean, value);
      }
    }
    return bean;
  }

  /** Returns the declared type of {@code group}'s beans, for {@link Groups} to fill. */
  public FactType typeOf(GroupKind group) {
    return groups.get(group);
  }

  /** Returns a new, empty bean of {@code type}. */
  public static Object newInstance(FactType type) {
    try {
      return type.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create a " + type.getName() + ": " + e, e);
    }
  }
}

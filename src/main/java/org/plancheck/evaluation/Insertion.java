package org.plancheck.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.plancheck.Fact;
import org.plancheck.FactField;
import org.plancheck.FactKind;
import org.plancheck.FactSchema;
import org.plancheck.GroupKind;
import org.plancheck.compile.FactFilter;
import org.plancheck.compile.RequiredData;
import org.plancheck.facts.StreamedFacts;

/**
 * What an evaluator puts in a rule session, decided once from the compiled rules: the groups
 * of the group types some rule matches, and the single facts of the kinds some rule matches,
 * only those the rules' conditions on the fact alone let through ({@link FactFilter}). Also
 * how each kind is read without being held: what {@link #reducer} makes of it as it is read.
 * Immutable and thread-safe.
 */
public final class Insertion {
  private final FactSchema schema;
  private final Beans beans;
  private final Set<FactKind> singles = new HashSet<>();
  private final Set<GroupKind> groups = new HashSet<>();
  private final Map<FactKind, FactFilter> filters = new HashMap<>();
  // Kinds no reference leads to or from: they can be read without being held.
  private final Set<FactKind> streamable = new HashSet<>();

  /** Decides for the rules of {@code kieBase}, whose declarations {@code schema} holds. */
  public Insertion(KieBase kieBase, FactSchema schema, Beans beans) {
    this.schema = schema;
    this.beans = beans;
    Set<String> types = new HashSet<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        types.addAll(RequiredData.types((RuleImpl) rule));
      }
    }
    schema.groups().stream().filter(g -> types.contains(g.qualifiedType())).forEach(groups::add);
    Set<FactKind> referencing = new HashSet<>();
    for (FactKind kind : schema.kinds()) {
      if (types.contains(kind.qualifiedType())) {
        singles.add(kind);
        FactFilter.of(kieBase, kind.qualifiedType()).ifPresent(f -> filters.put(kind, f));
      }
      for (FactField field : kind.fields()) {
        if (field.references() != null) {
          referencing.add(kind);
          schema.kindOfType(field.references()).ifPresent(referencing::add);
        }
      }
    }
    for (FactKind kind : schema.kinds()) {
      // A kind matched one by one streams only when the rules' conditions let few facts through.
      if (!referencing.contains(kind) && (!singles.contains(kind) || filters.containsKey(kind))) {
        streamable.add(kind);
      }
    }
  }

  /**
   * Returns what keeps of {@code kind}'s facts, as they are read, all that these rules need of
   * them; null when the kind must be held.
   */
  public Consumer<Fact> reducer(FactKind kind) {
    if (!streamable.contains(kind)) {
      return null;
    }
    List<GroupKind> made = schema.groupsOf(kind).stream().filter(groups::contains).toList();
    return new StreamedKind(beans, kind, made, singles.contains(kind) ? filters.get(kind) : null);
  }

  /**
   * Gives each fact of {@code facts} that some rule could match one by one to {@code insert},
   * with a new bean of it; none when no rule matches the kind.
   */
  public void forEachSingle(FactKind kind, List<Fact> facts, BiConsumer<Fact, Object> insert) {
    if (!singles.contains(kind)) {
      return;
    }
    if (facts instanceof StreamedFacts s && s.reduction() instanceof StreamedKind made && made.madeWith(beans)
        && made.keepsFacts()) {
      // Filtered as they were read.
      made.kept().forEach(fact -> insert.accept(fact, beans.of(fact)));
      return;
    }
    FactFilter filter = filters.get(kind);
    for (Fact fact : facts) {
      Object bean = beans.of(fact);
      if (filter == null || filter.mayMatch(bean)) {
        insert.accept(fact, bean);
      }
    }
  }

  /**
   * Returns the groups of {@code kind}'s facts to insert: of every group type some rule
   * matches, made as the facts were read when they were streamed for these rules.
   */
  public List<Groups.Group> groups(FactKind kind, List<Fact> facts) {
    List<Groups.Group> all = new ArrayList<>();
    for (GroupKind group : schema.groupsOf(kind)) {
      if (groups.contains(group)) {
        all.addAll(groupsOf(group, facts));
      }
    }
    return all;
  }

  private List<Groups.Group> groupsOf(GroupKind group, List<Fact> facts) {
    if (facts instanceof StreamedFacts s && s.reduction() instanceof StreamedKind made && made.madeWith(beans)) {
      List<Groups.Group> found = made.groups(group, s);
      if (found != null) {
        return found;
      }
    }
    return Groups.of(group, facts, beans);
  }
}

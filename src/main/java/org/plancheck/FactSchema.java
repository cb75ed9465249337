package org.plancheck;

import java.util.List;
import java.util.Optional;

/**
 * The fact kinds and group types a rules folder declares: what fact sets for these rules may
 * hold. Get it from {@link Evaluator#schema()}; pass it to {@link FactSets#read} and {@link
 * FactSet#builder(FactSchema, FactSetInfo)}. Immutable.
 *
 * @param kinds the fact kinds, ordered by name
 * @param groups the group types
 */
public record FactSchema(List<FactKind> kinds, List<GroupKind> groups) {
  /** A schema with no kinds. */
  public static final FactSchema EMPTY = new FactSchema(List.of(), List.of());

  /** Copies the lists. */
  public FactSchema {
    kinds = List.copyOf(kinds);
    groups = List.copyOf(groups);
  }

  /** Returns the kind read from {@code NAME.csv} or the JSON key {@code NAME}, if declared. */
  public Optional<FactKind> kind(String name) {
    return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /** Returns the kind declared as type {@code type} (simple or qualified name), if any. */
  public Optional<FactKind> kindOfType(String type) {
    return kinds.stream().filter(k -> k.type().equals(type) || k.qualifiedType().equals(type)).findFirst();
  }

  /** Returns the group types whose members are of {@code kind}. */
  public List<GroupKind> groupsOf(FactKind kind) {
    return groups.stream().filter(g -> g.member().equals(kind)).toList();
  }

  /** Returns the kinds' file names joined with commas, for messages. */
  public String fileNames() {
    return String.join(", ", kinds.stream().map(FactKind::fileName).toList());
  }

  /** Returns the kinds' names joined with commas, for messages. */
  public String names() {
    return String.join(", ", kinds.stream().map(FactKind::name).toList());
  }
}

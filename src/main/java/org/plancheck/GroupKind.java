package org.plancheck;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A declared type whose facts stand for groups of facts of another kind: {@code declare
 * EnterpriseGroup @groups("Enterprise") ... end}. The evaluator inserts one group per
 * combination of the key fields instead of every member, so a million-row register reaches the
 * rules as a few hundred facts; evidence still lists the members.
 *
 * @param type the group type's simple name
 * @param packageName the DRL package that declares it
 * @param member the kind whose facts are grouped
 * @param keys the fields named like a member field: members agree on them
 * @param count the {@code @count} field that holds how many members a group has, or null
 * @param countType the count field's type, INT or LONG; null without a count field
 * @param sums for each {@code @sum} field, the member field it adds up
 */
public record GroupKind(
    String type,
    String packageName,
    FactKind member,
    List<String> keys,
    String count,
    FieldType countType,
    Map<String, String> sums) {

  /** Copies the lists; requires a member kind. */
  public GroupKind {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(member, "member");
    keys = List.copyOf(keys);
    sums = Map.copyOf(sums);
  }

  /** Returns the fully qualified name of the declared type. */
  public String qualifiedType() {
    return packageName.isEmpty() ? type : packageName + "." + type;
  }
}

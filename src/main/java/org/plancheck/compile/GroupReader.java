package org.plancheck.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.type.FactType;
import org.plancheck.FactKind;
import org.plancheck.GroupKind;
import org.plancheck.FactField;
import org.plancheck.FieldType;

/**
 * Reads and checks one group type ({@code @groups("Kind")}): its key fields must match member
 * fields in name and type, {@code @count} must be an int or long, and each {@code @sum} must add
 * up a number field of the members.
 */
final class GroupReader {
  private final Declarations declarations;
  private final FactType type;
  private final List<FactKind> kinds;

  GroupReader(Declarations declarations, FactType type, List<FactKind> kinds) {
    this.declarations = declarations;
    this.type = type;
    this.kinds = kinds;
  }

  /** Returns the group type declared, or null when its declaration has a problem (reported). */
  GroupKind read() {
    String memberType = Declarations.text(type.getMetaData().get("groups"));
    FactKind member = kinds.stream().filter(k -> k.type().equals(memberType)).findFirst().orElse(null);
    if (member == null) {
      declarations.error(type, null, "@groups(\"" + memberType + "\") names no declared fact kind; declared: "
          + String.join(", ", kinds.stream().map(FactKind::type).toList()));
      return null;
    }
    List<String> keys = new ArrayList<>();
    String count = null;
    FieldType countType = null;
    Map<String, String> sums = new LinkedHashMap<>();
    boolean ok = true;
    for (org.kie.api.definition.type.FactField f : type.getFields()) {
      Map<String, Object> meta = Declarations.meta(f.getMetaData());
      FieldType fieldType = FieldType.of(f.getType()).orElse(null);
      if (meta.containsKey("count")) {
        if (fieldType != FieldType.INT && fieldType != FieldType.LONG) {
          ok = fail(f, "the @count field " + f.getName() + " must be an int or a long");
        }
        count = f.getName();
        countType = fieldType;
      } else if (meta.containsKey("sum")) {
        String from = Declarations.text(meta.get("sum"));
        from = from.isEmpty() ? f.getName() : from;
        FactField source = member.field(from).orElse(null);
        if (source == null || !source.type().isNumber()) {
          ok = fail(f, "@sum adds up " + from + ", which is not a number field of " + member.type());
        } else if (source.type() != fieldType) {
          ok = fail(f, f.getName() + " adds up " + member.type() + "." + from + " and must have its type, "
              + source.type().javaType().getSimpleName());
        } else {
          sums.put(f.getName(), from);
        }
      } else {
        FactField source = member.field(f.getName()).orElse(null);
        if (source == null) {
          ok = fail(f, f.getName() + " is neither a field of " + member.type()
              + " (a key the members share) nor marked @count or @sum");
        } else if (source.type() != fieldType) {
          ok = fail(f, f.getName() + " must have the type of " + member.type() + "." + f.getName() + ", "
              + source.type().javaType().getSimpleName());
        } else {
          keys.add(f.getName());
        }
      }
    }
    if (!ok) {
      return null;
    }
    return new GroupKind(type.getSimpleName(), type.getPackageName(), member, keys, count, countType, sums);
  }

  private boolean fail(org.kie.api.definition.type.FactField f, String message) {
    declarations.error(type, f.getName(), message);
    return false;
  }
}

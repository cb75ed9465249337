package org.plancheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The columns (CSV) or fields (JSON) each kind of fact has, and which are required. */
final class FactColumns {
  private static final Map<FactKind, List<String>> REQUIRED =
      Map.of(
          FactKind.ENTERPRISES, List.of("id", "industry", "revenue"),
          FactKind.CLUSTERS, List.of("id", "industry", "scale"),
          FactKind.PARKS, List.of("id", "industry", "field"),
          FactKind.SCENARIOS, List.of("id", "industry"),
          FactKind.PRODUCTS, List.of("id", "industry"),
          FactKind.INDICATORS, List.of("id", "industry", "indicator", "value"),
          FactKind.FACTORIES, List.of("id", "industry", "opened"));
  private static final Map<FactKind, List<String>> OPTIONAL =
      Map.of(
          FactKind.ENTERPRISES, List.of("name", "segment", "designations", "international"),
          FactKind.CLUSTERS, List.of("name"),
          FactKind.PARKS, List.of("name"),
          FactKind.SCENARIOS, List.of("name", "kind"),
          FactKind.PRODUCTS, List.of("name", "kind"),
          FactKind.INDICATORS, List.of("name"),
          FactKind.FACTORIES, List.of("name", "enterprise", "smart"));

  private FactColumns() {}

  static List<String> required(FactKind kind) {
    return REQUIRED.get(kind);
  }

  /** Returns every column of {@code kind}, required ones first, in documentation order. */
  static List<String> all(FactKind kind) {
    List<String> all = new ArrayList<>(REQUIRED.get(kind));
    all.addAll(OPTIONAL.get(kind));
    return all;
  }

  /** Returns the columns in the order a written file lists them: id, name, industry, ... */
  static List<String> writeOrder(FactKind kind) {
    return switch (kind) {
      case ENTERPRISES -> List.of("id", "name", "industry", "segment", "revenue", "designations", "international");
      case CLUSTERS -> List.of("id", "name", "industry", "scale");
      case PARKS -> List.of("id", "name", "industry", "field");
      case SCENARIOS, PRODUCTS -> List.of("id", "name", "industry", "kind");
      case INDICATORS -> List.of("id", "name", "industry", "indicator", "value");
      case FACTORIES -> List.of("id", "name", "industry", "enterprise", "smart", "opened");
    };
  }

  /** Returns "unknown column 'x'; allowed: ..." style text for {@code kind}. */
  static String unknown(FactKind kind, String what, String name) {
    return "unknown " + what + " '" + name + "' in " + kind.key() + "; allowed: "
        + String.join(", ", all(kind));
  }
}

package org.plancheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/** Groups a register into {@link EnterpriseGroup}s in one pass, keeping register order. */
final class EnterpriseGroups {
  private record Key(String industry, String segment, Set<String> designations, boolean international, Band band) {}

  /** The members and running revenue of one group while the register is read. */
  private static final class Builder {
    final List<Enterprise> members = new ArrayList<>();
    final PriorityQueue<Fact> largest = new PriorityQueue<>(Outcomes.LARGEST_FIRST.reversed());
    BigDecimal revenue = BigDecimal.ZERO;

    void add(Enterprise e) {
      members.add(e);
      revenue = revenue.add(e.revenue());
      Outcomes.keepTop(largest, e, Outcomes.LARGEST_FIRST);
    }

    List<Enterprise> largest() {
      List<Fact> top = new ArrayList<>(largest);
      top.sort(Outcomes.LARGEST_FIRST);
      return top.stream().map(f -> (Enterprise) f).toList();
    }
  }

  private EnterpriseGroups() {}

  static List<EnterpriseGroup> of(List<Enterprise> enterprises) {
    Map<Key, Builder> groups = new LinkedHashMap<>();
    for (Enterprise e : enterprises) {
      Key key = new Key(e.industry(), e.segment(), e.designations(), e.international(), EnterpriseGroup.bandOf(e.revenue()));
      groups.computeIfAbsent(key, k -> new Builder()).add(e);
    }
    List<EnterpriseGroup> result = new ArrayList<>(groups.size());
    groups.forEach((k, g) -> result.add(new EnterpriseGroup(k.industry(), k.segment(), k.designations(),
        k.international(), k.band(), g.members.size(), g.revenue, g.members, g.largest())));
    return result;
  }
}

package org.plancheck;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts rule firings in one session, to name the rule that ran away. */
final class FiringCounter extends DefaultAgendaEventListener {
  private final Map<String, Long> byRule = new HashMap<>();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    byRule.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
  }

  /** Returns the rule that fired most, or "(none)" when none fired. */
  String busiest() {
    return byRule.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("(none)");
  }
}

package org.plancheck.evaluation;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.plancheck.FiringLimitException;

/** Counts rule firings in one session, to name the rule that ran away. */
public final class FiringCounter extends DefaultAgendaEventListener {
  private final Map<String, Long> byRule = new HashMap<>();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    byRule.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
  }

  /**
   * Returns the error for an evaluation that went past {@code maxFirings}, naming the rule that
   * fired most only when it fired more than once and more than every other rule: a tie or a
   * single firing each points at no rule in particular.
   */
  public FiringLimitException overLimit(long maxFirings) {
    long most = byRule.values().stream().mapToLong(Long::longValue).max().orElse(0);
    var busiest = byRule.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
    return most > 1 && busiest.size() == 1
        ? new FiringLimitException(maxFirings, busiest.get(0), most)
        : new FiringLimitException(maxFirings, null, 0);
  }
}

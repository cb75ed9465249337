package org.plancheck.bench;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.plancheck.FactSet;

/**
 * What a typical Drools user writes: every enterprise inserted into a session, one
 * accumulate per goal, the results put in a map. No evidence, no report.
 */
final class PlainDrools {
  private static final String GOAL = """
      rule "%s"
      when
          accumulate(Enterprise(%s, $r : revenue); $v : %s)
      then
          results.put("%s", $v);
      end
      """;
  private static final String[][] GOALS = {
    {"ALL-SCALE", "revenue >= 0", "sum($r)"},
    {"GLC-SCALE", "industry == \"green-low-carbon\"", "sum($r)"},
    {"GLC-LEADERS", "industry == \"green-low-carbon\", designations contains \"leader\"", "count()"},
    {"GLC-CORE", "industry == \"green-low-carbon\", designations contains \"core\"", "count()"},
    {"GLC-FEATURED", "industry == \"green-low-carbon\", designations contains \"featured\"", "count()"},
    {"MV-SCALE", "industry == \"metaverse\"", "sum($r)"},
    {"MV-LEADERS", "industry == \"metaverse\", international, designations contains \"leader\" || designations contains \"chain-leader\"", "count()"},
    {"MV-SPECIALISTS", "industry == \"metaverse\", designations contains \"specialist\"", "count()"},
    {"IT-SCALE", "industry == \"intelligent-terminal\"", "sum($r)"},
    {"IT-REVENUE-100B", "industry == \"intelligent-terminal\", Band.HUNDREDS_OF_BILLIONS.contains(revenue)", "count()"},
    {"IT-REVENUE-10B", "industry == \"intelligent-terminal\", Band.TENS_OF_BILLIONS.contains(revenue)", "count()"},
    {"IT-REVENUE-1B", "industry == \"intelligent-terminal\", Band.BILLIONS.contains(revenue)", "count()"},
    {"IT-ICV-OUTPUT", "industry == \"intelligent-terminal\", segment == \"intelligent-connected-vehicles\"", "sum($r)"},
    {"IT-ROBOTS-SCALE", "industry == \"intelligent-terminal\", segment == \"intelligent-robots\"", "sum($r)"},
    {"IT-CONSUMER-TERMINALS-SCALE", "industry == \"intelligent-terminal\", segment not in (\"intelligent-connected-vehicles\", \"intelligent-robots\")", "sum($r)"}
  };

  private PlainDrools() {}

  static KieBase compile() {
    StringBuilder drl = new StringBuilder("package bench;\nimport org.plancheck.Enterprise;\nimport org.plancheck.Band;\n"
        + "global java.util.Map results;\n");
    for (String[] goal : GOALS) {
      drl.append(GOAL.formatted(goal[0], goal[1], goal[2], goal[0]));
    }
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    builder.add(ResourceFactory.newByteArrayResource(drl.toString().getBytes()), ResourceType.DRL);
    if (builder.hasErrors()) {
      throw new IllegalStateException(builder.getErrors().toString());
    }
    return builder.newKieBase();
  }

  static Map<String, Object> evaluate(KieBase kieBase, FactSet facts) {
    Map<String, Object> results = new HashMap<>();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("results", results);
      facts.enterprises().forEach(session::insert);
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return results;
  }
}

package org.plancheck.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.plancheck.Fact;
import org.plancheck.FactSet;

/**
 * What a typical Drools user writes: an Enterprise type declared in the user's own DRL, every
 * enterprise inserted into a session as a bean of it, one accumulate per goal, the results put
 * in a map. No evidence, no report. The beans are made once, before timing, as a user's own
 * records would exist already.
 */
final class PlainDrools {
  private static final String TYPE = """
      package bench;
      global java.util.Map results;

      declare Enterprise
          id : String
          industry : String
          segment : String
          revenue : java.math.BigDecimal
          designations : java.util.Set
          international : boolean
          band : String
      end
      """;
  private static final String[] FIELDS = {"id", "industry", "segment", "revenue", "designations", "international", "band"};
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
    {"IT-REVENUE-100B", "industry == \"intelligent-terminal\", band == \"hundreds-of-billions\"", "count()"},
    {"IT-REVENUE-10B", "industry == \"intelligent-terminal\", band == \"tens-of-billions\"", "count()"},
    {"IT-REVENUE-1B", "industry == \"intelligent-terminal\", band == \"billions\"", "count()"},
    {"IT-ICV-OUTPUT", "industry == \"intelligent-terminal\", segment == \"intelligent-connected-vehicles\"", "sum($r)"},
    {"IT-ROBOTS-SCALE", "industry == \"intelligent-terminal\", segment == \"intelligent-robots\"", "sum($r)"},
    {"IT-CONSUMER-TERMINALS-SCALE", "industry == \"intelligent-terminal\", segment not in (\"intelligent-connected-vehicles\", \"intelligent-robots\")", "sum($r)"}
  };

  private PlainDrools() {}

  static KieBase compile() {
    StringBuilder drl = new StringBuilder(TYPE);
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

  /** Makes one bean of the DRL's declared Enterprise type per enterprise of {@code facts}. */
  static List<Object> beans(KieBase kieBase, FactSet facts) {
    FactType type = kieBase.getFactType("bench", "Enterprise");
    List<Fact> enterprises = facts.facts("enterprises");
    List<Object> beans = new ArrayList<>(enterprises.size());
    try {
      for (Fact e : enterprises) {
        Object bean = type.newInstance();
        for (String field : FIELDS) {
          type.set(bean, field, e.get(field));
        }
        beans.add(bean);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a bench.Enterprise bean", e);
    }
    return beans;
  }

  static Map<String, Object> evaluate(KieBase kieBase, List<Object> beans) {
    Map<String, Object> results = new HashMap<>();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("results", results);
      beans.forEach(session::insert);
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return results;
  }
}

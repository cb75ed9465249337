package org.plancheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.batch.BatchResult;

/**
 * The batch as one JSON document: every fact set's full report (the same document
 * {@code evaluate --format json} prints) or its error, and the trajectories.
 */
final class BatchJson {
  private BatchJson() {}

  static String render(BatchResult result) {
    List<Map<String, Object>> factSets = new ArrayList<>();
    for (BatchResult.Entry e : result.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", e.source().toString());
      m.put("status", e.report() == null ? "ERROR" : "EVALUATED");
      m.put("error", e.error());
      m.put("report", e.report() == null ? null : ReportJson.tree(e.report().toJson()));
      factSets.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("factSets", factSets);
    doc.put("trajectories", result.trajectories());
    return ReportJson.document(doc);
  }
}

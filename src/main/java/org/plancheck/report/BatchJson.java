package org.plancheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .addModule(new JavaTimeModule())
      .build();

  private BatchJson() {}

  static String render(BatchResult result) {
    try {
      List<Map<String, Object>> factSets = new ArrayList<>();
      for (BatchResult.Entry e : result.entries()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", e.source().toString());
        m.put("status", e.report() == null ? "ERROR" : "EVALUATED");
        m.put("error", e.error());
        m.put("report", e.report() == null ? null : JSON.readTree(e.report().toJson()));
        factSets.add(m);
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("factSets", factSets);
      doc.put("trajectories", result.trajectories());
      return JSON.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reports and trajectories always serialize", e);
    }
  }
}

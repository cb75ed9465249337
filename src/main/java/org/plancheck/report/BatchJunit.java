package org.plancheck.report;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.plancheck.Goal;
import org.plancheck.GoalResult;
import org.plancheck.batch.BatchResult;

/**
 * JUnit XML for CI servers: a test suite per fact set, a test case per goal; MISSED is a
 * failure, UNKNOWN skipped, and a fact set that could not be evaluated an error.
 */
final class BatchJunit {
  private BatchJunit() {}

  static String render(BatchResult result) {
    return JunitXml.document("testsuites", xml -> {
      xml.writeAttribute("name", "plancheck");
      for (BatchResult.Entry e : result.entries()) {
        suite(xml, result, e);
      }
    });
  }

  private static void suite(XMLStreamWriter xml, BatchResult result, BatchResult.Entry e) throws XMLStreamException {
    int total = GoalColumn.of(result.goals()).size();
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", JunitXml.text(e.name()));
    xml.writeAttribute("tests", String.valueOf(total));
    xml.writeAttribute("failures", String.valueOf(count(result, e, "MISSED")));
    xml.writeAttribute("skipped", String.valueOf(count(result, e, "UNKNOWN")));
    xml.writeAttribute("errors", e.report() == null ? String.valueOf(total) : "0");
    for (GoalColumn column : GoalColumn.of(result.goals())) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", JunitXml.text(e.name()));
      xml.writeAttribute("name", JunitXml.text(column.label()));
      outcome(xml, e, column);
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void outcome(XMLStreamWriter xml, BatchResult.Entry e, GoalColumn column) throws XMLStreamException {
    Goal goal = column.goal();
    GoalResult r = column.result(e).orElse(null);
    String status = column.status(e);
    if (status.equals("ERROR")) {
      xml.writeStartElement("error");
      xml.writeAttribute("message", JunitXml.text(e.error()));
      xml.writeEndElement();
    } else if (status.equals("MISSED")) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", JunitXml.text(column.label() + " missed: actual " + r.actual().toPlainString() + ", target "
          + goal.comparison().symbol() + " " + r.target().toPlainString() + " due " + r.targetDate() + ", gap " + Quantities.gapWords(r) + r.gap().toPlainString()));
      xml.writeEndElement();
    } else if (status.equals("UNKNOWN")) {
      xml.writeStartElement("skipped");
      xml.writeAttribute("message", r == null ? "no result" : JunitXml.text(r.reason()));
      xml.writeEndElement();
    }
  }

  private static long count(BatchResult result, BatchResult.Entry e, String status) {
    return GoalColumn.of(result.goals()).stream().filter(c -> c.status(e).equals(status)).count();
  }
}

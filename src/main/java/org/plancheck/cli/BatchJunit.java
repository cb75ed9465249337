package org.plancheck.cli;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.plancheck.Goal;
import org.plancheck.GoalResult;

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
    int total = result.goals().size();
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", JunitXml.text(e.name()));
    xml.writeAttribute("tests", String.valueOf(total));
    xml.writeAttribute("failures", String.valueOf(count(result, e, "MISSED")));
    xml.writeAttribute("skipped", String.valueOf(count(result, e, "UNKNOWN")));
    xml.writeAttribute("errors", e.report() == null ? String.valueOf(total) : "0");
    for (Goal goal : result.goals()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", JunitXml.text(e.name()));
      xml.writeAttribute("name", JunitXml.text(goal.id()));
      outcome(xml, e, goal);
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void outcome(XMLStreamWriter xml, BatchResult.Entry e, Goal goal) throws XMLStreamException {
    GoalResult r = e.result(goal.id()).orElse(null);
    String status = e.status(goal.id());
    if (status.equals("ERROR")) {
      xml.writeStartElement("error");
      xml.writeAttribute("message", JunitXml.text(e.error()));
      xml.writeEndElement();
    } else if (status.equals("MISSED")) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", JunitXml.text(goal.id() + " missed: actual " + r.actual().toPlainString() + ", target "
          + goal.comparison().symbol() + " " + goal.target().toPlainString() + ", gap " + Quantities.gapWords(r) + r.gap().toPlainString()));
      xml.writeEndElement();
    } else if (status.equals("UNKNOWN")) {
      xml.writeStartElement("skipped");
      xml.writeAttribute("message", r == null ? "no result" : JunitXml.text(r.reason()));
      xml.writeEndElement();
    }
  }

  private static long count(BatchResult result, BatchResult.Entry e, String status) {
    return result.goals().stream().filter(g -> e.status(g.id()).equals(status)).count();
  }
}

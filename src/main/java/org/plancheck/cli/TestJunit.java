package org.plancheck.cli;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.plancheck.CaseResult;
import org.plancheck.report.JunitXml;
import org.plancheck.report.Words;

/** Renders test results as JUnit XML, one test case per plancheck case, for CI servers. */
final class TestJunit {
  private TestJunit() {}

  static String render(List<CaseResult> results) {
    return JunitXml.document("testsuite", xml -> {
      xml.writeAttribute("name", "plancheck");
      xml.writeAttribute("tests", String.valueOf(results.size()));
      xml.writeAttribute("failures", String.valueOf(results.stream().filter(r -> !r.passed()).count()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      for (CaseResult r : results) {
        testCase(xml, r);
      }
    });
  }

  private static void testCase(XMLStreamWriter xml, CaseResult r) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "plancheck");
    xml.writeAttribute("name", JunitXml.text(r.testCase().name()));
    if (!r.passed()) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", Words.count(r.mismatches().size(), "goal") + " differ from expected.json");
      StringBuilder body = new StringBuilder();
      r.mismatches().forEach(m -> body.append(m.goal()).append(": expected ").append(m.expected())
          .append(", actual ").append(m.actual()).append('\n'));
      xml.writeCharacters(JunitXml.text(body.toString()));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }
}

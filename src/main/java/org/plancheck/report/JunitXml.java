package org.plancheck.report;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a JUnit XML document: the declaration, one root element, its content, escaped. */
public final class JunitXml {
  /** Writes the root element's attributes and children. */
  public interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private JunitXml() {}

  /**
   * The one escaping helper for text in JUnit XML, attributes and content alike: XML 1.0
   * forbids most control characters, lone surrogates and U+FFFE/U+FFFF even as character
   * references, so they (and invisible format characters) are shown escaped as on a terminal
   * ({@link TerminalText}); the writer escapes {@code < & "} itself.
   */
  public static String text(String text) {
    return text == null ? null
        : TerminalText.escapeKeepingLines(text).replace("\uFFFE", "\\uFFFE").replace("\uFFFF", "\\uFFFF");
  }

  /** Returns a JUnit XML document: the {@code root} element, its attributes and children written by {@code body}. */
  public static String document(String root, Body body) {
    StringWriter text = new StringWriter();
    try {
      // The JDK's own writer, not whichever StAX library is on the class path (FastExcel brings
      // Aalto, which writes ' as &apos;): the same report gives the same bytes.
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement(root);
      body.write(xml);
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return text + "\n";
  }
}

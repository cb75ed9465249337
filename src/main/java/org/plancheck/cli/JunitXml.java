package org.plancheck.cli;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a JUnit XML document: the declaration, one root element, its content, escaped. */
final class JunitXml {
  /** Writes the root element's attributes and children. */
  interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private JunitXml() {}

  static String document(String root, Body body) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
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

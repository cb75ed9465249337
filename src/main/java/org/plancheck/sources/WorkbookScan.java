package org.plancheck.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.plancheck.FactFormatException;
import org.plancheck.Limits;

/**
 * Unpacks every entry of a workbook once, before the workbook reader opens it, to refuse a zip
 * bomb (too many entries, too many bytes, too high a ratio, an endless value) with the entry
 * named, and to find the merged cells of each sheet, which the streaming reader does not report.
 */
final class WorkbookScan {
  /** The most entries a workbook may hold: one per sheet and a few more are usual. */
  static final int MAX_ENTRIES = 1000;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /**
   * What the scan found.
   *
   * @param merges each sheet's merged ranges ({@code A1:B1}), by sheet name
   * @param unpacked the bytes the workbook's entries unpack to
   */
  record Result(Map<String, List<String>> merges, long unpacked) {}

  private final Path file;
  private final Limits limits;
  private final XMLInputFactory xml = XMLInputFactory.newDefaultFactory();
  private long unpacked;

  private WorkbookScan(Path file, Limits limits) {
    this.file = file;
    this.limits = limits;
    // A workbook is data: no document type, no entity is read from anywhere.
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  /**
   * Checks the workbook at {@code file}: a regular file within the size limit, a zip archive of
   * at most {@link #MAX_ENTRIES} entries that unpack within the limits.
   *
   * @throws FactFormatException naming the workbook, and the entry or sheet at fault
   */
  static Result scan(Path file, Limits limits) {
    try {
      TextFiles.checkFile(file, limits);
      checkSignature(file);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return new WorkbookScan(file, limits).scan(zip);
      }
    } catch (ZipException e) {
      throw new FactFormatException(file, 0, 0, null, "not a readable .xlsx workbook (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw TextFiles.ioError(file, e);
    }
  }

  private static void checkSignature(Path file) throws IOException {
    byte[] start = new byte[4];
    int n;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      n = in.readNBytes(start, 0, 4);
    }
    if (n == 4 && java.util.Arrays.equals(start, OLE2)) {
      throw new FactFormatException(file, 0, 0, null,
          "an Excel 97-2003 workbook (.xls) or an encrypted one; save it as an Excel workbook (.xlsx)", null);
    }
    if (n < 4 || !java.util.Arrays.equals(start, ZIP)) {
      throw new FactFormatException(file, 0, 0, null, "not an Excel workbook (.xlsx): it is not a zip archive", null);
    }
  }

  private Result scan(ZipFile zip) throws IOException {
    if (zip.size() > MAX_ENTRIES) {
      throw new FactFormatException(file, 0, 0, null, "the workbook holds " + zip.size() + " entries, more than "
          + MAX_ENTRIES + " (a zip bomb?); refused", null);
    }
    Map<String, String> sheetsByEntry = sheetsByEntry(zip);
    Map<String, List<String>> merges = new HashMap<>();
    for (ZipEntry entry : Collections.list(zip.entries())) {
      String sheet = sheetsByEntry.get(entry.getName());
      List<String> ranges = new ArrayList<>();
      read(zip, entry, sheet, in -> {
        if (sheet == null) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
          return;
        }
        // To the end of the document, which the parser may close the stream at.
        XMLStreamReader r = xml.createXMLStreamReader(in);
        while (r.hasNext()) {
          if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("mergeCell")) {
            ranges.add(r.getAttributeValue(null, "ref"));
          }
        }
      });
      if (sheet != null) {
        merges.put(sheet, List.copyOf(ranges));
      }
    }
    return new Result(merges, unpacked);
  }

  /** Returns the sheet names by the entry that holds each sheet, from the workbook and its links. */
  private Map<String, String> sheetsByEntry(ZipFile zip) throws IOException {
    Map<String, String> namesById = new LinkedHashMap<>();
    Map<String, String> targets = new HashMap<>();
    ZipEntry workbook = zip.getEntry("xl/workbook.xml");
    ZipEntry links = zip.getEntry("xl/_rels/workbook.xml.rels");
    if (workbook == null || links == null) {
      return Map.of();
    }
    read(zip, workbook, null, in -> elements(in, "sheet", r -> namesById.put(
        r.getAttributeValue(RELATIONSHIPS, "id"), r.getAttributeValue(null, "name"))));
    read(zip, links, null, in -> elements(in, "Relationship", r -> {
      String target = r.getAttributeValue(null, "Target");
      if (target != null) {
        targets.put(r.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
      }
    }));
    Map<String, String> byEntry = new HashMap<>();
    namesById.forEach((id, name) -> {
      if (targets.containsKey(id) && name != null) {
        byEntry.put(targets.get(id), name);
      }
    });
    return byEntry;
  }

  private interface Element {
    void accept(XMLStreamReader r);
  }

  private void elements(InputStream in, String name, Element each) throws XMLStreamException {
    XMLStreamReader r = xml.createXMLStreamReader(in);
    while (r.hasNext()) {
      if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals(name)) {
        each.accept(r);
      }
    }
  }

  private interface Body {
    void read(InputStream in) throws IOException, XMLStreamException;
  }

  /** Unpacks {@code entry} through a guard, counting its bytes against the workbook's budget. */
  private void read(ZipFile zip, ZipEntry entry, String sheet, Body body) throws IOException {
    ZipGuard guard = null;
    try (InputStream in = zip.getInputStream(entry)) {
      guard = new ZipGuard(in, Math.min(entry.getCompressedSize() < 0 ? 0 : entry.getCompressedSize(),
          Files.size(file)), unpacked, limits);
      body.read(guard);
    } catch (ZipGuard.Exceeded e) {
      throw sheet == null
          ? new FactFormatException(file.toString(), 0, 0, entry.getName(), e.getMessage(), null, e.limit)
          : new FactFormatException(file + ":" + Sheets.quote(sheet), 0, 0, null, e.getMessage(), null, e.limit);
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof ZipGuard.Exceeded exceeded) {
        throw sheet == null
            ? new FactFormatException(file.toString(), 0, 0, entry.getName(), exceeded.getMessage(), null, exceeded.limit)
            : new FactFormatException(file + ":" + Sheets.quote(sheet), 0, 0, null, exceeded.getMessage(), null,
                exceeded.limit);
      }
      throw new FactFormatException(file.toString(), 0, 0, entry.getName(), "malformed XML: " + e.getMessage(), e);
    } finally {
      if (guard != null) {
        unpacked += guard.unpacked();
      }
    }
  }
}

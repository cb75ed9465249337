package org.plancheck.compile;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.plancheck.RuleProblem;

/**
 * Reads the .drl resources directly in one folder of a class path: from a directory (an
 * exploded {@code target/classes}) or from a jar, plain or shaded. A class loader can only
 * fetch a resource by name, so the folder's URLs are listed by their own means.
 */
public final class ClasspathRules {
  private ClasspathRules() {}

  /**
   * Returns the texts of the .drl resources directly in {@code folder}, keyed by resource name
   * (such as {@code rules/green.drl}), so file names are unique; where several class path
   * entries hold the same name, the first wins, as for any resource. Adds a problem when
   * nothing can be read.
   */
  public static Map<String, String> read(ClassLoader loader, String folder, List<RuleProblem> problems) {
    String name = folder.replaceAll("^/+|/+$", "");
    Path where = Path.of(name.isEmpty() ? "(classpath root)" : name);
    Map<String, String> texts = new LinkedHashMap<>();
    List<URL> urls = new ArrayList<>();
    try {
      Enumeration<URL> found = loader.getResources(name);
      while (found.hasMoreElements()) {
        urls.add(found.nextElement());
      }
    } catch (IOException e) {
      problems.add(problem(where, "cannot look up the rules folder on the class path: " + e.getMessage()));
      return texts;
    }
    if (urls.isEmpty()) {
      problems.add(problem(where, "no rules folder " + name + " on the class path"));
      return texts;
    }
    for (URL url : urls) {
      try {
        switch (url.getProtocol()) {
          case "file" -> readDirectory(Path.of(url.toURI()), name, texts, problems);
          case "jar" -> readJar(url, texts, problems);
          default -> problems.add(problem(where, "cannot list the rules folder at " + url
              + ": only directories and jars are supported"));
        }
      } catch (IOException | URISyntaxException | RuntimeException e) {
        problems.add(problem(where, "cannot list the rules folder at " + url + ": " + e.getMessage()));
      }
    }
    if (texts.isEmpty() && problems.isEmpty()) {
      problems.add(problem(where, "no .drl files in the class path folder " + name));
    }
    return texts;
  }

  private static void readDirectory(Path directory, String folder, Map<String, String> texts,
      List<RuleProblem> problems) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p)).toList();
    }
    for (Path file : files) {
      String resource = folder + "/" + file.getFileName();
      if (!texts.containsKey(resource)) {
        decode(resource, Files.readAllBytes(file), texts, problems);
      }
    }
  }

  private static void readJar(URL url, Map<String, String> texts, List<RuleProblem> problems) throws IOException {
    URLConnection connection = url.openConnection();
    if (!(connection instanceof JarURLConnection jarConnection)) {
      throw new IOException("not a jar connection");
    }
    // A private copy of the jar, closed here: a cached one is shared with the class loader.
    jarConnection.setUseCaches(false);
    String prefix = jarConnection.getEntryName().replaceAll("/+$", "") + "/";
    try (JarFile jar = jarConnection.getJarFile()) {
      for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
        String entryName = entry.getName();
        String rest = entryName.startsWith(prefix) ? entryName.substring(prefix.length()) : "";
        if (!entry.isDirectory() && rest.endsWith(".drl") && !rest.contains("/") && !texts.containsKey(entryName)) {
          try (InputStream in = jar.getInputStream(entry)) {
            decode(entryName, in.readAllBytes(), texts, problems);
          }
        }
      }
    }
  }

  /** Adds the text of {@code bytes}, which must be UTF-8, under {@code resource}. */
  private static void decode(String resource, byte[] bytes, Map<String, String> texts, List<RuleProblem> problems) {
    try {
      texts.put(resource, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      problems.add(problem(Path.of(resource), "the rule file is not valid UTF-8 text (save it as UTF-8)"));
    }
  }

  private static RuleProblem problem(Path where, String message) {
    return new RuleProblem(where, 0, 0, RuleProblem.Severity.ERROR, message);
  }
}

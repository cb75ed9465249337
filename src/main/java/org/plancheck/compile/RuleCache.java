package org.plancheck.compile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.plancheck.RuleProblem;

/**
 * Compiled rule packages on disk, keyed by the rule files' names and contents and by the
 * Drools and plancheck builds, so unchanged rules load in a fraction of the compile time.
 * A damaged or outdated entry is ignored: the rules are compiled again and the entry replaced.
 */
public final class RuleCache {
  /**
   * What a cache entry may hold: the JDK's values and collections, Drools and plancheck. The
   * rules' own packages (classes declared or generated from the DRL) are added per entry.
   * Anything else (a class some library on the class path makes dangerous to deserialize) is
   * refused before it is built.
   */
  private static final String ALLOWED = "java.lang.*;java.math.*;java.util.*;java.util.concurrent.**;"
      + "org.drools.**;org.kie.**;org.mvel2.**;org.plancheck.**;";

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  private RuleCache() {}

  /**
   * Returns the fingerprint of {@code sources}: a SHA-256 hash, in hex, of each source's name
   * and text in order. Equal fingerprints mean the same rules, whatever build compiled them.
   */
  public static String fingerprint(Map<String, RuleSource> sources) {
    MessageDigest sha = sha256();
    update(sha, "plancheck-rules-1");
    for (Map.Entry<String, RuleSource> source : sources.entrySet()) {
      update(sha, source.getKey());
      update(sha, source.getValue().text());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Returns the cache key of rules with {@code fingerprint}: a hash of every input to
   * compilation, the rules and the Drools and plancheck builds.
   */
  public static String key(String fingerprint) {
    MessageDigest sha = sha256();
    update(sha, "plancheck-rule-cache-3");
    update(sha, build(KiePackage.class));
    update(sha, build(org.drools.base.definitions.rule.impl.RuleImpl.class));
    update(sha, build(RuleCache.class));
    update(sha, fingerprint);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Packages read from the cache, and the class loader that defines the types they declare:
   * a knowledge base built from them must use it, so that rules and facts share those classes.
   */
  public record Loaded(List<KiePackage> packages, ClassLoader classLoader) {}

  /**
   * Returns the cached packages under {@code key} compiled from {@code sources}, or null when
   * there are none usable. An entry holding a class it may not is refused, with a warning added
   * to {@code problems}: the cache folder has been written by someone else.
   */
  @SuppressWarnings("unchecked")
  public static Loaded load(Path folder, String key, Map<String, RuleSource> sources, List<RuleProblem> problems) {
    Path file = folder.resolve(key + ".bin");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    ObjectInputFilter allowed = ObjectInputFilter.Config.createFilter(ALLOWED + rulePackages(sources) + "!*");
    String[] refused = new String[1];
    ObjectInputFilter filter = info -> {
      ObjectInputFilter.Status status = allowed.checkInput(info);
      if (status == ObjectInputFilter.Status.REJECTED && refused[0] == null && info.serialClass() != null) {
        refused[0] = info.serialClass().getName();
      }
      return status;
    };
    try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
      byte[] types = new byte[data.readInt()];
      data.readFully(types);
      Map<String, byte[]> classes;
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(types))) {
        in.setObjectInputFilter(filter);
        classes = (Map<String, byte[]>) in.readObject();
      }
      // Declared types are generated classes: define them first, so the rules can refer to them.
      ClassLoader loader = ProjectClassLoader.createProjectClassLoader(RuleCache.class.getClassLoader(), classes);
      try (ObjectInputStream in = new DroolsObjectInputStream(data, loader)) {
        in.setObjectInputFilter(filter);
        return new Loaded((List<KiePackage>) in.readObject(), loader);
      }
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      if (refused[0] != null) {
        problems.add(new RuleProblem(file, 0, 0, RuleProblem.Severity.WARNING, "the cache entry holds a class it"
            + " may not: " + refused[0] + "; delete the cache folder (the rules were compiled again)"));
      }
      // An entry from another build or a damaged file: compile instead, and overwrite it.
      return null;
    }
  }

  /** Returns filter patterns for the packages the rules declare, where Drools puts their classes. */
  private static String rulePackages(Map<String, RuleSource> sources) {
    StringBuilder patterns = new StringBuilder("defaultpkg.*;");
    for (RuleSource source : sources.values()) {
      Matcher m = PACKAGE.matcher(source.text());
      if (m.find()) {
        patterns.append(m.group(1)).append(".*;");
      }
    }
    return patterns.toString();
  }

  /**
   * Stores the packages of {@code kieBase}, and the classes of the types they declare, under
   * {@code key}; a cache that cannot be written is skipped.
   */
  public static boolean store(Path folder, String key, KieBase kieBase) {
    try {
      ClassLoader root = ((InternalKnowledgeBase) kieBase).getRootClassLoader();
      Map<String, byte[]> classes = root instanceof ProjectClassLoader project && project.getStore() != null
          ? new HashMap<>(project.getStore()) : new HashMap<>();
      ByteArrayOutputStream types = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(types)) {
        out.writeObject(classes);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream data = new DataOutputStream(bytes);
      data.writeInt(types.size());
      types.writeTo(data);
      try (ObjectOutputStream out = new DroolsObjectOutputStream(data)) {
        out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
      }
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, key, ".tmp");
      Files.write(temp, bytes.toByteArray());
      try {
        Files.move(temp, folder.resolve(key + ".bin"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, folder.resolve(key + ".bin"), StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Identifies the build a class comes from: its jar's name, size and date, or its folder. */
  private static String build(Class<?> type) {
    try {
      Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location)
          ? location.getFileName() + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location)
          : location + ":" + Files.getLastModifiedTime(location.resolve(
              type.getName().replace('.', '/') + ".class"));
    } catch (Exception e) {
      return type.getName();
    }
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}

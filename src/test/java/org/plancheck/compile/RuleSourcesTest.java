package org.plancheck.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.RuleFolders;
import org.plancheck.FactSet;
import org.plancheck.FactSets;
import org.plancheck.RuleProblem;
import org.plancheck.RuleCheck;
import org.plancheck.Report;
import org.plancheck.Evaluator;
import org.plancheck.Goal;
import org.plancheck.RuleCompilationException;

/** Rules from the class path (a directory or a jar) and from texts in memory. */
class RuleSourcesTest {
  private static final Evaluator SHIPPED = Evaluator.fromRules(Path.of("rules"));
  private static final FactSet FACTS = FactSets.read(Path.of("fixtures/shanghai-2025"), SHIPPED.schema());

  @TempDir Path temp;

  private static String shipped(String file) throws IOException {
    return Files.readString(Path.of("rules", file));
  }

  /** Writes a jar holding {@code files} (entry name to text), with its folders' entries, as Maven writes jars. */
  private Path jar(Map<String, String> files) throws IOException {
    Path jar = temp.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("rules/"));
      out.putNextEntry(new JarEntry("rules/old/"));
      for (Map.Entry<String, String> file : files.entrySet()) {
        out.putNextEntry(new JarEntry(file.getKey()));
        out.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  private static Map<String, String> shippedAsResources() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (var listing = Files.list(Path.of("rules"))) {
      for (Path file : listing.filter(f -> f.toString().endsWith(".drl")).toList()) {
        files.put("rules/" + file.getFileName(), Files.readString(file));
      }
    }
    return files;
  }

  private static URLClassLoader loader(Path entry) throws IOException {
    return new URLClassLoader(new URL[] {entry.toUri().toURL()}, RuleSourcesTest.class.getClassLoader());
  }

  @Test
  void rulesFromAJar_withACacheFolder_loadFromTheCacheTheSecondTime_andEvaluateAlike() throws IOException {
    Path cache = temp.resolve("cache");
    try (URLClassLoader loader = loader(jar(shippedAsResources()))) {
      Evaluator first = Evaluator.fromClasspath(loader, "rules", cache);
      Evaluator second = Evaluator.fromClasspath(loader, "rules", cache);
      assertThat(first.fromCache()).isFalse();
      assertThat(second.fromCache()).isTrue();
      assertThat(second.evaluate(FACTS).toJson()).isEqualTo(first.evaluate(FACTS).toJson());
    }
  }

  @Test
  void rulesFromAJar_giveTheGoalsReportAndFingerprintOfTheSameFolder() throws IOException {
    Map<String, String> files = shippedAsResources();
    files.put("rules/old/ignored.drl", "not compiled: only the folder's own files count");
    try (URLClassLoader loader = loader(jar(files))) {
      Evaluator evaluator = Evaluator.fromClasspath(loader, "rules");
      // The resource names (rules/metaverse.drl) are the paths fromRules gives from the project root.
      assertThat(evaluator.goals()).isEqualTo(SHIPPED.goals());
      assertThat(evaluator.rulesFingerprint()).isEqualTo(SHIPPED.rulesFingerprint());
      assertThat(evaluator.evaluate(FACTS).toJson()).isEqualTo(SHIPPED.evaluate(FACTS).toJson());
      assertThat(Evaluator.checkClasspath(loader, "/rules/").hasErrors()).isFalse();
    }
  }

  @Test
  void rulesFromAnExplodedClassesFolder_compileToo() throws IOException {
    Path classes = temp.resolve("classes");
    RuleFolders.copyOfShippedRules(classes);
    try (URLClassLoader loader = loader(classes)) {
      Evaluator evaluator = Evaluator.fromClasspath(loader, "rules");
      assertThat(evaluator.goals()).extracting(Goal::id).isEqualTo(SHIPPED.goals().stream().map(Goal::id).toList());
      assertThat(evaluator.rulesFingerprint()).isEqualTo(SHIPPED.rulesFingerprint());
    }
  }

  @Test
  void aBrokenRuleInAJar_isNamedByItsResourceName() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("rules/metaverse.drl", shipped("metaverse.drl").replace("@target(50)", "@target(\"lots\")"));
    try (URLClassLoader loader = loader(jar(files))) {
      RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
          () -> Evaluator.fromClasspath(loader, "rules"));
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(Path.of("rules/metaverse.drl")));
      assertThat(e.getMessage()).startsWith("rules/metaverse.drl:");
    }
  }

  @Test
  void aFolderNotOnTheClassPath_isAClearError() throws IOException {
    try (URLClassLoader loader = loader(jar(Map.of()))) {
      assertThat(Evaluator.checkClasspath(loader, "nowhere").problems()).extracting(RuleProblem::message)
          .containsExactly("no rules folder nowhere on the class path");
      assertThat(Evaluator.checkClasspath(loader, "rules").problems()).extracting(RuleProblem::message)
          .containsExactly("no .drl files in the class path folder rules");
    }
  }

  @Test
  void ruleTextsSharingAFileName_areAllCompiled_eachNamedByItsKey() throws IOException {
    Map<String, String> texts = Map.of("metaverse/plan.drl", shipped("metaverse.drl"),
        "green/plan.drl", shipped("green-low-carbon.drl"), "shared/facts.drl", shipped("shanghai-facts.drl"));
    Evaluator both = Evaluator.fromRuleTexts(texts);
    long metaverse = SHIPPED.goals().stream().filter(g -> g.file().equals(Path.of("rules/metaverse.drl"))).count();
    long green = SHIPPED.goals().stream().filter(g -> g.file().equals(Path.of("rules/green-low-carbon.drl"))).count();
    assertThat(metaverse).isPositive();
    assertThat(green).isPositive();
    assertThat(both.goals()).hasSize((int) (metaverse + green));
    // In key order: green/ before metaverse/.
    assertThat(both.goals().get(0).file()).isEqualTo(Path.of("green/plan.drl"));
    assertThat(both.goals().get(both.goals().size() - 1).file()).isEqualTo(Path.of("metaverse/plan.drl"));
    RuleCheck broken = Evaluator.checkRuleTexts(Map.of("metaverse/plan.drl", shipped("metaverse.drl"),
        "green/plan.drl", shipped("green-low-carbon.drl").replace("@target(", "@target(\"x\" + "),
        "shared/facts.drl", shipped("shanghai-facts.drl")));
    assertThat(broken.hasErrors()).isTrue();
    assertThat(broken.problems()).extracting(RuleProblem::file).containsOnly(Path.of("green/plan.drl"));
  }

  @Test
  void ruleTextsNamedAsTheFolderFiles_giveTheFolderGoalOrderAndFingerprint() throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    shippedAsResources().forEach((resource, text) -> texts.put(resource.substring("rules/".length()), text));
    Evaluator fromTexts = Evaluator.fromRuleTexts(texts);
    assertThat(fromTexts.goals()).extracting(Goal::id).isEqualTo(SHIPPED.goals().stream().map(Goal::id).toList());
    assertThat(fromTexts.rulesFingerprint()).isEqualTo(SHIPPED.rulesFingerprint());
  }

  @Test
  void cachedRuleTexts_loadFromTheCacheTheSecondTime() throws IOException {
    Map<String, String> texts = Map.of("a/plan.drl", shipped("metaverse.drl"), "a/facts.drl", shipped("shanghai-facts.drl"));
    Path cache = temp.resolve("cache");
    Evaluator first = Evaluator.fromRuleTexts(texts, cache);
    Evaluator second = Evaluator.fromRuleTexts(texts, cache);
    assertThat(first.fromCache()).isFalse();
    assertThat(second.fromCache()).isTrue();
    assertThat(second.goals()).isEqualTo(first.goals());
    assertThat(second.rulesFingerprint()).isEqualTo(first.rulesFingerprint());
    assertThat(Evaluator.fromRuleTexts(Map.of("b/plan.drl", shipped("metaverse.drl"),
        "b/facts.drl", shipped("shanghai-facts.drl")), cache).fromCache()).isFalse();
  }

  @Test
  void theFingerprint_isInEveryReport_andChangesWithAnyRuleText() throws IOException {
    Report report = SHIPPED.evaluate(FACTS);
    assertThat(report.rules()).isEqualTo(SHIPPED.rulesFingerprint()).matches("[0-9a-f]{64}");
    Path rules = RuleFolders.copyOfShippedRules(temp);
    RuleFolders.edit(rules.resolve("metaverse.drl"), "@target(50)", "@target(60)");
    assertThat(Evaluator.fromRules(rules).rulesFingerprint()).isNotEqualTo(SHIPPED.rulesFingerprint());
  }
}

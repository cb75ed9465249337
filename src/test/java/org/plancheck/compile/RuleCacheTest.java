package org.plancheck.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.RuleFolders;
import org.plancheck.FactSet;
import org.plancheck.FactSets;
import org.plancheck.RuleProblem;
import org.plancheck.Evaluator;
import org.plancheck.RuleCompilationException;

class RuleCacheTest {
  @TempDir Path temp;

  private Path copyOfRules() throws IOException {
    return RuleFolders.copyOfShippedRules(temp);
  }

  @Test
  void unchangedRules_loadFromTheCache_andEvaluateAlike() throws IOException {
    Path rules = copyOfRules();
    Path cache = temp.resolve("cache");
    Evaluator first = Evaluator.fromRules(rules, cache);
    Evaluator second = Evaluator.fromRules(rules, cache);
    assertThat(first.fromCache()).isFalse();
    assertThat(second.fromCache()).isTrue();
    assertThat(second.goals()).isEqualTo(first.goals());
    FactSet facts = FactSets.read(Path.of("fixtures/thresholds-exactly-at-target"), second.schema());
    assertThat(second.evaluate(facts).toJson()).isEqualTo(first.evaluate(facts).toJson());
  }

  @Test
  void theCacheSurvivesAMovedFolder_andAnEditMissesIt() throws IOException {
    Path rules = copyOfRules();
    Path cache = temp.resolve("cache");
    Evaluator.fromRules(Path.of("rules"), cache);
    assertThat(Evaluator.fromRules(rules, cache).fromCache()).isTrue();
    Path file = rules.resolve("metaverse.drl");
    Files.writeString(file, Files.readString(file).replace("@target(50)", "@target(60)"));
    Evaluator edited = Evaluator.fromRules(rules, cache);
    assertThat(edited.fromCache()).isFalse();
    assertThat(edited.goals().stream().filter(g -> g.id().equals("MV-SCENARIOS")).findFirst().orElseThrow().target())
        .isEqualByComparingTo("60");
  }

  @Test
  void aDamagedCacheEntry_isCompiledAgainAndReplaced() throws IOException {
    Path rules = copyOfRules();
    Path cache = temp.resolve("cache");
    Evaluator.fromRules(rules, cache);
    try (Stream<Path> entries = Files.list(cache)) {
      for (Path entry : entries.toList()) {
        Files.writeString(entry, "not a cache entry");
      }
    }
    assertThat(Evaluator.fromRules(rules, cache).fromCache()).isFalse();
    assertThat(Evaluator.fromRules(rules, cache).fromCache()).isTrue();
  }

  @Test
  void aCacheEntryHoldingAForeignClass_isRefused_andTheRulesCompiledAgain() throws Exception {
    Path rules = copyOfRules();
    Path cache = temp.resolve("cache");
    Evaluator.fromRules(rules, cache);
    Path entry;
    try (Stream<Path> entries = Files.list(cache)) {
      entry = entries.findFirst().orElseThrow();
    }
    // java.net.URL: serializable, harmless here, and the first link of a well-known gadget chain.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(List.of(new URL("http://example.invalid/"))));
    }
    // In the entry's own layout: a length, then the first serialized section.
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (java.io.DataOutputStream data = new java.io.DataOutputStream(file)) {
      data.writeInt(bytes.size());
      bytes.writeTo(data);
    }
    Files.write(entry, file.toByteArray());
    Evaluator refused = Evaluator.fromRules(rules, cache);
    assertThat(refused.fromCache()).isFalse();
    assertThat(refused.warnings()).extracting(RuleProblem::toString).containsExactly(entry + ":0:0: warning: the cache"
        + " entry holds a class it may not: java.net.URL; delete the cache folder (the rules were compiled again)");
    assertThat(Evaluator.fromRules(rules, cache).fromCache()).isTrue();
  }

  @Test
  void brokenRules_areNeverCached() throws IOException {
    Path rules = copyOfRules();
    Path file = rules.resolve("metaverse.drl");
    Files.writeString(file, Files.readString(file).replace("@target(50)", "@target(\"lots\")"));
    Path cache = temp.resolve("cache");
    assertThat(Evaluator.check(rules).hasErrors()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluator.fromRules(rules, cache))
        .isInstanceOf(RuleCompilationException.class);
    assertThat(cache).doesNotExist();
  }
}

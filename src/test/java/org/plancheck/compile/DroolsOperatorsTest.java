package org.plancheck.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import org.plancheck.RuleProblem;
import org.plancheck.Goal;

/**
 * Every standard DRL string operator works over thousands of facts in a knowledge base built
 * by {@link RuleCompiler}: Drools 10.2.0 crashes with NoSuchMethodError once it jits a
 * {@code str[...]} constraint (apache/incubator-kie-drools#6711), which plancheck turns off for rules that use one.
 * The facts are of a type the rules declare themselves, so the test holds whatever Java types
 * plancheck's own facts have.
 */
class DroolsOperatorsTest {
  private static final int ITEMS = 5_000;
  /** Soundex S530, whatever the case; Schmidt is S253, Jones and Johns J520, Robert R163. */
  private static final Set<String> SOUNDS_LIKE_SMITH = Set.of("Smith", "Smyth", "Smithe", "Smit", "smith");
  private static final List<String> CODES = List.of("A", "C");

  /** Each operator's rule, and the same test in plain Java. */
  private static final Map<String, String> CONSTRAINTS = new LinkedHashMap<>();
  private static final Map<String, Predicate<Item>> ORACLE = new LinkedHashMap<>();

  static {
    check("startsWith", "id str[startsWith] \"DRUG-\"", i -> i.id().startsWith("DRUG-"));
    check("endsWith", "id str[endsWith] \"-EU\"", i -> i.id().endsWith("-EU"));
    check("length", "id str[length] 9", i -> i.id().length() == 9);
    check("notStartsWith", "id not str[startsWith] \"DRUG-\"", i -> !i.id().startsWith("DRUG-"));
    check("matches", "id matches \"DRUG-[0-9]+-EU\"", i -> i.id().matches("DRUG-[0-9]+-EU"));
    check("notMatches", "id not matches \"DRUG-[0-9]+-EU\"", i -> !i.id().matches("DRUG-[0-9]+-EU"));
    check("memberOf", "code memberOf $codes", i -> CODES.contains(i.code()));
    check("notMemberOf", "code not memberOf $codes", i -> !CODES.contains(i.code()));
    check("soundslike", "name soundslike \"Smith\"", i -> SOUNDS_LIKE_SMITH.contains(i.name()));
  }

  private static void check(String name, String constraint, Predicate<Item> oracle) {
    CONSTRAINTS.put(name, constraint);
    ORACLE.put(name, oracle);
  }

  private record Item(String id, String name, String code) {}

  /** Goal rules, since RuleCompiler insists on goals; they count into a global, not as goals do. */
  private static String rules() {
    StringBuilder drl = new StringBuilder("""
        package test.operators;
        global java.util.Map counts;
        declare Item
            id : String
            name : String
            code : String
        end
        declare Codes
            values : java.util.List
        end
        """);
    CONSTRAINTS.forEach((name, constraint) -> drl.append("""

        rule "OP-%s"
            @goal("OP-%s") @plan("p") @title("t") @comparator(">=") @target(1) @unit("items") @deadline("2030-12-31")
        when
            Codes($codes : values)
            accumulate(Item(%s); $n : count())
        then
            counts.put("%s", $n);
        end
        """.formatted(name, name, constraint, name)));
    return drl.toString();
  }

  private static List<Item> items() {
    Random random = new Random(10);
    String[] prefixes = {"DRUG-", "drug-", "DEV-", "X", "DRUG"};
    String[] suffixes = {"-EU", "-US", "", "-eu"};
    String[] names = {"Smith", "Smyth", "Smithe", "Smit", "Schmidt", "Jones", "Johns", "Robert", "smith"};
    String[] codes = {"A", "B", "C", "D", "a"};
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      String id = prefixes[random.nextInt(prefixes.length)] + random.nextInt(1000) + suffixes[random.nextInt(suffixes.length)];
      items.add(new Item(id, names[random.nextInt(names.length)], codes[random.nextInt(codes.length)]));
    }
    return items;
  }

  @Test
  void everyStringOperator_countsAsPlainJavaDoes_overThousandsOfFacts() {
    RuleCompiler.Compiled compiled = RuleCompiler.compile(Map.of("operators.drl", rules()), null);
    assertThat(compiled.check().problems(RuleProblem.Severity.ERROR)).isEmpty();
    assertCountsAsPlainJava(compiled.kieBase());
  }

  /**
   * The cache path builds its own knowledge base from stored packages. Its rule is over plain
   * Strings because packages with declared types do not load back from the cache (the types'
   * classes are not in them), so such rules are always compiled.
   */
  @Test
  void strOperators_workToo_whenTheRulesComeFromTheCompileCache(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("rules"));
    Files.writeString(folder.resolve("strings.drl"), """
        package test.strings;
        global java.util.Map counts;
        rule "OP-startsWith"
            @goal("OP-startsWith") @plan("p") @title("t") @comparator(">=") @target(1) @unit("items") @deadline("2030-12-31")
        when
            accumulate(String(this str[startsWith] "DRUG-", this str[endsWith] "-EU"); $n : count())
        then
            counts.put("both", $n);
        end
        """);
    assertThat(RuleCompiler.compile(folder, dir.resolve("cache")).cached()).isFalse();
    RuleCompiler.Compiled cached = RuleCompiler.compile(folder, dir.resolve("cache"));
    assertThat(cached.cached()).isTrue();
    List<String> ids = items().stream().map(Item::id).toList();
    Map<String, Long> counts = new LinkedHashMap<>();
    KieSession session = cached.kieBase().newKieSession();
    try {
      session.setGlobal("counts", counts);
      ids.forEach(session::insert);
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    long expected = ids.stream().filter(id -> id.startsWith("DRUG-") && id.endsWith("-EU")).count();
    assertThat(expected).isPositive();
    assertThat(counts).containsExactly(Map.entry("both", expected));
  }

  private static void assertCountsAsPlainJava(KieBase kieBase) {
    FactType itemType = kieBase.getFactType("test.operators", "Item");
    FactType codesType = kieBase.getFactType("test.operators", "Codes");
    List<Item> items = items();
    Map<String, Long> counts = new LinkedHashMap<>();
    KieSession session = kieBase.newKieSession();
    try {
      session.setGlobal("counts", counts);
      Object codes = codesType.newInstance();
      codesType.set(codes, "values", CODES);
      session.insert(codes);
      for (Item item : items) {
        Object fact = itemType.newInstance();
        itemType.set(fact, "id", item.id());
        itemType.set(fact, "name", item.name());
        itemType.set(fact, "code", item.code());
        session.insert(fact);
      }
      session.fireAllRules();
    } catch (InstantiationException | IllegalAccessException e) {
      throw new AssertionError(e);
    } finally {
      session.dispose();
    }
    Map<String, Long> expected = new LinkedHashMap<>();
    ORACLE.forEach((name, oracle) -> expected.put(name, items.stream().filter(oracle).count()));
    assertThat(expected.values()).allMatch(n -> n > 0 && n < ITEMS);
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(expected);
  }
}

package org.plancheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import java.nio.charset.StandardCharsets;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
import org.kie.internal.io.ResourceFactory;

/** Compiles a folder of .drl files into a knowledge base and its goal catalogue. */
final class RuleCompiler {
  /**
   * A compiled rule base (null when the rules have errors), what checking them found, and
   * whether the packages came from the cache.
   */
  record Compiled(KieBase kieBase, RuleCheck check, boolean cached) {}

  private static final Comparator<RuleProblem> IN_FILE_ORDER =
      Comparator.comparing(RuleProblem::file)
          .thenComparingInt(RuleProblem::line)
          .thenComparingInt(RuleProblem::column);

  private RuleCompiler() {}

  /**
   * Compiles every .drl file directly in {@code folder}, in file-name order, and checks the
   * goal metadata of every rule. Never throws for a problem in the rules: it reports them all.
   */
  static Compiled compile(Path folder) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, RuleSource> sources = read(folder, problems);
    return compile(sources, problems);
  }

  /**
   * Compiles the rules in {@code folder}, or loads them from {@code cacheFolder} when files of
   * the same names and contents were compiled before by the same build; stores what it compiles.
   */
  static Compiled compile(Path folder, Path cacheFolder) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, RuleSource> sources = read(folder, problems);
    if (sources.isEmpty()) {
      return compile(sources, problems);
    }
    String key = RuleCache.key(sources);
    List<KiePackage> packages = RuleCache.load(cacheFolder, key);
    if (packages != null) {
      List<Goal> goals = GoalCatalog.read(packages, sources, problems);
      RuleCheck check = new RuleCheck(goals, problems.stream().distinct().sorted(IN_FILE_ORDER).toList());
      if (!check.hasErrors()) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(kieBaseConfiguration());
        kieBase.addPackages(packages);
        return new Compiled(kieBase, check, true);
      }
      problems.clear();
    }
    Compiled compiled = compile(sources, problems);
    if (compiled.kieBase() != null) {
      RuleCache.store(cacheFolder, key, compiled.kieBase().getKiePackages());
    }
    return compiled;
  }

  /** Compiles rule texts held in memory, keyed by the name messages give them, in key order. */
  static Compiled compile(Map<String, String> texts) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, RuleSource> sources = new LinkedHashMap<>();
    texts.keySet().stream().sorted().forEach(name -> {
      Path file = Path.of(name);
      sources.put(file.getFileName().toString(), RuleSource.of(file, texts.get(name)));
    });
    if (sources.isEmpty()) {
      problems.add(folderProblem(Path.of("(rules)"), "no rule texts given"));
    }
    return compile(sources, problems);
  }

  private static Compiled compile(Map<String, RuleSource> sources, List<RuleProblem> problems) {
    if (sources.isEmpty()) {
      return new Compiled(null, new RuleCheck(List.of(), problems), false);
    }
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    for (RuleSource source : sources.values()) {
      // From the text already read, so that what is compiled is what positions point into.
      Resource resource = ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8));
      resource.setSourcePath(source.file().toAbsolutePath().toString());
      builder.add(resource, ResourceType.DRL);
    }
    for (KnowledgeBuilderResult result :
        builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
      if (!result.getMessage().contains(RuleErrors.NULL_PACKAGE)) {
        problems.add(RuleErrors.toProblem(result, sourceOf(result, sources)));
      }
    }
    // The builder keeps its packages even when some rule failed (the public
    // getKnowledgePackages() then returns none): check their metadata too, so one run shows all.
    List<Goal> goals =
        GoalCatalog.read(List.of(((KnowledgeBuilderImpl) builder).getPackages()), sources, problems);
    RuleCheck check = new RuleCheck(goals, problems.stream().distinct().sorted(IN_FILE_ORDER).toList());
    KieBase kieBase = check.hasErrors() ? null
        : ((KnowledgeBuilderImpl) builder).newKnowledgeBase(kieBaseConfiguration());
    return new Compiled(kieBase, check, false);
  }

  /**
   * Returns the configuration of every knowledge base plancheck builds: MVEL constraint jitting
   * off. Drools 10.2.0 turns a constraint into bytecode after 20 evaluations, and for the
   * {@code str[startsWith]}-style operators that bytecode calls a method that does not exist
   * (NoSuchMethodError, apache/incubator-kie-drools#6711, fixed after 10.2.0). -1 is the
   * documented "never" (Drools counts a constraint's evaluations in an int that would reach -1
   * only after 2^32 of them in one knowledge base); set on the knowledge base so it holds
   * in-process, without a system property, for the CLI and embedders alike.
   */
  static KieBaseConfiguration kieBaseConfiguration() {
    KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
    configuration.setOption(ConstraintJittingThresholdOption.get(-1));
    return configuration;
  }

  private static Map<String, RuleSource> read(Path folder, List<RuleProblem> problems) {
    Map<String, RuleSource> sources = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      problems.add(folderProblem(folder, "rules folder not found; pass --rules DIR or run where rules/ is"));
      return sources;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      // By name without ".drl", so that plan.drl comes before plan-more.drl.
      files = listing.filter(p -> p.toString().endsWith(".drl"))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().replaceFirst("\\.drl$", "")))
          .toList();
    } catch (IOException e) {
      problems.add(folderProblem(folder, "cannot list the rules folder: " + e.getMessage()));
      return sources;
    }
    if (files.isEmpty()) {
      problems.add(folderProblem(folder, "no .drl files in the rules folder"));
    }
    for (Path file : files) {
      try {
        sources.put(file.getFileName().toString(), RuleSource.read(file));
      } catch (IOException e) {
        problems.add(folderProblem(file, "cannot read the rule file: " + e.getMessage()));
      }
    }
    return problems.isEmpty() ? sources : new LinkedHashMap<>();
  }

  /** Returns the source a result came from; results without a file go to the first one. */
  static RuleSource sourceOf(KnowledgeBuilderResult result, Map<String, RuleSource> sources) {
    Resource resource = result.getResource();
    RuleSource source = resource == null ? null : sources.get(key(resource));
    return source != null ? source : sources.values().iterator().next();
  }

  /**
   * Returns the key a compiled resource's source is filed under: its file name, which is
   * unique in one rules folder and survives the cache, where the folder may have moved.
   */
  static String key(Resource resource) {
    return Path.of(resource.getSourcePath()).getFileName().toString();
  }

  private static RuleProblem folderProblem(Path where, String message) {
    return new RuleProblem(where, 0, 0, RuleProblem.Severity.ERROR, message);
  }

}

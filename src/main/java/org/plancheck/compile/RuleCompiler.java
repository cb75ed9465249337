package org.plancheck.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
import org.kie.internal.io.ResourceFactory;
import org.plancheck.RuleProblem;
import org.plancheck.RuleCheck;
import org.plancheck.FactSchema;
import org.plancheck.Goal;

/**
 * Compiles rule sources (a folder of .drl files, texts in memory, or a classpath folder) into a
 * knowledge base and its goal catalogue. Each source is filed under a name that is unique
 * among the sources: messages point at the source's file, ordering follows the names, and
 * the cache and the rules' fingerprint are keyed on names and texts.
 */
public final class RuleCompiler {
  /**
   * A compiled rule base (null when the rules have errors), what checking them found, whether
   * the packages came from the cache, and the fingerprint of the rule texts (null when there
   * were no texts to compile).
   */
  public record Compiled(KieBase kieBase, RuleCheck check, boolean cached, String fingerprint) {}

  private static final Comparator<RuleProblem> IN_FILE_ORDER =
      Comparator.comparing(RuleProblem::file)
          .thenComparingInt(RuleProblem::line)
          .thenComparingInt(RuleProblem::column);

  /** By name without ".drl", so that plan.drl comes before plan-more.drl. */
  public static final Comparator<String> DRL_ORDER = Comparator.comparing((String name) -> name.replaceFirst("\\.drl$", ""));

  private RuleCompiler() {}

  /**
   * Compiles every .drl file directly in {@code folder}, in file-name order, and checks the
   * goal metadata of every rule; with a {@code cacheFolder} (or null for none), loads them from
   * there when files of the same names and contents were compiled before by the same build,
   * and stores what it compiles. Never throws for a problem in the rules: it reports them all.
   */
  public static Compiled compile(Path folder, Path cacheFolder) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, RuleSource> sources = read(folder, problems);
    return compile(sources, problems, cacheFolder);
  }

  /**
   * Compiles rule texts held in memory, each filed under its key as given (which messages name
   * as the file), in key order (as file names in a folder: without ".drl"); cached in {@code
   * cacheFolder} unless it is null.
   */
  public static Compiled compile(Map<String, String> texts, Path cacheFolder) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, RuleSource> sources = new LinkedHashMap<>();
    texts.keySet().stream().sorted(DRL_ORDER).forEach(name -> {
      try {
        sources.put(name, RuleSource.of(Path.of(name), texts.get(name)));
      } catch (InvalidPathException e) {
        problems.add(folderProblem(Path.of("(rules)"), "the rule text named \"" + name.replace("\0", "\\0")
            + "\" cannot be named in messages: " + e.getReason()));
      }
    });
    if (texts.isEmpty()) {
      problems.add(folderProblem(Path.of("(rules)"), "no rule texts given"));
    }
    return compile(problems.isEmpty() ? sources : Map.of(), problems, cacheFolder);
  }

  /** Compiles the .drl resources directly in {@code folder} on the class path of {@code loader}. */
  public static Compiled compile(ClassLoader loader, String folder, Path cacheFolder) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, String> texts = ClasspathRules.read(loader, folder, problems);
    if (!problems.isEmpty()) {
      return compile(Map.of(), problems, null);
    }
    // Filed under the file name, as for a rules folder, so that the same files give the same
    // fingerprint; messages name the resource (rules/green.drl).
    Map<String, RuleSource> sources = new LinkedHashMap<>();
    texts.keySet().stream().sorted(Comparator.comparing(RuleCompiler::fileName, DRL_ORDER))
        .forEach(name -> sources.put(fileName(name), RuleSource.of(Path.of(name), texts.get(name))));
    return compile(sources, problems, cacheFolder);
  }

  private static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  private static Compiled compile(Map<String, RuleSource> sources, List<RuleProblem> problems, Path cacheFolder) {
    if (sources.isEmpty()) {
      return new Compiled(null, new RuleCheck(List.of(), problems, FactSchema.EMPTY), false, null);
    }
    String fingerprint = RuleCache.fingerprint(sources);
    if (cacheFolder == null) {
      return build(sources, problems, fingerprint);
    }
    String key = RuleCache.key(fingerprint);
    List<RuleProblem> refused = new ArrayList<>();
    RuleCache.Loaded loaded = RuleCache.load(cacheFolder, key, sources, refused);
    if (loaded != null) {
      // Declared types get their field accessors when added to a knowledge base: build it first,
      // on the class loader that defines the cached types, so rules and facts share them.
      InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
          kieBaseConfiguration(loaded.classLoader(), Jitting.safe(loaded.packages())));
      kieBase.addPackages(loaded.packages());
      List<KiePackage> packages = List.copyOf(kieBase.getKiePackages());
      FactSchema schema = Declarations.read(packages, new DeclarationSource(sources.values()), problems);
      List<Goal> goals = GoalCatalog.read(packages, sources, schema, problems);
      RuleCheck check = new RuleCheck(goals, problems.stream().distinct().sorted(IN_FILE_ORDER).toList(), schema);
      if (!check.hasErrors()) {
        return new Compiled(kieBase, check, true, fingerprint);
      }
      problems.clear();
    }
    problems.addAll(refused);
    Compiled compiled = build(sources, problems, fingerprint);
    if (compiled.kieBase() != null) {
      RuleCache.store(cacheFolder, key, compiled.kieBase());
    }
    return compiled;
  }

  private static Compiled build(Map<String, RuleSource> sources, List<RuleProblem> problems, String fingerprint) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    DeclarationSource declarations = new DeclarationSource(sources.values());
    // One batch, so that types declared in any file resolve in every other whatever the order.
    CompositeKnowledgeBuilder batch = builder.batch();
    for (Map.Entry<String, RuleSource> source : sources.entrySet()) {
      // From the text already read (plus imports of types declared elsewhere, written on the
      // package line so that no line moves), so that what is compiled is what positions point
      // into; the source path is the name the source is filed under, so results find it.
      String text = declarations.withImports(source.getValue());
      Resource resource = ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
      resource.setSourcePath(source.getKey());
      batch.add(resource, ResourceType.DRL);
    }
    batch.build();
    for (KnowledgeBuilderResult result :
        builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
      if (!result.getMessage().contains(RuleErrors.NULL_PACKAGE)) {
        problems.add(RuleErrors.toProblem(result, sourceOf(result, sources)));
      }
    }
    // The builder keeps its packages even when some rule failed (the public
    // getKnowledgePackages() then returns none): check their metadata too, so one run shows all.
    List<KiePackage> packages = List.of(((KnowledgeBuilderImpl) builder).getPackages());
    FactSchema schema = Declarations.read(packages, declarations, problems);
    List<Goal> goals = GoalCatalog.read(packages, sources, schema, problems);
    RuleCheck check = new RuleCheck(goals, problems.stream().distinct().sorted(IN_FILE_ORDER).toList(), schema);
    KieBase kieBase = check.hasErrors() ? null : ((KnowledgeBuilderImpl) builder).newKnowledgeBase(
        kieBaseConfiguration(((KnowledgeBuilderImpl) builder).getRootClassLoader(), Jitting.safe(packages)));
    return new Compiled(kieBase, check, false, fingerprint);
  }

  /**
   * Returns the configuration of every knowledge base plancheck builds, over {@code loader} (the
   * one that defines the declared types). Without {@code jitting}, MVEL constraint jitting is
   * off: Drools 10.2.0 turns a constraint into bytecode after 20 evaluations, and for the
   * {@code str[startsWith]}-style operators that bytecode calls a method that does not exist
   * (NoSuchMethodError, apache/incubator-kie-drools#6711, fixed after 10.2.0); {@link Jitting}
   * decides. -1 is the documented "never" (Drools counts a constraint's evaluations in an int
   * that would reach -1 only after 2^32 of them in one knowledge base); set on the knowledge
   * base so it holds in-process, without a system property, for the CLI and embedders alike.
   */
  public static KieBaseConfiguration kieBaseConfiguration(ClassLoader loader, boolean jitting) {
    KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration(null, loader);
    if (!jitting) {
      configuration.setOption(ConstraintJittingThresholdOption.get(-1));
    }
    return configuration;
  }

  private static Map<String, RuleSource> read(Path folder, List<RuleProblem> problems) {
    Map<String, RuleSource> sources = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      problems.add(folderProblem(folder, "rules folder not found"));
      return sources;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".drl"))
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString(), DRL_ORDER))
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
        // Filed under the file name, unique in one folder, so that the cache survives a move.
        sources.put(file.getFileName().toString(), RuleSource.read(file));
      } catch (IOException e) {
        problems.add(folderProblem(file, "cannot read the rule file: " + e.getMessage()));
      }
    }
    return problems.isEmpty() ? sources : new LinkedHashMap<>();
  }

  /** Returns the source a result came from; results without a file go to the first one. */
  public static RuleSource sourceOf(KnowledgeBuilderResult result, Map<String, RuleSource> sources) {
    Resource resource = result.getResource();
    RuleSource source = resource == null ? null : sources.get(key(resource));
    return source != null ? source : sources.values().iterator().next();
  }

  /** Returns the name a compiled resource's source is filed under: its source path, as set above. */
  public static String key(Resource resource) {
    return resource.getSourcePath();
  }

  private static RuleProblem folderProblem(Path where, String message) {
    return new RuleProblem(where, 0, 0, RuleProblem.Severity.ERROR, message);
  }
}

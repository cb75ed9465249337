package org.plancheck;

import java.nio.file.Path;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.plancheck.compile.RuleCompiler;
import org.plancheck.evaluation.Beans;
import org.plancheck.evaluation.Groups;
import org.plancheck.evaluation.Insertion;
import org.plancheck.evaluation.Outcomes;
import org.plancheck.evaluation.FiringCounter;

/**
 * Evaluates fact sets against the goals of a folder of DRL rules.
 *
 * <p>Build one with {@link #fromRules} from a folder, {@link #fromClasspath} from a folder of
 * the class path (such as the application's own jar) or {@link #fromRuleTexts} from texts in
 * memory (compiling takes about a second), then call {@link #evaluate} as often as needed. An evaluator is immutable and thread-safe: any number of
 * threads may evaluate fact sets against one instance at once, each in its own rule session.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.fromRules(Path.of("rules"));
 * Report report = evaluator.evaluate(FactSets.read(Path.of("fixtures/shanghai-2025")));
 * }</pre>
 */
public final class Evaluator {
  private final KieBase kieBase;
  private final List<Goal> goals;
  private final Map<String, Goal> goalsById;
  private final List<RuleProblem> warnings;
  private final FactSchema schema;
  private final boolean cached;
  private final String fingerprint;
  private final long maxFirings;
  private final Beans beans;
  // Insert only what some rule matches: groups are few, single facts may be millions.
  private final Insertion insertion;

  private Evaluator(RuleCompiler.Compiled compiled) {
    this(compiled.kieBase(), compiled.check().goals(), compiled.check().problems(RuleProblem.Severity.WARNING),
        compiled.check().schema(), compiled.cached(), compiled.fingerprint(), Limits.DEFAULT.maxFirings());
  }

  private Evaluator(KieBase kieBase, List<Goal> goals, List<RuleProblem> warnings, FactSchema schema,
      boolean cached, String fingerprint, long maxFirings) {
    this.kieBase = kieBase;
    this.goals = goals;
    this.goalsById = goals.stream().collect(Collectors.toUnmodifiableMap(Goal::id, g -> g));
    this.warnings = warnings;
    this.schema = schema;
    this.cached = cached;
    this.fingerprint = fingerprint;
    this.maxFirings = maxFirings;
    this.beans = new Beans(kieBase, schema);
    this.insertion = new Insertion(kieBase, schema, beans);
  }

  /**
   * Compiles every {@code .drl} file directly in {@code folder}.
   *
   * @throws RuleCompilationException listing every problem with file, line and column, when
   *     any is an error
   */
  public static Evaluator fromRules(Path folder) {
    return of(RuleCompiler.compile(Objects.requireNonNull(folder, "folder"), null));
  }

  /**
   * Like {@link #fromRules(Path)}, but keeps the compiled rules in {@code cacheFolder}: when the
   * rule files have the same names and contents as a compilation cached there by the same
   * plancheck and Drools build, they are loaded instead of compiled (several times faster).
   * The cache folder must be as trusted as the rules: what it holds is loaded as code.
   *
   * @throws RuleCompilationException listing every problem, when any is an error
   */
  public static Evaluator fromRules(Path folder, Path cacheFolder) {
    Objects.requireNonNull(cacheFolder, "cacheFolder");
    return of(RuleCompiler.compile(Objects.requireNonNull(folder, "folder"), cacheFolder));
  }

  /**
   * Compiles rule texts held in memory. Each key is the text's name, kept as given (such as
   * {@code "green-low-carbon.drl"} or {@code "green/plan.drl"}): messages name it as the file,
   * and the rules are ordered by it.
   *
   * @throws RuleCompilationException listing every problem, when any is an error
   */
  public static Evaluator fromRuleTexts(Map<String, String> texts) {
    return of(RuleCompiler.compile(Map.copyOf(texts), null));
  }

  /**
   * Like {@link #fromRuleTexts(Map)}, but keeps the compiled rules in {@code cacheFolder}, as
   * {@link #fromRules(Path, Path)} does: texts of the same names and contents load from there.
   *
   * @throws RuleCompilationException listing every problem, when any is an error
   */
  public static Evaluator fromRuleTexts(Map<String, String> texts, Path cacheFolder) {
    Objects.requireNonNull(cacheFolder, "cacheFolder");
    return of(RuleCompiler.compile(Map.copyOf(texts), cacheFolder));
  }

  /**
   * Compiles the {@code .drl} resources directly in {@code folder} (such as {@code "rules"}) on
   * the class path of the current thread's context class loader, or of plancheck's own class
   * loader when the thread has none. See {@link #fromClasspath(ClassLoader, String)}.
   *
   * @throws RuleCompilationException listing every problem, when any is an error
   */
  public static Evaluator fromClasspath(String folder) {
    return fromClasspath(defaultLoader(), folder);
  }

  /**
   * Compiles the {@code .drl} resources directly in {@code folder} (such as {@code "rules"}) on
   * the class path of {@code loader}: from a directory such as {@code target/classes}, or from
   * a jar, plain or shaded, that holds the folder's entry (as jars built by Maven do). Messages
   * name each rule file by its resource name, such as {@code rules/green.drl}; texts are read
   * as UTF-8 and ordered by file name.
   *
   * @throws RuleCompilationException listing every problem, when any is an error
   */
  public static Evaluator fromClasspath(ClassLoader loader, String folder) {
    return of(RuleCompiler.compile(Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(folder, "folder"), null));
  }

  /**
   * Like {@link #fromClasspath(ClassLoader, String)}, but keeps the compiled rules in {@code
   * cacheFolder}, as {@link #fromRules(Path, Path)} does: the same files, from a jar or a folder,
   * load from there the next time.
   *
   * @throws RuleCompilationException listing every problem, when any is an error
   */
  public static Evaluator fromClasspath(ClassLoader loader, String folder, Path cacheFolder) {
    Objects.requireNonNull(cacheFolder, "cacheFolder");
    return of(RuleCompiler.compile(Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(folder, "folder"),
        cacheFolder));
  }

  private static ClassLoader defaultLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Evaluator.class.getClassLoader();
  }

  private static Evaluator of(RuleCompiler.Compiled compiled) {
    if (compiled.check().hasErrors()) {
      throw new RuleCompilationException(compiled.check().problems());
    }
    return new Evaluator(compiled);
  }

  /**
   * Returns an evaluator over the same compiled rules that allows {@code firings} rule firings
   * in one evaluation: one that needs more is stopped with a {@link FiringLimitException}, which
   * names the rule that fired most when one stands out. A rule that keeps inserting facts its
   * own conditions match would otherwise never end.
   */
  public Evaluator withMaxFirings(long firings) {
    if (firings < 1) {
      throw new IllegalArgumentException("the firing limit must be at least 1, got " + firings);
    }
    return new Evaluator(kieBase, goals, warnings, schema, cached, fingerprint, firings);
  }

  /** Returns whether the compiled rules were loaded from a cache rather than compiled. */
  public boolean fromCache() {
    return cached;
  }

  /**
   * Returns the fingerprint of the rules: a SHA-256 hash, as 64 hex digits, of every rule
   * file's name and text. Each {@link Report} carries it, so a report says which rules made it.
   */
  public String rulesFingerprint() {
    return fingerprint;
  }

  /**
   * Compiles and checks the rules in {@code folder} without building an evaluator: every
   * compile error and every problem in the goal metadata, errors and warnings.
   */
  public static RuleCheck check(Path folder) {
    return RuleCompiler.compile(Objects.requireNonNull(folder, "folder"), null).check();
  }

  /** Checks rule texts held in memory, as {@link #fromRuleTexts(Map)} would compile them. */
  public static RuleCheck checkRuleTexts(Map<String, String> texts) {
    return RuleCompiler.compile(Map.copyOf(texts), null).check();
  }

  /**
   * Checks the rules in {@code folder} on the class path of {@code loader}, as {@link
   * #fromClasspath(ClassLoader, String)} would compile them.
   */
  public static RuleCheck checkClasspath(ClassLoader loader, String folder) {
    return RuleCompiler.compile(Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(folder, "folder"), null)
        .check();
  }

  /** Checks the rules in {@code folder} on the class path, as {@link #fromClasspath(String)} would. */
  public static RuleCheck checkClasspath(String folder) {
    return checkClasspath(defaultLoader(), folder);
  }

  /** Returns the goals the rules declare, in rule-file order. */
  public List<Goal> goals() {
    return goals;
  }

  /** Returns the warnings found while checking the rules; empty when there are none. */
  public List<RuleProblem> warnings() {
    return warnings;
  }

  /** Returns the fact kinds and group types the rules declare: what fact sets may hold. */
  public FactSchema schema() {
    return schema;
  }

  /** The rule-engine objects of one evaluation, and the facts and groups they stand for. */
  private static final class Inserted implements Measurements.Resolver {
    final Map<Object, Fact> facts = new IdentityHashMap<>();
    final Map<Object, Groups.Group> groups = new IdentityHashMap<>();

    @Override
    public Fact fact(Object bean) {
      return facts.get(bean);
    }

    @Override
    public Groups.Group group(Object bean) {
      return groups.get(bean);
    }
  }

  private void insert(KieSession session, FactSet facts, Inserted inserted) {
    for (String name : facts.kinds()) {
      FactKind kind = schema.kind(name).orElseThrow();
      List<Fact> list = facts.facts(name);
      insertion.forEachSingle(kind, list, (fact, bean) -> {
        inserted.facts.put(bean, fact);
        session.insert(bean);
      });
      for (Groups.Group g : insertion.groups(kind, list)) {
        inserted.groups.put(g.bean(), g);
        session.insert(g.bean());
      }
    }
    session.insert(facts.info());
  }

  /**
   * Reads the fact set at {@code path} as these rules need it, within the default {@link
   * Limits}. See {@link #read(Path, Limits)}.
   *
   * @throws FactFormatException naming the file, line and field of the first problem found
   */
  public FactSet read(Path path) {
    return read(path, Limits.DEFAULT);
  }

  /**
   * Reads the fact set at {@code path} as these rules need it: like {@link FactSets#read(Path,
   * FactSchema, Limits)}, except that the CSV file of a kind no rule matches one fact at a time
   * (one the rules see only as {@code @groups}, or not at all) is not held. Its facts are made
   * into this evaluator's groups as they are read, so memory grows with the groups and the
   * evidence they keep rather than with the rows, and a register of tens of millions of rows
   * fits in the default heap. Kinds that a {@code @references} field leads to or from are held.
   * Evaluating the fact set gives the same report as evaluating it read by {@code FactSets};
   * listing such a kind's facts ({@link FactSet#facts(String)}, or the counted facts of a
   * {@link GoalResult}) reads its file again, and fails if the file has changed since.
   *
   * @throws FactFormatException naming the file, line and field of the first problem found
   */
  public FactSet read(Path path, Limits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(limits, "limits");
    return FactSets.read(path, schema, limits, insertion::reducer);
  }

  /**
   * Returns what these rules keep of {@code kind}'s facts as they are read, or null when the
   * kind must be held: for a reader that gives a fact set's facts kind by kind from elsewhere (a
   * partitioned table on Spark), so that it keeps what {@link #read(Path, Limits)} keeps of a
   * CSV file. Each call returns a new reducer, for one kind of one fact set.
   */
  public java.util.function.Consumer<Fact> reducer(FactKind kind) {
    return insertion.reducer(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Evaluates one fact set: every goal appears once in the report, in rule-file order.
   *
   * @throws RuleEvaluationException when a rule throws or reports a result it should not
   * @throws FiringLimitException when the rules need more firings than the limit
   */
  public Report evaluate(FactSet facts) {
    Objects.requireNonNull(facts, "facts");
    for (String kind : facts.kinds()) {
      if (!facts.schema().kind(kind).equals(schema.kind(kind))) {
        throw new IllegalArgumentException("the fact set's " + kind + " were read against other declarations"
            + " than these rules'; read it with this evaluator's schema()");
      }
    }
    Inserted inserted = new Inserted();
    Measurements measurements = new Measurements(inserted, goalsById);
    KieSession session = kieBase.newKieSession();
    FiringCounter firings = new FiringCounter();
    try {
      session.setGlobal("measurements", measurements);
      session.addEventListener(firings);
      insert(session, facts, inserted);
      // One firing beyond the limit tells an evaluation that needs exactly the limit from one
      // that needs more.
      if (session.fireAllRules(maxFirings >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) maxFirings + 1) > maxFirings) {
        throw firings.overLimit(maxFirings);
      }
    } catch (ConsequenceException e) {
      Object goal = e.getRule().getMetaData().get("goal");
      throw new RuleEvaluationException(e.getRule().getName(),
          (goal == null ? "" : "(goal " + goal + ") ") + "failed: " + e.getCause(), e.getCause());
    } finally {
      session.dispose();
    }
    if (!measurements.faults().isEmpty()) {
      throw measurements.faults().get(0);
    }
    return new Report(facts.info(), fingerprint, Outcomes.of(goals, facts, measurements.byGoal()));
  }
}

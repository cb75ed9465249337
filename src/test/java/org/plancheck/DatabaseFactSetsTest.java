package org.plancheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.testing.PostgresServer;
import org.plancheck.testing.Shanghai;
import org.plancheck.testing.SqlFixtures;

/**
 * Fact sets read from a real PostgreSQL server ({@link PostgresServer}): the shipped fixture
 * loaded into a database gives byte for byte the report its CSV folder gives, and bad tables
 * give the sentence a CSV file gets for the same value, placed at table, row key and column.
 */
class DatabaseFactSetsTest {
  private static final Evaluator RULES = Shanghai.RULES;
  private static final Path SHANGHAI = Path.of("fixtures", "shanghai-2025");

  private static final FactSchema DECLARED = Evaluator.checkRuleTexts(java.util.Map.of("facts.drl", """
      package p;
      declare Firm
          @facts("drug-firms")
          id : String @key
          staff : long
          floors : int
          labs : java.util.Set @words("wet, dry")
          founded : java.time.LocalDate
      end
      declare Approval
          @facts("approvals")
          @unique("firm, drug")
          id : String @key
          firm : String @required @references("Firm")
          drug : String @required
      end
      """)).schema();

  private static PostgresServer server;
  @TempDir static Path temp;
  private static int databases;

  @BeforeAll
  static void loadShanghai() throws Exception {
    server = PostgresServer.shared();
    server.createDatabase("shanghai");
    try (Connection connection = server.connect("shanghai")) {
      SqlFixtures.load(connection, FactSets.read(SHANGHAI, RULES.schema()));
    }
  }

  private static Properties credentials() {
    Properties properties = new Properties();
    properties.setProperty("user", PostgresServer.USER);
    properties.setProperty("password", server.password());
    return properties;
  }

  private static FactSet read(String database, DatabaseOptions options) {
    return DatabaseFactSets.read(server.url(database), credentials(), RULES.schema(), options, Limits.DEFAULT);
  }

  /** A new database holding {@code sql}'s tables. */
  private static String database(String... sql) throws SQLException {
    String name = "db" + ++databases;
    server.createDatabase(name);
    try (Connection connection = server.connect(name); Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    }
    return name;
  }

  /** The problem a CSV folder holding {@code csv} as enterprises.csv gets. */
  private static FactFormatException csvError(String csv) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("csv" + ++databases));
    Files.writeString(folder.resolve("enterprises.csv"), csv);
    return catchThrowableOfType(FactFormatException.class, () -> FactSets.read(folder, RULES.schema()));
  }

  /** The problem a CSV folder holding {@code csv} as {@code file} gets, against {@link #DECLARED}. */
  private static String csvProblem(String file, String csv) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("declared" + ++databases));
    Files.writeString(folder.resolve(file), csv);
    return catchThrowableOfType(FactFormatException.class, () -> FactSets.read(folder, DECLARED)).problem();
  }

  private static FactFormatException declaredError(String db) {
    return catchThrowableOfType(FactFormatException.class, () -> DatabaseFactSets.read(server.url(db), credentials(),
        DECLARED, DatabaseOptions.DEFAULT, Limits.DEFAULT));
  }

  @Test
  void columnTypes_mapToFieldTypes_wholeNumbersExactly_wordSetsFromArraysOrSemicolons() throws Exception {
    String db = database("CREATE TABLE drug_firms (id text, staff numeric, floors bigint, labs text[], founded timestamp)",
        "INSERT INTO drug_firms VALUES ('F1', 1200.00, 7, '{wet,dry}', '2020-05-01 00:00'), ('F2', NULL, NULL, NULL, NULL)",
        "CREATE TABLE approvals (id text, firm text, drug text)",
        "INSERT INTO approvals VALUES ('A1', 'F1', 'x')");
    FactSet facts = DatabaseFactSets.read(server.url(db), credentials(), DECLARED, DatabaseOptions.DEFAULT, Limits.DEFAULT);
    Fact f1 = facts.facts("drug-firms").get(0);
    assertThat(f1.values()).containsEntry("staff", 1200L).containsEntry("floors", 7)
        .containsEntry("labs", java.util.Set.of("wet", "dry")).containsEntry("founded", java.time.LocalDate.of(2020, 5, 1));
    assertThat(facts.facts("drug-firms").get(1).values()).containsEntry("staff", 0L).containsEntry("labs", java.util.Set.of());

    String semicolons = database("CREATE TABLE drug_firms (id text, labs text)", "INSERT INTO drug_firms VALUES ('F1', 'wet; dry')");
    assertThat(DatabaseFactSets.read(server.url(semicolons), credentials(), DECLARED, DatabaseOptions.DEFAULT,
        Limits.DEFAULT).facts("drug-firms").get(0).get("labs")).isEqualTo(java.util.Set.of("wet", "dry"));

    String fraction = database("CREATE TABLE drug_firms (id text, staff numeric)", "INSERT INTO drug_firms VALUES ('F1', 12.5)");
    assertThat(declaredError(fraction).getMessage()).startsWith(server.url(fraction) + ":drug_firms[F1]: staff: ");
    assertThat(declaredError(fraction).problem()).isEqualTo(csvProblem("drug-firms.csv", "id,staff\nF1,12.5\n"));
    String tooBig = database("CREATE TABLE drug_firms (id text, floors bigint)", "INSERT INTO drug_firms VALUES ('F1', 3000000000)");
    assertThat(declaredError(tooBig).problem()).isEqualTo(csvProblem("drug-firms.csv", "id,floors\nF1,3000000000\n"))
        .startsWith("expected a whole number between -2147483648 and 2147483647");
    String badWord = database("CREATE TABLE drug_firms (id text, labs text[])", "INSERT INTO drug_firms VALUES ('F1', '{wet,moist}')");
    assertThat(declaredError(badWord).problem()).isEqualTo(csvProblem("drug-firms.csv", "id,labs\nF1,wet;moist\n"));
    String notADate = database("CREATE TABLE drug_firms (id text, founded timestamp)",
        "INSERT INTO drug_firms VALUES ('F1', '2020-05-01 10:30')");
    assertThat(declaredError(notADate).getMessage()).isEqualTo(server.url(notADate)
        + ":drug_firms[F1]: founded: expected a date like 2024-06-30, got '2020-05-01T10:30'");
  }

  @Test
  void uniqueFields_andReferences_areCheckedAsInFiles() throws Exception {
    String twice = database("CREATE TABLE drug_firms (id text)", "INSERT INTO drug_firms VALUES ('F1')",
        "CREATE TABLE approvals (id text, firm text, drug text)",
        "INSERT INTO approvals VALUES ('A1', 'F1', 'x'), ('A2', 'F1', 'x')");
    assertThat(declaredError(twice).getMessage()).isEqualTo(server.url(twice)
        + ":approvals[A2]: drug: drug 'x' of F1 is already given in row 1");
    String dangling = database("CREATE TABLE drug_firms (id text)", "INSERT INTO drug_firms VALUES ('F1')",
        "CREATE TABLE approvals (id text, firm text, drug text)", "INSERT INTO approvals VALUES ('A1', 'F9', 'x')");
    assertThat(declaredError(dangling).getMessage()).isEqualTo(server.url(dangling)
        + ": approvals[0].firm: no firm 'F9' in drug-firms");
  }

  @Test
  void shanghaiInPostgres_givesTheCsvFoldersJsonReport_byteForByte() {
    FactSet fromDatabase = read("shanghai", DatabaseOptions.DEFAULT);
    assertThat(fromDatabase.info()).isEqualTo(new FactSetInfo("shanghai-2025", java.time.LocalDate.of(2025, 12, 31),
        "Shanghai"));
    String expected = RULES.evaluate(RULES.read(SHANGHAI)).toJson();
    assertThat(RULES.evaluate(fromDatabase).toJson()).isEqualTo(expected);
    // Through the host's own connection too, which is left open.
    try (Connection connection = server.connect("shanghai")) {
      FactSet overConnection = DatabaseFactSets.read(connection, "shanghai", RULES.schema(), DatabaseOptions.DEFAULT,
          Limits.DEFAULT);
      assertThat(RULES.evaluate(overConnection).toJson()).isEqualTo(expected);
      assertThat(connection.isClosed()).isFalse();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void missingTables_leaveTheirKindsAbsent_asMissingFilesDo() throws Exception {
    String db = database("CREATE TABLE enterprises (id text, name text, industry text, revenue numeric)",
        "INSERT INTO enterprises VALUES ('E1', 'Firm', 'metaverse', 1200000000)");
    Path folder = Files.createDirectories(temp.resolve("only-enterprises"));
    Files.writeString(folder.resolve("enterprises.csv"), "id,name,industry,revenue\nE1,Firm,metaverse,12亿\n");
    FactSet facts = read(db, DatabaseOptions.DEFAULT);
    assertThat(facts.kinds()).containsExactly("enterprises");
    assertThat(facts.info().name()).as("the database's name, without a factset table").isEqualTo(db);
    Report fromCsv = RULES.evaluate(FactSets.read(folder, RULES.schema()));
    Report fromDatabase = RULES.evaluate(facts);
    assertThat(fromDatabase.unknown()).isNotEmpty();
    assertThat(fromDatabase.toJson().replace(db, "only-enterprises")).isEqualTo(fromCsv.toJson());
  }

  @Test
  void textThatIsNoNumber_inANumericField_givesTheCsvSentence_atTableKeyAndColumn() throws Exception {
    String db = database("CREATE TABLE enterprises (id text, name text, industry text, revenue text)",
        "INSERT INTO enterprises VALUES ('E016', 'A', 'metaverse', '5000亿'), ('E017', 'B', 'metaverse', 'lots')");
    FactFormatException e = catchThrowableOfType(FactFormatException.class, () -> read(db, DatabaseOptions.DEFAULT));
    assertThat(e.getMessage()).startsWith(server.url(db) + ":enterprises[E017]: revenue: ");
    assertThat(e.problem()).isEqualTo(csvError("id,name,industry,revenue\nE017,B,metaverse,lots\n").problem());
  }

  @Test
  void badValuesOfEachType_giveTheCsvSentences() throws Exception {
    String db = database("CREATE TABLE factories (id text, name text, industry text, smart text, opened text)",
        "INSERT INTO factories VALUES ('F1', 'A', 'metaverse', 'yes', '2024-01-01')",
        "CREATE TABLE parks (id text, name text, industry text, field text)",
        "INSERT INTO parks VALUES ('P1', 'A', 'green-low-carbon', 'moon-mining')");
    DatabaseOptions options = DatabaseOptions.DEFAULT;
    FactFormatException bool = catchThrowableOfType(FactFormatException.class, () -> read(db, options));
    assertThat(bool.getMessage()).startsWith(server.url(db) + ":factories[F1]: smart: expected true or false");
    FactFormatException word = catchThrowableOfType(FactFormatException.class,
        () -> read(db, options.withQuery("factories", "SELECT * FROM factories WHERE false")));
    assertThat(word.getMessage()).isEqualTo(server.url(db) + ":parks[P1]: field: unknown field 'moon-mining'; expected one of "
        + "energy-conservation-environmental-protection, green-materials, high-end-energy-equipment, hydrogen-energy, "
        + "low-carbon-metallurgy");
  }

  @Test
  void negativeAmount_inANumericColumn_givesTheCsvSentence() throws Exception {
    String db = database("CREATE TABLE enterprises (id text, name text, industry text, revenue numeric)",
        "INSERT INTO enterprises VALUES ('E1', 'A', 'metaverse', -5)");
    FactFormatException e = catchThrowableOfType(FactFormatException.class, () -> read(db, DatabaseOptions.DEFAULT));
    assertThat(e.getMessage()).startsWith(server.url(db) + ":enterprises[E1]: revenue: ");
    assertThat(e.problem()).isEqualTo(csvError("id,name,industry,revenue\nE1,A,metaverse,-5\n").problem());
  }

  @Test
  void duplicateKey_namesTheRowThatFirstHadIt() throws Exception {
    String db = database("CREATE TABLE enterprises (id text, name text, industry text, revenue numeric)",
        "INSERT INTO enterprises VALUES ('E1', 'A', 'metaverse', 1), ('E2', 'B', 'metaverse', 2),"
            + " ('E1', 'C', 'metaverse', 3)");
    FactFormatException e = catchThrowableOfType(FactFormatException.class,
        () -> read(db, DatabaseOptions.DEFAULT.withQuery("enterprises", "SELECT * FROM enterprises ORDER BY name")));
    assertThat(e.getMessage()).isEqualTo(server.url(db) + ":query enterprises[E1]: id: duplicate id 'E1'; first used in row 1");
  }

  @Test
  void missingRequiredColumn_andUnknownColumn_areNamed() throws Exception {
    String db = database("CREATE TABLE enterprises (id text, name text, industry text)");
    FactFormatException missing = catchThrowableOfType(FactFormatException.class, () -> read(db, DatabaseOptions.DEFAULT));
    assertThat(missing.getMessage()).isEqualTo(server.url(db)
        + ":enterprises: revenue: missing required column 'revenue'; the table has id, name, industry");
    String other = database("CREATE TABLE enterprises (id text, name text, industry text, revenue numeric, revnue int)");
    FactFormatException unknown = catchThrowableOfType(FactFormatException.class, () -> read(other, DatabaseOptions.DEFAULT));
    assertThat(unknown.getMessage()).startsWith(server.url(other) + ":enterprises: revnue: unknown column 'revnue' in"
        + " enterprises; allowed: id, industry, revenue");
  }

  @Test
  void queryReplacesATable_andSchemaAndOptionsDescribeTheSet() throws Exception {
    FactSet metaverse = read("shanghai", DatabaseOptions.DEFAULT.withQuery("enterprises",
        "SELECT * FROM enterprises WHERE industry = 'metaverse'").describedAs(java.time.LocalDate.of(2025, 6, 30), "Pudong"));
    assertThat(metaverse.info()).isEqualTo(new FactSetInfo("shanghai-2025", java.time.LocalDate.of(2025, 6, 30), "Pudong"));
    assertThat(metaverse.facts("enterprises")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.get("industry")).isEqualTo("metaverse"));
    assertThat(metaverse.facts("clusters")).hasSameSizeAs(read("shanghai", DatabaseOptions.DEFAULT).facts("clusters"));

    String db = database("CREATE SCHEMA plans", "CREATE TABLE plans.parks (id text, name text, industry text, field text)",
        "INSERT INTO plans.parks VALUES ('P1', 'A', 'green-low-carbon', 'hydrogen-energy')");
    assertThat(read(db, DatabaseOptions.DEFAULT.withSchema("plans")).facts("parks")).hasSize(1);
    FactFormatException none = catchThrowableOfType(FactFormatException.class, () -> read(db, DatabaseOptions.DEFAULT));
    assertThat(none.getMessage()).startsWith(server.url(db) + ": no fact tables in schema public; expected one or more of ");
    FactFormatException noSchema = catchThrowableOfType(FactFormatException.class,
        () -> read(db, DatabaseOptions.DEFAULT.withSchema("plan")));
    assertThat(noSchema.getMessage()).startsWith(server.url(db) + ": no schema 'plan' in the database; it has ");
    FactFormatException badQuery = catchThrowableOfType(FactFormatException.class,
        () -> read(db, DatabaseOptions.DEFAULT.withQuery("parks", "SELEC 1")));
    assertThat(badQuery.getMessage()).startsWith(server.url(db) + ":query parks: the query failed: ERROR: syntax error");
  }

  @Test
  void aQueryCannotWrite_theTransactionIsReadOnly() throws Exception {
    String db = database("CREATE TABLE parks (id text, name text, industry text, field text)");
    FactFormatException e = catchThrowableOfType(FactFormatException.class, () -> read(db, DatabaseOptions.DEFAULT
        .withQuery("parks", "INSERT INTO parks VALUES ('P1', 'A', 'metaverse', 'x') RETURNING *")));
    assertThat(e.getMessage()).contains("read-only transaction");
  }

  @Test
  void password_isNeverShown_inMessagesOrNames() throws Exception {
    String db = database("CREATE TABLE enterprises (id text, name text, industry text, revenue text)",
        "INSERT INTO enterprises VALUES ('E1', 'A', 'metaverse', 'lots')");
    String url = server.url(db) + "?user=" + PostgresServer.USER + "&password=" + server.password();
    FactFormatException bad = catchThrowableOfType(FactFormatException.class,
        () -> DatabaseFactSets.read(url, new Properties(), RULES.schema(), DatabaseOptions.DEFAULT, Limits.DEFAULT));
    assertThat(bad.getMessage()).startsWith(server.url(db) + "?user=plancheck&password=***:enterprises[E1]: revenue: ")
        .doesNotContain(server.password());
    String good = database("CREATE TABLE enterprises (id text, name text, industry text, revenue numeric)",
        "INSERT INTO enterprises VALUES ('E1', 'A', 'metaverse', 5)");
    FactSet read = DatabaseFactSets.read(server.url(good) + "?user=" + PostgresServer.USER + "&password="
        + server.password(), new Properties(), RULES.schema(), DatabaseOptions.DEFAULT, Limits.DEFAULT);
    assertThat(read.info().name()).isEqualTo(good);
    assertThat(RULES.evaluate(read).toJson()).doesNotContain(server.password());
    Properties wrong = credentials();
    wrong.setProperty("password", "not-" + server.password());
    FactFormatException refused = catchThrowableOfType(FactFormatException.class,
        () -> DatabaseFactSets.read(server.url(db), wrong, RULES.schema(), DatabaseOptions.DEFAULT, Limits.DEFAULT));
    assertThat(refused.getMessage()).contains("cannot connect: FATAL: password authentication failed")
        .doesNotContain(server.password());
    FactFormatException noDriver = catchThrowableOfType(FactFormatException.class, () -> DatabaseFactSets.read(
        "jdbc:nosuch://h/db?password=" + server.password(), new Properties(), RULES.schema(), DatabaseOptions.DEFAULT,
        Limits.DEFAULT));
    assertThat(noDriver.getMessage()).isEqualTo("jdbc:nosuch://h/db?password=***: no JDBC driver on the class path"
        + " accepts this URL (the command line ships PostgreSQL's, for jdbc:postgresql: URLs)");
    assertThat(DatabaseFactSets.masked("jdbc:mysql://ann:s3cret@h/db;pwd=x&sslpassword=y"))
        .isEqualTo("jdbc:mysql://ann:***@h/db;pwd=***&sslpassword=***");
  }
}

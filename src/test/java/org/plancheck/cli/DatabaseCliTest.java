package org.plancheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.FactSets;
import org.plancheck.testing.PostgresServer;
import org.plancheck.testing.Shanghai;
import org.plancheck.testing.SqlFixtures;

/**
 * {@code plancheck evaluate jdbc:postgresql://...} against a real PostgreSQL server: the same
 * report as the CSV folder, credentials from the URL, a password file or PGUSER/PGPASSWORD, and
 * never a password in what it prints.
 */
class DatabaseCliTest {
  private static final String DATABASE = "cli_shanghai";
  private static PostgresServer server;
  @TempDir static Path temp;

  @BeforeAll
  static void loadShanghai() throws Exception {
    server = PostgresServer.shared();
    server.createDatabase(DATABASE);
    try (Connection connection = server.connect(DATABASE); Statement statement = connection.createStatement()) {
      SqlFixtures.load(connection, FactSets.read(Path.of("fixtures", "shanghai-2025"), Shanghai.SCHEMA));
      statement.execute("CREATE VIEW bad_enterprises AS SELECT id, name, industry, 'lots'::text AS revenue"
          + " FROM enterprises WHERE id = 'G00001'");
    }
  }

  private static String urlWithPassword() {
    return server.url(DATABASE) + "?user=" + PostgresServer.USER + "&password=" + server.password();
  }

  @Test
  void evaluateJdbcUrl_printsTheCsvFoldersJsonReport_withoutThePassword() {
    CliHarness.Run csv = CliHarness.run("evaluate", "--format", "json", "fixtures/shanghai-2025");
    CliHarness.Run database = CliHarness.run("evaluate", "--format", "json", urlWithPassword());
    assertThat(database.err()).isEmpty();
    assertThat(database.code()).isEqualTo(csv.code()).isEqualTo(1);
    assertThat(database.out()).isEqualTo(csv.out()).doesNotContain(server.password());
  }

  @Test
  void explainJdbcUrl_explainsAsForTheCsvFolder_andRefusesDatabaseOptionsWithAFolder() {
    CliHarness.Run csv = CliHarness.run("explain", "MV-SCALE", "fixtures/shanghai-2025");
    CliHarness.Run database = CliHarness.run("explain", "MV-SCALE", urlWithPassword());
    assertThat(database.err()).isEmpty();
    assertThat(database.out()).isEqualTo(csv.out()).contains("Status: ").doesNotContain(server.password());
    assertThat(database.code()).isEqualTo(csv.code());
    CliHarness.Run folder = CliHarness.run("explain", "--schema", "plans", "MV-SCALE", "fixtures/shanghai-2025");
    assertThat(folder.err()).isEqualTo("--schema applies only to a database fact set (a jdbc: URL)\n");
    assertThat(folder.code()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void badValue_isPlacedAtTableKeyAndColumn_withThePasswordMasked() {
    CliHarness.Run run = CliHarness.run("evaluate", urlWithPassword(), "--query",
        "enterprises=SELECT * FROM bad_enterprises");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith(server.url(DATABASE) + "?user=plancheck&password=***:query enterprises[G00001]:"
        + " revenue: ").doesNotContain(server.password());
  }

  @Test
  void queryAsOfAndRegion_describeAndNarrowTheFactSet() {
    CliHarness.Run run = CliHarness.run("evaluate", urlWithPassword(), "--as-of", "2025-06-30", "--region", "Pudong",
        "--query", "enterprises=SELECT * FROM enterprises WHERE industry = 'metaverse'");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).containsPattern("GLC-LEADERS +green-low-carbon +PENDING +0 ")
        .containsPattern("MV-LEADERS +metaverse +MET +11 ")
        .contains("shanghai-2025 (Pudong, as of 2025-06-30)");
  }

  @Test
  void databaseOptions_withAFolder_areRefused() {
    CliHarness.Run run = CliHarness.run("evaluate", "--schema", "plans", "fixtures/shanghai-2025");
    assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo("--schema applies only to a database fact set (a jdbc: URL)\n");
  }

  @Test
  void passwordFile_givesThePassword() throws IOException {
    Path file = temp.resolve("pgpassword");
    Files.writeString(file, server.password() + "\n");
    CliHarness.Run run = CliHarness.run("evaluate", server.url(DATABASE) + "?user=" + PostgresServer.USER,
        "--password-file", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("shanghai-2025 (Shanghai, as of 2025-12-31): 30 goals, 23 met, 7 missed, 0 unknown\n");
    Files.writeString(file, "wrong\n");
    CliHarness.Run wrong = CliHarness.run("evaluate", server.url(DATABASE) + "?user=" + PostgresServer.USER,
        "--password-file", file.toString());
    assertThat(wrong.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(wrong.err()).startsWith(server.url(DATABASE) + "?user=plancheck: cannot connect: FATAL: password"
        + " authentication failed for user \"plancheck\"");
  }

  @Test
  void pgUserAndPgPassword_fromTheEnvironment_giveTheCredentials() throws Exception {
    Path out = temp.resolve("env.out");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.plancheck.cli.Main", "evaluate", server.url(DATABASE))
        .redirectErrorStream(true).redirectOutput(out.toFile());
    builder.environment().put("PGUSER", PostgresServer.USER);
    builder.environment().put("PGPASSWORD", server.password());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String printed = Files.readString(out);
    assertThat(printed).endsWith("shanghai-2025 (Shanghai, as of 2025-12-31): 30 goals, 23 met, 7 missed, 0 unknown\n")
        .doesNotContain(server.password());
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(List.of(printed.split("\n")).get(0)).matches("GOAL +PLAN +STATUS +ACTUAL +TARGET +GAP");
  }
}

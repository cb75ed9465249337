package org.plancheck.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL server for the tests: Debian's {@code postgresql} binaries (which .ci/run
 * installs) start a new cluster in a temporary folder on a free local port, with password
 * authentication, and stop it on {@link #close}. As root, which {@code initdb} refuses, the
 * cluster runs as the {@code postgres} user the package creates. Absent binaries skip the test
 * outside CI and fail it under CI=true.
 */
public final class PostgresServer implements AutoCloseable {
  /** The superuser of the test cluster. */
  public static final String USER = "plancheck";

  private final Path bin;
  private final Path folder;
  private final boolean asPostgres;
  private final int port;
  private final String password;

  private PostgresServer(Path bin, Path folder, boolean asPostgres, int port, String password) {
    this.bin = bin;
    this.folder = folder;
    this.asPostgres = asPostgres;
    this.port = port;
    this.password = password;
  }

  private static PostgresServer shared;

  /**
   * Returns the server the test classes share, started on first use and stopped when the JVM
   * ends: one cluster's start (about 3 s) for the whole suite.
   */
  public static synchronized PostgresServer shared() throws IOException, InterruptedException {
    if (shared == null) {
      shared = start();
    }
    return shared;
  }

  /** Starts a new cluster, or skips (fails under CI) the calling test when PostgreSQL is absent. */
  public static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries();
    if (bin == null) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI must have PostgreSQL: .ci/run installs Debian's postgresql package");
      }
      Assumptions.abort("PostgreSQL's initdb is not installed here (/usr/lib/postgresql/*/bin);"
          + " .ci/run installs Debian's postgresql package in CI");
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path folder = Files.createTempDirectory("plancheck-pg");
    if (root) {
      // initdb refuses to run as root: the cluster is the postgres user's, in a folder it owns.
      UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(folder, postgres);
    }
    String password = "pw-" + UUID.randomUUID();
    PostgresServer server = new PostgresServer(bin, folder, root, freePort(), password);
    Path passwordFile = folder.resolve("pw");
    Files.writeString(passwordFile, password + "\n", StandardCharsets.UTF_8);
    if (root) {
      Files.setOwner(passwordFile, Files.getOwner(folder));
    }
    server.run("initdb", "-D", folder.resolve("data").toString(), "-U", USER, "--pwfile=" + passwordFile,
        "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
    server.run("pg_ctl", "-D", folder.resolve("data").toString(), "-l", folder.resolve("log").toString(), "-w",
        "-o", "-p " + server.port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off"
            + " -c full_page_writes=off -c synchronous_commit=off", "start");
    Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly));
    return server;
  }

  /** The newest /usr/lib/postgresql/N/bin holding initdb, or the folder of one on the PATH. */
  private static Path binaries() throws IOException {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Path newest = versions.map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
            .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString()))).orElse(null);
        if (newest != null) {
          return newest;
        }
      }
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "initdb")) && Files.isExecutable(Path.of(dir, "pg_ctl"))) {
        return Path.of(dir);
      }
    }
    return null;
  }

  private static int versionOf(String name) {
    return name.matches("\\d+") ? Integer.parseInt(name) : 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void run(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgres) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    Path output = Files.createTempFile("plancheck-pg", ".out");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(program + " did not finish in 60 s");
      }
      if (process.exitValue() != 0) {
        String log = Files.exists(folder.resolve("log")) ? Files.readString(folder.resolve("log")) : "";
        throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
            + Files.readString(output) + log);
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** The password of {@link #USER}. */
  public String password() {
    return password;
  }

  /** The server's port on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** The JDBC URL of {@code database}, without credentials. */
  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /** Connects to {@code database} as {@link #USER}. */
  public Connection connect(String database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("password", password);
    return DriverManager.getConnection(url(database), properties);
  }

  /** Creates {@code database}, empty. */
  public void createDatabase(String database) throws SQLException {
    try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      run("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    } finally {
      delete(folder);
    }
  }

  private void stopQuietly() {
    if (Files.exists(folder.resolve("data").resolve("postmaster.pid"))) {
      try {
        close();
      } catch (IOException | InterruptedException e) {
        // The JVM is ending; nothing more to do.
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

package com.classtag.sync.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server that the test run starts itself, from the machine's PostgreSQL binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, Debian's {@code postgresql} package, which {@code
 * .ci/run} installs when it is missing), in a temporary directory, on a free loopback port, stopped
 * when the JVM exits. Run as root, the server runs as the {@code postgres} user, since PostgreSQL
 * refuses root. Missing binaries fail the tests: they never skip.
 */
final class PostgresDatabase implements TestDatabase {
  private static PostgresDatabase instance;
  private final int port;

  private PostgresDatabase(int port) {
    this.port = port;
  }

  /** Returns the server, starting it on first use. */
  static synchronized PostgresDatabase get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  /** Empties the store's tables if the schema is current: much faster than creating them again. */
  @Override
  public DataSource fresh() {
    DataSource ds = dataSource();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      boolean current;
      try (java.sql.ResultSet rs =
          s.executeQuery(
              "SELECT COALESCE(MAX(version), -1) FROM"
                  + " (SELECT version FROM sync_schema_version UNION ALL SELECT -1) v")) {
        rs.next();
        current = rs.getInt(1) == JdbcStore.schemaVersion();
      } catch (SQLException e) {
        current = false;
      }
      if (current) {
        // Deleting the few rows of a test is much faster than TRUNCATE, which replaces every
        // table's files.
        List<String> tables = new ArrayList<>(Dump.TABLES.subList(1, Dump.TABLES.size()));
        java.util.Collections.reverse(tables);
        for (String table : tables) {
          s.execute("DELETE FROM " + table);
        }
        s.execute(
            "INSERT INTO sync_store (id, state_version, next_pos, next_id, has_baseline)"
                + " VALUES (1, 0, 1, 1, FALSE)");
        return ds;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the test database", e);
    }
    return empty();
  }

  @Override
  public DataSource empty() {
    DataSource ds = dataSource();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the test database", e);
    }
    return ds;
  }

  DataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName("postgres");
    ds.setUser("postgres");
    return ds;
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  private static PostgresDatabase start() {
    try {
      Path bin = binaries();
      Path dir = Files.createTempDirectory("sync-jdbc-pg");
      boolean root = "root".equals(System.getProperty("user.name"));
      if (root) {
        UserPrincipal postgres =
            dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(dir, postgres);
      }
      Path data = dir.resolve("data");
      run(
          root,
          bin.resolve("initdb").toString(),
          "-D",
          data.toString(),
          "-A",
          "trust",
          "-U",
          "postgres",
          "-E",
          "UTF8",
          "--locale=C",
          "--no-sync");
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      String pgCtl = bin.resolve("pg_ctl").toString();
      run(
          root,
          pgCtl,
          "-D",
          data.toString(),
          "-l",
          dir.resolve("log").toString(),
          "-w",
          "-o",
          "-p "
              + port
              + " -k "
              + dir
              + " -c listen_addresses=127.0.0.1 -c fsync=off"
              + " -c synchronous_commit=off -c full_page_writes=off",
          "start");
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      run(root, pgCtl, "-D", data.toString(), "-m", "immediate", "-w", "stop");
                      try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                      }
                    } catch (IOException e) {
                      System.err.println(
                          "could not stop the test PostgreSQL in " + dir + ": " + e.getMessage());
                    }
                  }));
      return new PostgresDatabase(port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the test PostgreSQL", e);
    }
  }

  private static Path binaries() throws IOException {
    String env = System.getenv("PG_BIN");
    if (env != null) {
      return Path.of(env);
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        Path newest =
            versions
                .filter(p -> Files.isExecutable(p.resolve("bin/initdb")))
                .max(
                    Comparator.comparing(
                        p -> Integer.parseInt(p.getFileName().toString().replaceAll("\\D", "0"))))
                .orElse(null);
        if (newest != null) {
          return newest.resolve("bin");
        }
      }
    }
    throw new IllegalStateException(
        "PostgreSQL binaries not found under /usr/lib/postgresql/<version>/bin"
            + " (or $PG_BIN): install Debian's postgresql package (.ci/run does); the PostgreSQL tests never skip");
  }

  private static void run(boolean root, String... command) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(String.join(" ", cmd) + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}

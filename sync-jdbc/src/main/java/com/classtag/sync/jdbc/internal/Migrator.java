package com.classtag.sync.jdbc.internal;

import com.classtag.sync.jdbc.SchemaVersionException;
import com.classtag.sync.jdbc.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database's schema to the version this code knows, one numbered script at a time, each in
 * its own transaction with the row that records it in {@code sync_schema_version}. Scripts are
 * classpath resources listed here in order (a jar cannot be listed reliably); a script is never
 * edited once released, a change is a new script. A database whose recorded version is newer than
 * the last script is refused untouched.
 */
public final class Migrator {
  /** The migration scripts, version 1 first; the newest schema version is their count. */
  static final List<String> SCRIPTS = List.of("V1__app_state.sql");

  private static final String RESOURCES = "/com/classtag/sync/jdbc/schema/";

  private Migrator() {}

  /**
   * Returns the newest schema version this code knows.
   *
   * @return the number of bundled scripts
   */
  public static int latestVersion() {
    return SCRIPTS.size();
  }

  /**
   * Creates the schema or runs the scripts it lacks.
   *
   * @param c a connection; its auto-commit mode is restored
   * @return the schema version before migrating (0 for an empty database)
   * @throws SchemaVersionException if the database is newer than this code
   * @throws SQLException if the database fails
   */
  public static int migrate(Connection c) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    try {
      c.setAutoCommit(false);
      if (!versionTableExists(c)) {
        try (Statement s = c.createStatement()) {
          s.execute(
              "CREATE TABLE sync_schema_version (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL)");
        }
        c.commit();
      }
      int current = currentVersion(c);
      if (current > latestVersion()) {
        throw new SchemaVersionException(current, latestVersion());
      }
      for (int v = current + 1; v <= latestVersion(); v++) {
        run(c, v, SCRIPTS.get(v - 1));
      }
      return current;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static boolean versionTableExists(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    // Unquoted names are folded to upper case by H2 and to lower case by PostgreSQL.
    for (String name : new String[] {"sync_schema_version", "SYNC_SCHEMA_VERSION"}) {
      try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the schema version recorded in the database.
   *
   * @param c a connection
   * @return the highest recorded version, 0 if none
   * @throws SQLException if the table is missing or the database fails
   */
  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT MAX(version) FROM sync_schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void run(Connection c, int version, String script) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements(read(script))) {
        s.execute(sql);
      }
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO sync_schema_version (version, script) VALUES (?, ?)")) {
      p.setInt(1, version);
      p.setString(2, script);
      p.executeUpdate();
    }
    c.commit();
  }

  private static String read(String script) {
    try (InputStream in = Migrator.class.getResourceAsStream(RESOURCES + script)) {
      if (in == null) {
        throw new StoreException(
            "migration script " + script + " is missing from the sync-jdbc jar", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration script " + script, e);
    }
  }

  /** Splits a script at semicolons that end a line, dropping {@code --} comment lines. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      sql.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(sql.substring(0, sql.lastIndexOf(";")).strip());
        sql.setLength(0);
      }
    }
    if (!sql.toString().isBlank()) {
      throw new StoreException("a migration script ends without a semicolon", null);
    }
    return out;
  }
}

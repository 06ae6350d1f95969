package com.classtag.sync.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects an apply's statements into JDBC batches, one per {@link Sql}, and runs them in {@link
 * Sql} order. Each statement names the rows it writes (keys such as {@code
 * "cm:<classroom>:<student>"}) and the decision it belongs to; when a decision touches a row that
 * another decision's pending statement touches, everything pending runs first, so decisions on one
 * row take effect in plan order. Everything pending also runs when {@link #LIMIT} statements wait,
 * which bounds memory whatever the plan's size.
 */
final class Batches implements AutoCloseable {
  private static final int LIMIT = 4096;

  private final Connection connection;
  private final Map<Sql, PreparedStatement> prepared = new EnumMap<>(Sql.class);
  private final Map<Sql, List<Object[]>> pending = new EnumMap<>(Sql.class);

  /**
   * For statements whose update count must be 1: the message if it is 0, by statement and batch
   * index.
   */
  private final Map<Sql, Map<Integer, String>> expectations = new EnumMap<>(Sql.class);

  /**
   * The owner of each touched row: a decision, compared by identity, or a marker of the baseline's.
   */
  private final Map<String, Object> owners = new HashMap<>();

  private int size;

  Batches(Connection connection) {
    this.connection = connection;
  }

  /**
   * Declares that a decision writes a row, running every pending statement first if another
   * decision's pending statement writes it.
   */
  void touch(String key, Object decision) throws SQLException {
    Object owner = owners.putIfAbsent(key, decision);
    if (owner != null && owner != decision) {
      flush();
      owners.put(key, decision);
    }
  }

  /**
   * Adds a statement; its parameters are strings, longs, booleans, offset date-times or nulls
   * (text).
   */
  void add(Sql sql, Object... params) throws SQLException {
    pending.computeIfAbsent(sql, k -> new ArrayList<>()).add(params);
    if (++size >= LIMIT) {
      flush();
    }
  }

  /**
   * Adds a statement that must change exactly one row; if it changes none, the apply fails with a
   * message.
   */
  void addExpectingOne(Sql sql, String ifNone, Object... params) throws SQLException {
    List<Object[]> rows = pending.computeIfAbsent(sql, k -> new ArrayList<>());
    expectations.computeIfAbsent(sql, k -> new HashMap<>()).put(rows.size(), ifNone);
    rows.add(params);
    if (++size >= LIMIT) {
      flush();
    }
  }

  /** Runs every pending statement, in {@link Sql} order. */
  void flush() throws SQLException {
    for (Map.Entry<Sql, List<Object[]>> e : pending.entrySet()) {
      List<Object[]> rows = e.getValue();
      if (rows.isEmpty()) {
        continue;
      }
      PreparedStatement p = prepared.get(e.getKey());
      if (p == null) {
        p = connection.prepareStatement(e.getKey().sql);
        prepared.put(e.getKey(), p);
      }
      for (Object[] row : rows) {
        bind(p, row);
        p.addBatch();
      }
      int[] counts = p.executeBatch();
      Map<Integer, String> expected = expectations.remove(e.getKey());
      if (expected != null) {
        for (Map.Entry<Integer, String> x : expected.entrySet()) {
          int count = counts[x.getKey()];
          if (count == 0) {
            throw new IllegalArgumentException(x.getValue());
          }
          if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
            throw new IllegalStateException(
                e.getKey().what + " changed " + count + " rows instead of 1");
          }
        }
      }
      rows.clear();
    }
    owners.clear();
    size = 0;
  }

  private static void bind(PreparedStatement p, Object[] row) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      Object v = row[i];
      if (v == null) {
        p.setNull(i + 1, Types.VARCHAR);
      } else if (v instanceof String) {
        p.setString(i + 1, (String) v);
      } else if (v instanceof Long) {
        p.setLong(i + 1, (Long) v);
      } else if (v instanceof Boolean) {
        p.setBoolean(i + 1, (Boolean) v);
      } else {
        p.setObject(i + 1, v);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (PreparedStatement p : prepared.values()) {
      try {
        p.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}

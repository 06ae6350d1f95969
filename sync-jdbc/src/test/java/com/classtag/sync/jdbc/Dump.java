package com.classtag.sync.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Every row of every store table, as text: two databases are the same exactly when their dumps are
 * equal.
 */
final class Dump {
  static final List<String> TABLES =
      List.of(
          "sync_schema_version",
          "sync_store",
          "applied_plan",
          "app_school",
          "app_school_source",
          "student",
          "student_extension",
          "staff",
          "staff_school_access",
          "contact",
          "contact_link",
          "classroom",
          "classroom_section",
          "classroom_teacher",
          "classroom_student",
          "baseline_section");

  private Dump() {}

  static Map<String, List<String>> of(DataSource ds) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= n; i++) {
              row.append(rs.getMetaData().getColumnLabel(i).toLowerCase())
                  .append('=')
                  .append(rs.getString(i))
                  .append(' ');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        out.put(table, rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}

package com.classtag.examples.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for a JDBC URL, through {@link DriverManager}: each connection is a new one,
 * which is all the one-shot {@code sync} command needs (a service would use its pool). The password
 * never appears in {@link #toString()}.
 */
final class JdbcUrlDataSource implements DataSource {
  private final String url;
  private final Properties credentials = new Properties();

  /**
   * Creates the data source.
   *
   * @param url the JDBC URL, such as {@code jdbc:postgresql://db.example.org/classtag}
   * @param user the user, or null to let the URL or driver decide
   * @param password the password, or null
   */
  JdbcUrlDataSource(String url, String user, String password) {
    this.url = url;
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, credentials);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return DriverManager.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    DriverManager.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  /** Shows the URL's scheme and driver only: a URL may carry a password. */
  @Override
  public String toString() {
    int second = url.indexOf(':', url.indexOf(':') + 1);
    return "JdbcUrlDataSource{" + (second < 0 ? "jdbc" : url.substring(0, second)) + '}';
  }
}

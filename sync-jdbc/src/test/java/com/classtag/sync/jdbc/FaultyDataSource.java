package com.classtag.sync.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that fails like a crash: the Nth statement execution (query, update or batch) or
 * commit throws instead of reaching the database. With {@code afterCommit}, the Nth commit reaches
 * the database and then throws, as when the acknowledgement is lost.
 */
final class FaultyDataSource implements DataSource {
  private final DataSource real;
  private final int failAt;
  private final boolean afterCommit;
  private int count;

  FaultyDataSource(DataSource real, int failAt, boolean afterCommit) {
    this.real = real;
    this.failAt = failAt;
    this.afterCommit = afterCommit;
  }

  /** Returns how many executions and commits have been counted. */
  int count() {
    return count;
  }

  private void step(String what) throws SQLException {
    if (++count == failAt) {
      throw new SQLException("injected fault at " + what + " #" + count, "08006");
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(real.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return wrap(real.getConnection(user, password));
  }

  private Connection wrap(Connection c) {
    InvocationHandler h =
        (proxy, m, args) -> {
          if (m.getName().equals("commit")) {
            if (afterCommit) {
              invoke(c, m, args);
              step("commit");
              return null;
            }
            step("commit");
          }
          Object result = invoke(c, m, args);
          if (result instanceof PreparedStatement) {
            return statement((PreparedStatement) result, PreparedStatement.class);
          }
          if (result instanceof Statement) {
            return statement((Statement) result, Statement.class);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private <T extends Statement> T statement(T s, Class<T> type) {
    InvocationHandler h =
        (proxy, m, args) -> {
          if (m.getName().startsWith("execute") && !afterCommit) {
            step(m.getName());
          }
          return invoke(s, m, args);
        };
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, h));
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return real.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    real.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    real.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return real.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return real.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return real.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return real.isWrapperFor(iface);
  }
}

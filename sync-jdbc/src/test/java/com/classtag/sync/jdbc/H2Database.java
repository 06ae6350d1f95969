package com.classtag.sync.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Embedded H2: a new in-memory database for each {@link #fresh()}. */
final class H2Database implements TestDatabase {
  static final H2Database INSTANCE = new H2Database();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private H2Database() {}

  @Override
  public DataSource fresh() {
    return empty();
  }

  @Override
  public DataSource empty() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:store" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  @Override
  public String name() {
    return "H2";
  }
}

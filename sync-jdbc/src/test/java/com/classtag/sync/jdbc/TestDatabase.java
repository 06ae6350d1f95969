package com.classtag.sync.jdbc;

import javax.sql.DataSource;

/** A database engine the store's test suite runs on. */
interface TestDatabase {
  /**
   * Returns a data source for an empty database (no tables).
   *
   * @return the data source
   */
  DataSource empty();

  /**
   * Returns a data source for a database that holds no app state: empty, or with the store's tables
   * empty.
   *
   * @return the data source
   */
  DataSource fresh();

  /** The engine's name, for test names. */
  String name();
}

package com.classtag.sync.jdbc;

/**
 * The store's suite on a real PostgreSQL that the test run starts itself ({@link
 * PostgresDatabase}).
 */
class PostgresStoreTest extends StoreContract {
  @Override
  TestDatabase database() {
    return PostgresDatabase.get();
  }

  @Override
  int worlds() {
    return 20;
  }
}

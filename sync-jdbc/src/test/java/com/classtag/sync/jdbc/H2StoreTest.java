package com.classtag.sync.jdbc;

/** The store's suite on embedded H2. */
class H2StoreTest extends StoreContract {
  @Override
  TestDatabase database() {
    return H2Database.INSTANCE;
  }

  @Override
  int worlds() {
    return 60;
  }
}

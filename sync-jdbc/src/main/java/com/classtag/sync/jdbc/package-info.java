/**
 * A reference store for the planner's app state over plain JDBC: {@link
 * com.classtag.sync.jdbc.JdbcStore} creates and migrates its schema, loads the {@link
 * com.classtag.sync.state.AppState} and applies a plan's decisions in one transaction. It needs
 * only {@code java.sql}: the caller passes a {@link javax.sql.DataSource} and brings the driver.
 * The schema is described in {@code docs/jdbc-store.md}.
 */
package com.classtag.sync.jdbc;

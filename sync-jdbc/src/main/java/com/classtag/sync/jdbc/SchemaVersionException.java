package com.classtag.sync.jdbc;

/**
 * The database's schema was written by a newer sync-jdbc than this one, so this version cannot read
 * or write it safely. Nothing was changed; upgrade sync-jdbc.
 */
public final class SchemaVersionException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** The schema version the database is at. */
  private final int databaseVersion;

  /** The newest schema version this code knows. */
  private final int codeVersion;

  /**
   * Creates the exception.
   *
   * @param databaseVersion the schema version recorded in the database
   * @param codeVersion the newest schema version this sync-jdbc knows
   */
  public SchemaVersionException(int databaseVersion, int codeVersion) {
    super(
        "the database's sync-jdbc schema is at version "
            + databaseVersion
            + ", newer than this sync-jdbc"
            + " knows ("
            + codeVersion
            + "): nothing was changed; upgrade sync-jdbc to a version that has schema "
            + databaseVersion,
        null);
    this.databaseVersion = databaseVersion;
    this.codeVersion = codeVersion;
  }

  /**
   * Returns the database's schema version.
   *
   * @return the highest version in the {@code sync_schema_version} table
   */
  public int databaseVersion() {
    return databaseVersion;
  }

  /**
   * Returns the newest schema version this code knows.
   *
   * @return the number of the last bundled migration script
   */
  public int codeVersion() {
    return codeVersion;
  }
}

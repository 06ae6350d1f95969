package com.classtag.clever.client.incremental;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A baseline as a {@link BaselineStore} holds it: its bytes, to be read once, and the version that
 * names them, to pass back to {@link BaselineStore#save}. Close it when read.
 */
public final class StoredBaseline implements Closeable {
  private final InputStream content;
  private final String version;

  /**
   * Creates a stored baseline.
   *
   * @param content the bytes; closed by {@link #close()}
   * @param version what names exactly these bytes, such as an ETag
   * @throws NullPointerException if either is null
   */
  public StoredBaseline(InputStream content, String version) {
    this.content = Objects.requireNonNull(content, "content");
    this.version = Objects.requireNonNull(version, "version");
  }

  /** {@return the bytes, to be read once} */
  public InputStream content() {
    return content;
  }

  /** {@return the version to pass to {@link BaselineStore#save}} */
  public String version() {
    return version;
  }

  /** Closes the stream. */
  @Override
  public void close() throws IOException {
    content.close();
  }

  @Override
  public String toString() {
    return "StoredBaseline{version=" + version + "}";
  }
}

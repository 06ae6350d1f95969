package com.classtag.clever.model.baseline;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Wrappers that keep a caller's stream open when the gzip stream around it is closed. Closing the
 * gzip stream is still needed: it releases the native inflater or deflater at once instead of at
 * garbage collection.
 */
final class Shielded {
  private Shielded() {}

  /** Returns a view of {@code out} whose {@code close()} only flushes. */
  static OutputStream output(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        // FilterOutputStream would otherwise write byte by byte.
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  /** Returns a view of {@code in} whose {@code close()} does nothing. */
  static InputStream input(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // The caller owns the stream.
      }
    };
  }
}

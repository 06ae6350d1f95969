package com.classtag.clever.testing.standin.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One answer of the stand-in, not yet sent: a status, a content type and a body that writes itself,
 * so a large page is streamed rather than built in memory, and a fault can cut it short.
 */
record Response(int status, String contentType, Body body) {
  /** The JSON content type Clever sends. */
  static final String JSON = "application/json; charset=utf-8";

  /** Writes a response body to a stream it must not close. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Returns a response without a body, such as Clever's 429. */
  static Response empty(int status) {
    return new Response(status, null, null);
  }

  boolean hasBody() {
    return body != null;
  }
}

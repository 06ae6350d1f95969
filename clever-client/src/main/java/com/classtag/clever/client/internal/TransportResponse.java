package com.classtag.clever.client.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * A response whose headers have arrived and whose body is read as a stream under the body deadline.
 * Closing it releases the connection; closing twice is harmless.
 */
public final class TransportResponse implements Closeable {
  private final URI uri;
  private final int status;
  private final HttpHeaders headers;
  private final DeadlineInputStream body;
  private final OpenResponses open;
  private boolean closed;

  TransportResponse(
      URI uri, int status, HttpHeaders headers, DeadlineInputStream body, OpenResponses open) {
    this.uri = uri;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.open = open;
  }

  /** Returns the requested URI. */
  public URI uri() {
    return uri;
  }

  /** Returns the HTTP status. */
  public int status() {
    return status;
  }

  /** Returns the response headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** Returns how many bytes of the body have been read so far. */
  public long bytesRead() {
    return body.bytesRead();
  }

  /** Returns the body stream. */
  public InputStream body() {
    return body;
  }

  /**
   * Returns the I/O failure reading the body hit (a reset, or the body deadline), or null. Lets a
   * parse error caused by the network be told apart from a body that is really malformed.
   */
  public IOException bodyFailure() {
    return body.failure();
  }

  /** Closes the body, releasing the connection. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    try {
      body.close();
    } finally {
      open.remove(this);
    }
  }
}

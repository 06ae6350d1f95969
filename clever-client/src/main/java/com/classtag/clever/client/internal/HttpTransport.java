package com.classtag.clever.client.internal;

import java.io.IOException;
import java.net.URI;

/**
 * The one HTTP interface of the client: a GET of a URI on the API's origin, answered by a response
 * whose body is streamed. Implemented on {@code java.net.http} by {@link JdkTransport} and
 * decorated by {@link RetryingTransport}. Every response returned must be closed.
 */
public interface HttpTransport {
  /**
   * Sends a GET and returns the response as soon as its headers arrive, whatever its status.
   *
   * @param uri the absolute URI, on the API's origin
   * @param call the call this request belongs to
   * @return the response; the caller must close it
   * @throws IOException if no response arrived
   */
  TransportResponse send(URI uri, CallContext call) throws IOException;
}

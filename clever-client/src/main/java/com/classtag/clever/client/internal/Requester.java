package com.classtag.clever.client.internal;

import com.classtag.clever.client.AutoPager;
import com.classtag.clever.client.CleverException;
import com.classtag.clever.client.CleverIoException;
import com.classtag.clever.client.CursorExpiredException;
import com.classtag.clever.client.NotFoundException;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.CleverJsonException;
import com.classtag.clever.model.CleverRecord;
import com.classtag.clever.model.JsonCodec;
import com.classtag.clever.model.internal.Utf8JsonReader;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Makes the client's calls: builds versioned URIs, sends through the retrying transport, turns
 * failures into the public exceptions, and reads single resources and listings. Thread-safe.
 */
public final class Requester {
  private final HttpTransport transport;
  private final ClientRuntime runtime;
  private final AtomicBoolean rootClosed;
  private volatile boolean closed;

  /**
   * Creates a requester.
   *
   * @param transport the retrying transport
   * @param runtime what the client shares
   * @param rootClosed set when the root client closes, which closes this requester too
   */
  public Requester(HttpTransport transport, ClientRuntime runtime, AtomicBoolean rootClosed) {
    this.transport = transport;
    this.runtime = runtime;
    this.rootClosed = rootClosed;
  }

  /** Returns what the client shares. */
  public ClientRuntime runtime() {
    return runtime;
  }

  /**
   * Returns the URI of a resource: the origin, the version, then {@code path}.
   *
   * @param path an encoded path, such as {@code /users/5f1..}; see {@link #id}
   * @return the URI
   */
  public URI resource(String path) {
    return runtime.origin().uri("/" + runtime.version().pathSegment() + path, "");
  }

  /**
   * Returns the URI of the first page of a listing, with {@code limit} set to the page size.
   *
   * @param path an encoded path, such as {@code /schools/5f1../users}
   * @param filters the listing's filters
   * @return the URI
   */
  public URI listing(String path, Query filters) {
    String limit = "limit=" + runtime.pageSize();
    String rest = filters.encoded();
    return runtime
        .origin()
        .uri(
            "/" + runtime.version().pathSegment() + path,
            rest.isEmpty() ? limit : limit + "&" + rest);
  }

  /**
   * Returns an id as a path segment, percent-encoded so that it cannot change the path.
   *
   * @param name what the id is, for the error message
   * @param id the id
   * @return the encoded segment
   * @throws IllegalArgumentException if the id is null or blank
   */
  public static String id(String name, String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return Query.encode(id);
  }

  /**
   * Returns the URI of a listing Clever does not paginate (no {@code limit}), such as {@code
   * /districts}.
   *
   * @param path an encoded path
   * @return the URI
   */
  public URI unpagedListing(String path) {
    return resource(path);
  }

  /**
   * Returns a lazy listing of records.
   *
   * @param first the first page's URI, from {@link #listing} or {@link #unpagedListing}
   * @param codec the record codec
   * @param <T> the record type
   * @return the listing
   */
  public <T extends CleverRecord> AutoPager<T> list(URI first, JsonCodec<T> codec) {
    return pager(first, codec, CleverRecord::id);
  }

  /** Marks the client closed: every later call fails with {@link IllegalStateException}. */
  public void close() {
    closed = true;
  }

  /**
   * Starts a call, announcing it to the listener; the caller reports its end or failure on the
   * context.
   *
   * @param uri the call's first request
   * @return the call
   * @throws IllegalStateException if the client is closed
   */
  public CallContext newCall(URI uri) {
    checkOpen();
    return CallContext.start(uri, runtime.listeners(), runtime.seams().clock());
  }

  private void checkOpen() {
    if (closed || rootClosed.get()) {
      throw new IllegalStateException("the CleverClient is closed");
    }
  }

  /**
   * Sends a GET and returns its 2xx response, open, for the caller to read and close.
   *
   * @param uri the URI
   * @param call the call it belongs to
   * @return the response
   * @throws CleverException if no 2xx response could be had
   * @throws IllegalStateException if the client is closed
   */
  public TransportResponse open(URI uri, CallContext call) {
    checkOpen();
    TransportResponse response;
    try {
      response = transport.send(uri, call);
    } catch (IOException e) {
      throw runtime.failures().io(uri, call, e);
    }
    if (response.status() >= 200 && response.status() < 300) {
      return response;
    }
    throw runtime.failures().fromResponse(response, call);
  }

  /**
   * Reads a single resource, {@code {"data":{..}}}.
   *
   * @param uri the resource's URI
   * @param codec the record codec
   * @param <T> the record type
   * @return the record
   * @throws CleverException if the call fails or the body is invalid
   */
  public <T> T get(URI uri, JsonCodec<T> codec) {
    return getEnvelope(uri, CleverJson.single(codec)).data();
  }

  /**
   * Reads a whole response body with {@code codec}, retrying when the body breaks off.
   *
   * @param uri the URI
   * @param codec the codec of the whole body
   * @param <E> the body type
   * @return the body
   * @throws CleverException if the call fails or the body is invalid
   */
  public <E> E getEnvelope(URI uri, JsonCodec<E> codec) {
    CallContext call = newCall(uri);
    try {
      while (true) {
        TransportResponse response = open(uri, call);
        try (response) {
          E body = codec.fromJson(json(response));
          call.ended(response);
          return body;
        } catch (CleverJsonException e) {
          retryAfterBrokenBody(response, call, e);
        }
      }
    } catch (RuntimeException | Error e) {
      call.failed(e);
      throw e;
    }
  }

  /**
   * Returns a reader of the body of a response, bounded by the longest string value the client
   * accepts.
   *
   * @param response the response
   * @return the reader; closing it closes the body
   */
  JsonReader json(TransportResponse response) {
    int max = runtime.limits().maxStringChars();
    return new Utf8JsonReader(
        response.body(),
        max,
        () ->
            new LimitExceeded(
                "maxStringChars", max, "a string value longer than " + max + " characters"));
  }

  /**
   * Returns the most records the page of a response may hold: the {@code limit} it asked for (else
   * the page size), plus the margin the limits allow. Worked out once per page, as it parses the
   * page's URI.
   *
   * @param response the page's response
   * @return the most records allowed
   */
  int recordLimit(TransportResponse response) {
    Integer asked = Query.limit(response.uri());
    return (asked == null ? runtime.pageSize() : asked) + runtime.limits().pageRecordsMargin();
  }

  /**
   * Fails a page that holds more records than {@link #recordLimit} allows, before the record past
   * them is handed out: closes the response and throws.
   *
   * @param response the page's response
   * @param call the page's call
   * @param count how many records of the page have been read, the last one included
   * @throws com.classtag.clever.client.ResponseLimitException always
   */
  void tooManyRecords(TransportResponse response, CallContext call, int count) {
    Integer asked = Query.limit(response.uri());
    response.close();
    CleverJsonException at =
        new CleverJsonException("$.data[" + (count - 1) + "]", "one record too many", null);
    throw runtime
        .failures()
        .tooLarge(
            response,
            call,
            at,
            "pageRecordsMargin",
            runtime.limits().pageRecordsMargin(),
            "a page of more than "
                + recordLimit(response)
                + " records ("
                + (asked == null ? "the page size " + runtime.pageSize() : "limit=" + asked)
                + " plus the margin)");
  }

  /**
   * Decides what a parse error means: if the body broke off (an I/O failure under the parser),
   * waits for the retry the policy allows and returns; otherwise, or if no retry is allowed,
   * throws.
   *
   * @param response the response being read; closed by this method
   * @param call the call
   * @param e the parse error
   * @throws CleverException if the call must fail
   */
  void retryAfterBrokenBody(TransportResponse response, CallContext call, CleverJsonException e) {
    response.close();
    LimitExceeded limit = LimitExceeded.in(e);
    if (limit != null) {
      throw runtime
          .failures()
          .tooLarge(response, call, e, limit.limit(), limit.value(), limit.getMessage());
    }
    IOException broken = response.bodyFailure();
    if (broken == null) {
      throw runtime.failures().invalid(response, call, e);
    }
    Optional<Duration> retry = runtime.retrier().decide(call, broken);
    if (retry.isEmpty()) {
      throw runtime.failures().io(response.uri(), call, broken);
    }
    try {
      runtime.retrier().await(retry.get());
    } catch (IOException interrupted) {
      call.giveUp("the thread was interrupted");
      throw runtime.failures().io(response.uri(), call, interrupted);
    }
  }

  /**
   * Opens a page of a listing, mapping a 404 of a listing after an events cursor to {@link
   * CursorExpiredException} that names the cursor of the page that failed (the listing's own, or a
   * later page's).
   *
   * @param listing the listing
   * @param uri the page
   * @param call the call
   * @return the open response
   * @throws CleverException if no 2xx response could be had
   */
  TransportResponse openPage(Listing<?> listing, URI uri, CallContext call) {
    try {
      return open(uri, call);
    } catch (NotFoundException e) {
      String cursor = listing.checkedCursor();
      if (cursor == null) {
        throw e;
      }
      String pageCursor = Query.cursorAfter(uri);
      if (pageCursor == null || pageCursor.equals(cursor)) {
        throw new CursorExpiredException(cursor, e.details(), e);
      }
      throw CursorExpiredException.ofLaterPage(pageCursor, cursor, e.details(), e);
    }
  }

  /**
   * Resolves a next link against the origin.
   *
   * @param page the page that sent it
   * @param call the page's call
   * @param link the link as sent
   * @return the absolute URI
   * @throws com.classtag.clever.client.UnexpectedResponseException if it is malformed or on another
   *     origin
   */
  URI resolveNext(URI page, CallContext call, String link) {
    try {
      return runtime.origin().resolve(link);
    } catch (IllegalArgumentException e) {
      throw runtime.failures().unexpected(page, call, "refusing the next link: " + e.getMessage());
    }
  }

  /**
   * Returns a lazy listing.
   *
   * @param first the first page's URI
   * @param codec the record codec
   * @param idOf a record's id
   * @param <T> the record type
   * @return the listing
   */
  public <T> AutoPager<T> pager(URI first, JsonCodec<T> codec, Function<T, String> idOf) {
    return new DefaultAutoPager<>(this, new Listing<>(first, codec, idOf, null));
  }

  /**
   * Returns a lazy listing after an events cursor, which checks the cursor before its first page.
   *
   * @param listing the listing, with its cursor check
   * @param <T> the record type
   * @return the listing
   */
  public <T> AutoPager<T> pager(Listing<T> listing) {
    return new DefaultAutoPager<>(this, listing);
  }

  /** Runs the cursor check of a listing, if it has one, before its first page. */
  static void checkCursor(Listing<?> listing) {
    Consumer<String> check = listing.cursorCheck();
    String cursor = listing.checkedCursor();
    if (check != null && cursor != null) {
      check.accept(cursor);
    }
  }

  /**
   * Returns the I/O exception for an interrupted wait or a failure outside a call's retry loop.
   *
   * @param uri the request
   * @param call the call
   * @param e the failure
   * @return the exception
   */
  CleverIoException io(URI uri, CallContext call, IOException e) {
    return runtime.failures().io(uri, call, e);
  }
}

package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener.PageFetched;
import com.classtag.clever.model.CleverJsonException;
import com.classtag.clever.model.PageReader;
import java.io.Closeable;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;

/**
 * One pass over a listing: opens a page only when the previous one is used up, and hands out each
 * record as it is parsed from the open body. Not thread-safe.
 *
 * <p>When a body breaks off (a reset, or the body deadline), it asks the {@link Retrier} and, if
 * allowed, re-requests the page. If records of it were already handed out, it never assumes an
 * order it has not seen: it checks the order of the records as they arrive, and if the page's
 * records so far ascended (as Clever lists them), it requests the records after the last one
 * ({@code starting_after}) and checks that each one it then gets comes after it, failing with
 * {@link com.classtag.clever.client.UnexpectedResponseException} before handing out one that does
 * not. If they did not ascend, it requests the page again from its start and skips the records it
 * already handed out. So nothing is lost or handed out twice. Any other failure ends the pass with
 * the exception.
 *
 * <p>If the iterator is abandoned without being closed, a {@link Cleaner} closes its open response
 * once the iterator is garbage.
 */
final class RecordIterator<T> implements Iterator<T>, Closeable {
  private static final Cleaner CLEANER = Cleaner.create();

  private final Requester requester;
  private final Listing<T> listing;
  private final IntConsumer onPage;
  private final LoopGuard guard = new LoopGuard();
  private final OpenSlot slot = new OpenSlot();
  private final Cleaner.Cleanable cleanable;

  private boolean started;
  private boolean finished;
  private URI pending;
  private CallContext pendingCall;
  private URI pageUri;
  private CallContext call;
  private TransportResponse response;

  /** The most records the open page may hold ({@link Requester#recordLimit}). */
  private int recordLimit;

  private PageReader<T> reader;
  private String lastId;
  private T peeked;

  /** The page as linked (first page or next link), before any resume. */
  private URI pageStart;

  /** The ids of this page's records handed out, across its retries; at most one page of ids. */
  private final List<String> handedInPage = new ArrayList<>();

  /**
   * The ids a restarted page skips: those handed out before it broke off; null unless restarted.
   */
  private Set<String> skip;

  /** Whether the records of this page handed out so far came in ascending id order. */
  private boolean pageAscending = true;

  /**
   * When the open body resumes a broken page: the cursor its records must come after; else null.
   */
  private String resumedAfter;

  /**
   * The id of the last record admitted from the open body, for the order check of a resumed body.
   */
  private String bodyLast;

  RecordIterator(Requester requester, Listing<T> listing, IntConsumer onPage) {
    this.requester = requester;
    this.listing = listing;
    this.onPage = onPage;
    this.cleanable = CLEANER.register(this, slot);
  }

  @Override
  public boolean hasNext() {
    try {
      while (true) {
        if (finished) {
          return false;
        }
        if (reader == null) {
          if (!started) {
            started = true;
            Requester.checkCursor(listing);
            pending = listing.first();
            guard.start(pending);
          }
          if (pending == null) {
            close();
            return false;
          }
          if (!openPending()) {
            continue;
          }
        }
        if (peeked != null) {
          return true;
        }
        try {
          if (reader.hasNext()) {
            admit(reader.next());
            continue;
          }
          endPage(reader.nextUri());
        } catch (CleverJsonException e) {
          recover(e);
        }
      }
    } catch (RuntimeException e) {
      if (call != null) {
        call.failed(e);
      }
      close();
      throw e;
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the listing has no more records");
    }
    T item = peeked;
    peeked = null;
    String id = listing.idOf().apply(item);
    if (lastId != null && !handedInPage.isEmpty() && id.compareTo(lastId) < 0) {
      pageAscending = false;
    }
    handedInPage.add(id);
    lastId = id;
    return item;
  }

  /**
   * Takes a record parsed from the open body as the next one to hand out, unless a restarted page
   * already handed it out; refuses one of a resumed body that does not come after the records
   * before it.
   */
  private void admit(T item) {
    if (reader.count() > recordLimit) {
      requester.tooManyRecords(response, call, reader.count());
    }
    String id = listing.idOf().apply(item);
    if (skip != null && skip.contains(id)) {
      return;
    }
    if (resumedAfter != null) {
      String before = bodyLast == null ? resumedAfter : bodyLast;
      if (bodyLast == null ? id.compareTo(before) <= 0 : id.compareTo(before) < 0) {
        throw requester
            .runtime()
            .failures()
            .unexpected(
                pageUri,
                call,
                "after the page broke off, the client "
                    + "resumed after the last record handed out ("
                    + resumedAfter
                    + "), but Clever then listed "
                    + id
                    + ", which does not come after "
                    + before
                    + ": the order needed to resume is not kept, so the "
                    + "listing stops here rather than lose or repeat records");
      }
    }
    bodyLast = id;
    peeked = item;
  }

  /** Releases the open response, if any, and ends the pass. */
  @Override
  public void close() {
    finished = true;
    peeked = null;
    if (call != null) {
      // Ignored when the page was read to its end: a call reports one outcome.
      call.failed(
          new CancellationException("the listing was closed before its page was read to the end"));
    }
    closePage();
    cleanable.clean();
  }

  /**
   * Opens the pending page; returns false if its body broke at once and a retry is pending instead.
   */
  private boolean openPending() {
    URI uri = pending;
    boolean retry = pendingCall != null;
    CallContext c = retry ? pendingCall : requester.newCall(uri);
    pending = null;
    pendingCall = null;
    pageUri = uri;
    call = c;
    slot.call = c;
    bodyLast = null;
    if (!retry) {
      pageStart = uri;
      handedInPage.clear();
      pageAscending = true;
      resumedAfter = null;
      skip = null;
    }
    response = requester.openPage(listing, uri, c);
    slot.response = response;
    recordLimit = requester.recordLimit(response);
    try {
      reader = PageReader.open(requester.json(response), listing.codec());
      return true;
    } catch (CleverJsonException e) {
      recover(e);
      return false;
    }
  }

  /** Handles a parse error: throws if the page cannot be read, else sets up the retry. */
  private void recover(CleverJsonException e) {
    TransportResponse broken = response;
    closePage();
    requester.retryAfterBrokenBody(broken, call, e);
    if (handedInPage.isEmpty()) {
      pending = pageUri;
    } else if (pageAscending && skip == null) {
      pending = Query.startingAfter(pageStart, lastId);
      resumedAfter = lastId;
    } else {
      pending = pageStart;
      resumedAfter = null;
      skip = new HashSet<>(handedInPage);
    }
    pendingCall = call;
  }

  private void endPage(Optional<String> next) {
    int count = reader.count();
    String path = Origin.pathAndQuery(pageUri);
    TransportResponse read = response;
    closePage();
    requester
        .runtime()
        .listeners()
        .emit(l -> l.pageFetched(new PageFetched(path, count, next.isPresent())));
    onPage.accept(count);
    if (next.isPresent()) {
      URI uri = requester.resolveNext(pageUri, call, next.get());
      String loop = guard.repeats(uri, lastId);
      if (loop != null) {
        throw requester.runtime().failures().unexpected(pageUri, call, loop);
      }
      pending = uri;
    }
    call.ended(read);
  }

  private void closePage() {
    if (reader != null) {
      try {
        reader.close();
      } catch (UncheckedIOException e) {
        // The response is discarded below either way.
      }
      reader = null;
    }
    if (response != null) {
      response.close();
      response = null;
    }
    slot.response = null;
  }

  /**
   * The open response, held apart from the iterator so that the cleaner does not keep the iterator
   * alive.
   */
  private static final class OpenSlot implements Runnable {
    private volatile TransportResponse response;
    private volatile CallContext call;

    @Override
    public void run() {
      TransportResponse r = response;
      CallContext c = call;
      if (c != null) {
        // Runs only for an iterator dropped unclosed; a closed one has cleaned already and never
        // comes here.
        c.failed(
            new CancellationException("the listing was dropped unclosed before its page was read"));
      }
      if (r != null) {
        r.close();
      }
    }
  }
}

package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener.PageFetched;
import com.classtag.clever.model.CleverJsonException;
import com.classtag.clever.model.PageReader;
import java.io.Closeable;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * One pass over a listing: opens a page only when the previous one is used up, and hands out each record as
 * it is parsed from the open body. Not thread-safe.
 *
 * <p>When a body breaks off (a reset, or the body deadline), it asks the {@link Retrier} and, if allowed,
 * re-requests the page, or, if records of it were already handed out, the records after the last one ({@code
 * starting_after}): Clever lists in ascending id order, so nothing is lost or repeated. Any other failure
 * ends the pass with the exception.
 *
 * <p>If the iterator is abandoned without being closed, a {@link Cleaner} closes its open response once the
 * iterator is garbage.
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
  private PageReader<T> reader;
  private int handedInPage;
  private String lastId;

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
        try {
          if (reader.hasNext()) {
            return true;
          }
          endPage(reader.nextUri());
        } catch (CleverJsonException e) {
          recover(e);
        }
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public T next() {
    while (true) {
      if (!hasNext()) {
        throw new NoSuchElementException("the listing has no more records");
      }
      try {
        T item = reader.next();
        handedInPage++;
        lastId = listing.idOf().apply(item);
        return item;
      } catch (CleverJsonException e) {
        try {
          recover(e);
        } catch (RuntimeException failed) {
          close();
          throw failed;
        }
      }
    }
  }

  /** Releases the open response, if any, and ends the pass. */
  @Override
  public void close() {
    finished = true;
    closePage();
    cleanable.clean();
  }

  /** Opens the pending page; returns false if its body broke at once and a retry is pending instead. */
  private boolean openPending() {
    URI uri = pending;
    CallContext c = pendingCall != null ? pendingCall : requester.newCall();
    pending = null;
    pendingCall = null;
    pageUri = uri;
    call = c;
    handedInPage = 0;
    response = requester.openPage(listing, uri, c);
    slot.response = response;
    try {
      reader = PageReader.open(new InputStreamReader(response.body(), StandardCharsets.UTF_8), listing.codec());
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
    pending = handedInPage == 0 ? pageUri : Query.startingAfter(pageUri, lastId);
    pendingCall = call;
  }

  private void endPage(Optional<String> next) {
    int count = reader.count();
    String path = Origin.pathAndQuery(pageUri);
    closePage();
    requester.runtime().listeners().emit(l -> l.pageFetched(new PageFetched(path, count, next.isPresent())));
    onPage.accept(count);
    if (next.isPresent()) {
      URI uri = requester.resolveNext(pageUri, call, next.get());
      String loop = guard.repeats(uri, lastId);
      if (loop != null) {
        throw requester.runtime().failures().unexpected(pageUri, call, loop);
      }
      pending = uri;
    }
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

  /** The open response, held apart from the iterator so that the cleaner does not keep the iterator alive. */
  private static final class OpenSlot implements Runnable {
    private volatile TransportResponse response;

    @Override
    public void run() {
      TransportResponse r = response;
      if (r != null) {
        r.close();
      }
    }
  }
}

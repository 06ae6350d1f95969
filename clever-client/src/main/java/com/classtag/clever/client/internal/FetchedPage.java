package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener.PageFetched;
import com.classtag.clever.client.Page;
import com.classtag.clever.model.CleverJsonException;
import com.classtag.clever.model.PageReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A {@link Page} read completely, with what it needs to fetch the next one. Immutable. */
final class FetchedPage<T> implements Page<T> {
  private final Requester requester;
  private final Listing<T> listing;
  private final URI uri;
  private final CallContext call;
  private final List<T> items;
  private final String nextLink;
  private final String lastId;
  private final LinkTrail trail;

  private FetchedPage(Fetch<T> fetch, List<T> items, String nextLink, String lastId) {
    this.requester = fetch.requester;
    this.listing = fetch.listing;
    this.uri = fetch.uri;
    this.call = fetch.call;
    this.trail = fetch.trail;
    this.items = items;
    this.nextLink = nextLink;
    this.lastId = lastId;
  }

  /** Fetches the first page of a listing. */
  static <T> FetchedPage<T> first(Requester requester, Listing<T> listing) {
    Requester.checkCursor(listing);
    return new Fetch<>(requester, listing, listing.first(), LinkTrail.start(listing.first()))
        .run(null);
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return nextLink != null;
  }

  @Override
  public Optional<String> nextLink() {
    return Optional.ofNullable(nextLink);
  }

  @Override
  public Optional<String> lastId() {
    return Optional.ofNullable(lastId);
  }

  @Override
  public Page<T> nextPage() {
    if (nextLink == null) {
      throw new NoSuchElementException("this is the last page: Clever sent no next link");
    }
    URI next = requester.resolveNext(uri, call, nextLink);
    String loop = trail.repeats(next, lastId);
    if (loop != null) {
      throw requester.runtime().failures().unexpected(uri, call, loop);
    }
    return new Fetch<>(requester, listing, next, trail.then(next)).run(lastId);
  }

  @Override
  public CompletableFuture<Page<T>> nextPageAsync() {
    return CompletableFuture.supplyAsync(this::nextPage, requester.runtime().executor());
  }

  @Override
  public String toString() {
    return "Page{"
        + Origin.pathAndQuery(uri)
        + ", items="
        + items.size()
        + ", hasNextPage="
        + hasNextPage()
        + "}";
  }

  /**
   * One fetch of a page, retried from the start if its body breaks off (nothing was handed out
   * yet).
   */
  private static final class Fetch<T> {
    private final Requester requester;
    private final Listing<T> listing;
    private final URI uri;
    private final LinkTrail trail;
    private final CallContext call;

    Fetch(Requester requester, Listing<T> listing, URI uri, LinkTrail trail) {
      this.requester = requester;
      this.listing = listing;
      this.uri = uri;
      this.trail = trail;
      this.call = requester.newCall(uri);
    }

    FetchedPage<T> run(String previousLastId) {
      try {
        return read(previousLastId);
      } catch (RuntimeException e) {
        call.failed(e);
        throw e;
      }
    }

    private FetchedPage<T> read(String previousLastId) {
      while (true) {
        TransportResponse response = requester.openPage(listing, uri, call);
        try (response) {
          PageReader<T> reader = PageReader.open(requester.json(response), listing.codec());
          List<T> items = new ArrayList<>();
          int recordLimit = requester.recordLimit(response);
          while (reader.hasNext()) {
            items.add(reader.next());
            if (items.size() > recordLimit) {
              requester.tooManyRecords(response, call, items.size());
            }
          }
          String next = reader.nextUri().orElse(null);
          String path = Origin.pathAndQuery(uri);
          int count = items.size();
          requester
              .runtime()
              .listeners()
              .emit(l -> l.pageFetched(new PageFetched(path, count, next != null)));
          call.ended(response);
          String lastId =
              items.isEmpty() ? previousLastId : listing.idOf().apply(items.get(items.size() - 1));
          return new FetchedPage<>(this, Collections.unmodifiableList(items), next, lastId);
        } catch (CleverJsonException e) {
          requester.retryAfterBrokenBody(response, call, e);
        }
      }
    }
  }
}

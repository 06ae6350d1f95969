package com.classtag.clever.client.internal;

import com.classtag.clever.client.AutoPager;
import com.classtag.clever.client.Page;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The {@link AutoPager} of a {@link Listing}. Immutable. */
final class DefaultAutoPager<T> implements AutoPager<T> {
  private final Requester requester;
  private final Listing<T> listing;

  DefaultAutoPager(Requester requester, Listing<T> listing) {
    this.requester = requester;
    this.listing = listing;
  }

  @Override
  public Iterator<T> iterator() {
    return iterator(count -> {});
  }

  /** Returns a pass over the listing that reports each page's record count to {@code onPage}. */
  RecordIterator<T> iterator(IntConsumer onPage) {
    return new RecordIterator<>(requester, listing, onPage);
  }

  @Override
  public void forEach(Consumer<? super T> action) {
    try (RecordIterator<T> it = iterator(count -> {})) {
      while (it.hasNext()) {
        action.accept(it.next());
      }
    }
  }

  @Override
  public Stream<T> stream() {
    RecordIterator<T> it = iterator(count -> {});
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(it::close);
  }

  @Override
  public Page<T> firstPage() {
    return FetchedPage.first(requester, listing);
  }

  @Override
  public CompletableFuture<Page<T>> firstPageAsync() {
    return CompletableFuture.supplyAsync(this::firstPage, requester.runtime().executor());
  }

  @Override
  public Flow.Publisher<T> publisher() {
    return new IteratorPublisher<>(() -> iterator(count -> {}), requester.runtime().executor());
  }

  @Override
  public AutoPager<T> resumeAfter(String lastId) {
    if (lastId == null || lastId.isBlank()) {
      throw new IllegalArgumentException("lastId must not be blank");
    }
    return new DefaultAutoPager<>(
        requester, listing.startingAt(Query.startingAfter(listing.first(), lastId)));
  }

  @Override
  public String toString() {
    return "AutoPager{" + Origin.pathAndQuery(listing.first()) + "}";
  }
}

package com.classtag.clever.client;

import java.util.ArrayList;
import java.util.List;

/** Records every event, in order. Thread-safe. */
final class RecordingListener implements ClientListener {
  private final List<Object> events = new ArrayList<>();

  private synchronized void add(Object e) {
    events.add(e);
  }

  synchronized List<Object> events() {
    return new ArrayList<>(events);
  }

  <E> List<E> of(Class<E> type) {
    return events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Override
  public void callStarted(CallStarted event) {
    add(event);
  }

  @Override
  public void callEnded(CallEnded event) {
    add(event);
  }

  @Override
  public void callFailed(CallFailed event) {
    add(event);
  }

  @Override
  public void requestSent(RequestSent event) {
    add(event);
  }

  @Override
  public void responseReceived(ResponseReceived event) {
    add(event);
  }

  @Override
  public void requestFailed(RequestFailed event) {
    add(event);
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    add(event);
  }

  @Override
  public void pageFetched(PageFetched event) {
    add(event);
  }

  @Override
  public void snapshotProgress(SnapshotProgress event) {
    add(event);
  }
}

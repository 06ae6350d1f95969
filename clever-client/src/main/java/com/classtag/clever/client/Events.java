package com.classtag.clever.client;

import com.classtag.clever.client.internal.Listing;
import com.classtag.clever.client.internal.Requester;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.ListPage;
import java.util.List;
import java.util.Optional;

/**
 * The Events API ({@code /events}): what changed in the district, oldest first, kept by Clever for
 * 30 days. Get it from {@link CleverClient#events()}. Every method throws {@link CleverException}
 * when the call fails; listings return at once and throw it while being read.
 *
 * <p>The incremental sync it supports:
 *
 * <ol>
 *   <li>before a full sync, take the cursor: {@link #latestId()};
 *   <li>later, read what happened since: {@link #after(String)}, remembering the id of the last
 *       event processed as the next cursor;
 *   <li>on {@link CursorExpiredException}, do a full sync again, starting at step 1.
 * </ol>
 */
public final class Events {
  private final Requester requester;

  Events(Requester requester) {
    this.requester = requester;
  }

  /**
   * Lists every event Clever still keeps, oldest first: {@code GET /events}.
   *
   * @param query the filters
   * @return the lazy listing
   */
  public AutoPager<Event> list(EventsQuery query) {
    return requester.pager(
        requester.listing("/events", query.toQuery()), CleverJson.EVENT, Event::id);
  }

  /**
   * Reads an event: {@code GET /events/{id}}.
   *
   * @param id the event's id
   * @return the event
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if Clever does not know it (any more)
   */
  public Event get(String id) {
    return requester.get(
        requester.resource("/events/" + Requester.id("event id", id)), CleverJson.EVENT);
  }

  /**
   * Returns the id of the newest event, to take as the cursor before a full sync: {@code GET
   * /events?ending_before=last&limit=1}.
   *
   * @return the id, or empty if there are no events (none in 30 days, or events are not enabled)
   */
  public Optional<String> latestId() {
    String query = "ending_before=last&limit=1";
    ListPage<Event> page =
        requester.getEnvelope(
            requester
                .runtime()
                .origin()
                .uri("/" + requester.runtime().version().pathSegment() + "/events", query),
            CleverJson.listPage(CleverJson.EVENT));
    List<Event> events = page.records();
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).id());
  }

  /**
   * Lists the events after a cursor, oldest first: {@code GET /events?starting_after={cursor}}.
   * Before the first page it checks that Clever still knows the cursor ({@code GET
   * /events/{cursor}}): Clever's answer for an expired cursor is not documented, so the check is
   * what makes an expired cursor fail instead of silently skipping events.
   *
   * @param cursor the id of the last event processed
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code cursor} is blank
   * @throws CursorExpiredException while being read, if Clever no longer knows the cursor
   */
  public AutoPager<Event> after(String cursor) {
    return after(cursor, EventsQuery.all());
  }

  /**
   * Lists the events after a cursor that match filters, oldest first; see {@link #after(String)}.
   *
   * @param cursor the id of the last event processed
   * @param query the filters
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code cursor} is blank
   * @throws CursorExpiredException while being read, if Clever no longer knows the cursor
   */
  public AutoPager<Event> after(String cursor, EventsQuery query) {
    Requester.id("cursor", cursor);
    return requester.pager(
        new Listing<>(
            requester.listing("/events", query.toQuery().add("starting_after", cursor)),
            CleverJson.EVENT,
            Event::id,
            this::checkCursor));
  }

  private void checkCursor(String cursor) {
    try {
      get(cursor);
    } catch (NotFoundException e) {
      throw new CursorExpiredException(cursor, e.details(), e);
    }
  }
}

package com.classtag.clever.model.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.model.Event;
import com.classtag.clever.model.RosterSnapshot;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The incremental-sync invariants on generated districts with random histories: events bring a
 * roster to the state a full read would return, and replaying events changes nothing.
 */
class RosterEventsProperties {

  @Property(tries = 300)
  void snapshotAtT0PlusEventsEqualsSnapshotAtT1(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int size,
      @ForAll @IntRange(min = 0, max = 80) int changes) {
    RosterHistory h = RosterHistory.generate(seed, size, changes);

    AppliedEvents result = RosterEvents.apply(h.first(), h.events());

    assertThat(result.roster()).isEqualTo(h.last());
    assertThat(result.appliedCount() + result.skipped().size()).isEqualTo(changes);
    Statistics.label("skipped").collect(result.skipped().isEmpty() ? "none" : "some");
  }

  /**
   * The real bootstrap: the cursor is taken before the full read, so the read already reflects the
   * first events after the cursor, which are then applied again.
   */
  @Property(tries = 300)
  void eventsAlreadyReflectedByTheReadAreHarmless(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int size,
      @ForAll @IntRange(min = 0, max = 80) int changes,
      @ForAll @IntRange(min = 0, max = 80) int readAt) {
    RosterHistory h = RosterHistory.generate(seed, size, changes);
    int read = Math.min(readAt, changes);

    RosterSnapshot result = RosterEvents.apply(h.rosterAfter(read), h.events()).roster();

    assertThat(result).isEqualTo(h.last());
  }

  @Property(tries = 200)
  void applyingTheSameEventsAgainChangesNothing(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int size,
      @ForAll @IntRange(min = 0, max = 60) int changes) {
    RosterHistory h = RosterHistory.generate(seed, size, changes);
    RosterSnapshot once = RosterEvents.apply(h.first(), h.events()).roster();

    assertThat(RosterEvents.apply(once, h.events()).roster()).isEqualTo(once);
    List<Event> twice = new ArrayList<>(h.events());
    twice.addAll(h.events());
    assertThat(RosterEvents.apply(h.first(), twice).roster()).isEqualTo(once);
  }

  @Property(tries = 200)
  void eachEventAppliedTwiceInARowChangesNothing(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int size,
      @ForAll @IntRange(min = 0, max = 60) int changes) {
    RosterHistory h = RosterHistory.generate(seed, size, changes);
    List<Event> doubled = new ArrayList<>();
    for (Event e : h.events()) {
      doubled.add(e);
      doubled.add(e);
    }

    assertThat(RosterEvents.apply(h.first(), doubled).roster()).isEqualTo(h.last());
  }

  /** Applying in batches, as an incremental sync does night after night, gives the same roster. */
  @Property(tries = 200)
  void batchesComposeIntoOneApplication(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 6) int size,
      @ForAll @IntRange(min = 0, max = 60) int changes,
      @ForAll @IntRange(min = 0, max = 60) int splitAt) {
    RosterHistory h = RosterHistory.generate(seed, size, changes);
    int split = Math.min(splitAt, changes);

    RosterSnapshot first = RosterEvents.apply(h.first(), h.events(0, split)).roster();
    RosterSnapshot second = RosterEvents.apply(first, h.events(split, changes)).roster();

    assertThat(second).isEqualTo(h.last());
  }
}

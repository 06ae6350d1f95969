package com.classtag.clever.model.baseline;

import com.classtag.clever.model.RosterSnapshot;
import org.immutables.value.Value;

/**
 * A saved roster: a {@link RosterSnapshot} with the {@link BaselineHeader} that says where it came
 * from and which events cursor it reflects. Written and read by {@link BaselineFormat}.
 */
// Plain @Value.Immutable, not (builder = false): an annotation with an element stays in the class
// file, and a consumer's javac -Xlint:all warns that it cannot find that element without Immutables
// on its class path. The generated builder is package-private and unused; Baseline.of is the API.
@Value.Immutable
public abstract class Baseline {
  /** {@return the header: API version, district, when it was taken and the events cursor} */
  @Value.Parameter
  public abstract BaselineHeader header();

  /** {@return the roster} */
  @Value.Parameter
  public abstract RosterSnapshot roster();

  /**
   * Returns a baseline.
   *
   * @param header the header
   * @param roster the roster
   * @return the baseline
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the header's district id is not the roster's
   */
  public static Baseline of(BaselineHeader header, RosterSnapshot roster) {
    return ImmutableBaseline.of(header, roster);
  }

  /**
   * Rejects a header that describes another district than the roster's.
   *
   * @throws IllegalStateException if the district ids differ
   */
  @Value.Check
  final void check() {
    if (!header().districtId().equals(roster().district().id())) {
      throw new IllegalStateException(
          "baseline header district "
              + header().districtId()
              + " is not the roster's district "
              + roster().district().id());
    }
  }

  /** Returns the header and the roster's sizes; never any record data. */
  @Override
  public String toString() {
    return "Baseline{header=" + header() + ", roster=" + roster() + "}";
  }
}

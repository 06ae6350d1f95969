package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A district ({@code GET /districts}; a district token always sees exactly one). Only {@link #id()}
 * is required; every other field may be absent. {@code lms_state}, {@code lms_type} and {@code
 * last_attendance_sync} are sent by v3.1 only; {@code last_clever_sync} is documented but not in
 * the spec, and appears when App Sync Notifications are enabled.
 *
 * <p>Dates are kept as sent, with lenient typed accessors: {@link #launchDate()} reads {@code
 * YYYY-MM-DD}, and the pause window reads either a date or a timestamp, because the spec and
 * Clever's own Go client disagree on which one the API returns.
 *
 * <pre>{@code
 * District d = District.builder().id("64d9e1a2f3c4b50001a2b3c4").name("Springfield Public Schools")
 *     .state(DistrictState.RUNNING).build();
 * }</pre>
 */
@Value.Immutable
public abstract class District implements CleverRecord {
  @Override
  public abstract String id();

  /** {@return the district's name} */
  public abstract Optional<String> name();

  /** {@return the SIS the district syncs from, such as {@code sftp}; a free string} */
  public abstract Optional<String> sisType();

  /** {@return {@code launch_date} exactly as sent; see {@link #launchDate()}} */
  public abstract Optional<String> rawLaunchDate();

  /** {@return the district's Clever portal URL} */
  public abstract Optional<String> portalUrl();

  /**
   * {@return how the district's users log in, such as {@code Clever Badges} or {@code Google}; open
   * text}
   */
  public abstract List<String> loginMethods();

  /** {@return the district's technical contact} */
  public abstract Optional<DistrictContact> districtContact();

  /** {@return time of the last completed sync as sent; see {@link #lastSyncAt()}} */
  public abstract Optional<String> lastSync();

  /** {@return the MDR (Market Data Retrieval) number} */
  public abstract Optional<String> mdrNumber();

  /** {@return the NCES id} */
  public abstract Optional<String> ncesId();

  /** {@return user-facing error text; informational only, do not branch on it} */
  public abstract Optional<String> error();

  /** {@return the district's sync state} */
  public abstract Optional<DistrictState> state();

  /**
   * {@return start of a sync pause as sent, a date or a timestamp; see {@link #pauseStartDate()}}
   */
  public abstract Optional<String> pauseStart();

  /** {@return end of a sync pause as sent, a date or a timestamp; see {@link #pauseEndDate()}} */
  public abstract Optional<String> pauseEnd();

  /** {@return the LMS Connect state (v3.1)} */
  public abstract Optional<LmsState> lmsState();

  /** {@return the connected LMS (v3.1)} */
  public abstract Optional<LmsType> lmsType();

  /**
   * {@return time of the last attendance sync as sent (v3.1); see {@link #lastAttendanceSyncAt()}}
   */
  public abstract Optional<String> lastAttendanceSync();

  /**
   * {@return time of Clever's last sync as sent; documented, not in the spec, and sent only with
   * App Sync Notifications enabled} See {@link #lastCleverSyncAt()}.
   */
  public abstract Optional<String> lastCleverSync();

  @Override
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * Returns the launch date, written {@code YYYY-MM-DD} (a timestamp gives its date part).
   *
   * @return the date, or empty if absent or unparseable (the raw text stays in {@link
   *     #rawLaunchDate()})
   */
  public final Optional<LocalDate> launchDate() {
    return Dates.date(rawLaunchDate());
  }

  /**
   * Returns the first day of the sync pause. Accepts a date or a timestamp; a timestamp gives its
   * date part as written.
   *
   * @return the date, or empty if absent or unparseable (the raw text stays in {@link
   *     #pauseStart()})
   */
  public final Optional<LocalDate> pauseStartDate() {
    return Dates.date(pauseStart());
  }

  /**
   * Returns the last day of the sync pause, read like {@link #pauseStartDate()}.
   *
   * @return the date, or empty if absent or unparseable (the raw text stays in {@link #pauseEnd()})
   */
  public final Optional<LocalDate> pauseEndDate() {
    return Dates.date(pauseEnd());
  }

  /** {@return {@link #lastSync()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> lastSyncAt() {
    return Dates.instant(lastSync());
  }

  /** {@return {@link #lastAttendanceSync()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> lastAttendanceSyncAt() {
    return Dates.instant(lastAttendanceSync());
  }

  /** {@return {@link #lastCleverSync()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> lastCleverSyncAt() {
    return Dates.instant(lastCleverSync());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link District}; {@code build()} throws {@link IllegalStateException} without an id.
   */
  public static final class Builder extends ImmutableDistrict.Builder {}

  /**
   * Returns ids, codes and states; the district contact shows only its ids ({@link
   * DistrictContact}).
   */
  @Override
  public String toString() {
    return new ToString("District")
        .add("id", id())
        .add("name", name())
        .add("sisType", sisType())
        .add("state", state())
        .add("launchDate", rawLaunchDate())
        .add("lastSync", lastSync())
        .add("pauseStart", pauseStart())
        .add("pauseEnd", pauseEnd())
        .add("lmsState", lmsState())
        .add("lmsType", lmsType())
        .add("districtContact", districtContact())
        .unknown(unknownFields())
        .toString();
  }
}

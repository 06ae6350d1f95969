package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A school ({@code GET /schools}). Only {@link #id()} is required; every other field may be absent.
 *
 * <pre>{@code
 * School school = School.builder().id("64d9e1b5f3c4b50001a2b401").name("Lincoln Middle").build();
 * }</pre>
 */
@Value.Immutable
public abstract class School implements CleverRecord {
  @Override
  public abstract String id();

  /** {@return the id of the district the school belongs to} */
  public abstract Optional<String> district();

  /** {@return the school's name} */
  public abstract Optional<String> name();

  /**
   * {@return creation time as sent, for example {@code 2021-03-02T22:24:53.347Z}; see {@link
   * #createdAt()}}
   */
  public abstract Optional<String> created();

  /** {@return last modification time as sent; see {@link #lastModifiedAt()}} */
  public abstract Optional<String> lastModified();

  /** {@return the school's id in the district's SIS} */
  public abstract Optional<String> sisId();

  /** {@return the school's number in the district} */
  public abstract Optional<String> schoolNumber();

  /** {@return the state's id of the school} */
  public abstract Optional<String> stateId();

  /** {@return the NCES id} */
  public abstract Optional<String> ncesId();

  /** {@return the MDR (Market Data Retrieval) number} */
  public abstract Optional<String> mdrNumber();

  /** {@return the school's phone number (an institution's, not personal data)} */
  public abstract Optional<String> phone();

  /** {@return the lowest grade taught} */
  public abstract Optional<Grade> lowGrade();

  /** {@return the highest grade taught} */
  public abstract Optional<Grade> highGrade();

  /** {@return the school's location} */
  public abstract Optional<Location> location();

  /** {@return the principal} */
  public abstract Optional<Principal> principal();

  /** {@return district-defined extension fields, kept as JSON values} */
  public abstract Map<String, JsonValue> ext();

  @Override
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return {@link #created()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> createdAt() {
    return Dates.instant(created());
  }

  /** {@return {@link #lastModified()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> lastModifiedAt() {
    return Dates.instant(lastModified());
  }

  /**
   * Returns an extension field's value if it is a JSON string.
   *
   * @param key the extension field's name
   * @return the string, or empty if absent or not a string
   */
  public final Optional<String> extString(String key) {
    JsonValue v = ext().get(key);
    return v == null ? Optional.empty() : v.asString();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link School}; {@code id} is required. */
  public static final class Builder extends ImmutableSchool.Builder {}

  /**
   * Returns ids and codes; the principal, location and extension fields show only their presence.
   */
  @Override
  public String toString() {
    return new ToString("School")
        .add("id", id())
        .add("district", district())
        .add("name", name())
        .add("sisId", sisId())
        .add("schoolNumber", schoolNumber())
        .add("lowGrade", lowGrade())
        .add("highGrade", highGrade())
        .redact("location", location())
        .redact("principal", principal())
        .redact("ext", ext())
        .unknown(unknownFields())
        .toString();
  }
}

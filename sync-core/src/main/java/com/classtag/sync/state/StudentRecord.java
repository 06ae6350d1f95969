package com.classtag.sync.state;

import com.classtag.sync.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A student known to the app. A record with a {@link #sourceId()} is synced; one without was made by a
 * person and is never matched or changed by the planner.
 */
@Value.Immutable
public abstract class StudentRecord {
  /** The record's app id. */
  public abstract String id();

  /** The source (Clever) id; absent for a student a person added. */
  public abstract Optional<String> sourceId();

  /** The SIS id. */
  public abstract Optional<String> sisId();

  /** The student number. */
  public abstract Optional<String> studentNumber();

  /** The previous source id. */
  public abstract Optional<String> legacyId();

  /** The given name. */
  public abstract Optional<String> firstName();

  /** The family name. */
  public abstract Optional<String> lastName();

  /** The email address. */
  public abstract Optional<String> email();

  /** The grade. */
  public abstract Optional<String> grade();

  /** The id the app shows for the student (SIS id or student number, per the settings). */
  public abstract Optional<String> displayId();

  /** The ELL status. */
  public abstract Optional<String> ellStatus();

  /** The FRL status. */
  public abstract Optional<String> frlStatus();

  /** The IEP status. */
  public abstract Optional<String> iepStatus();

  /** Extension fields carried from the roster. */
  public abstract Map<String, String> extensionFields();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudentRecord}; {@code id} is required. */
  public static final class Builder extends ImmutableStudentRecord.Builder {}

  /** Shows ids only; personal fields show their presence. */
  @Override
  public String toString() {
    return new ToString("StudentRecord")
        .add("id", id())
        .add("sourceId", sourceId())
        .add("sisId", sisId())
        .add("legacyId", legacyId())
        .redact("studentNumber", studentNumber())
        .redact("firstName", firstName())
        .redact("lastName", lastName())
        .redact("email", email())
        .redact("grade", grade())
        .redact("displayId", displayId())
        .redact("ellStatus", ellStatus())
        .redact("frlStatus", frlStatus())
        .redact("iepStatus", iepStatus())
        .redact("extensionFields", extensionFields())
        .toString();
  }
}

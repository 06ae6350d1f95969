package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether LMS Connect has synced a record to the district's LMS ({@code lms_status}, v3.1; on
 * users, sections and events). Unlike roster flags, {@code synced_in_lms} is a JSON boolean.
 */
@Value.Immutable
public abstract class LmsStatus {
  /** {@return whether the record has been synced to the LMS; empty if Clever did not say} */
  public abstract Optional<Boolean> syncedInLms();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * Returns a status with {@code synced_in_lms} set.
   *
   * @param syncedInLms whether the record has been synced
   * @return the status
   */
  public static LmsStatus of(boolean syncedInLms) {
    return builder().syncedInLms(syncedInLms).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link LmsStatus}. */
  public static final class Builder extends ImmutableLmsStatus.Builder {}

  /** Returns the sync flag, which is not personal data. */
  @Override
  public String toString() {
    return new ToString("LmsStatus")
        .add("syncedInLms", syncedInLms())
        .unknown(unknownFields())
        .toString();
  }
}

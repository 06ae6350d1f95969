package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a token belongs to: the {@code data} of {@code GET /me}, read with {@code
 * CleverJson.single(CleverJson.ME)}, such as {@code
 * {"id":"..","district":"..","type":"user","authorized_by":"district"}}. Only {@link #id()} is
 * required. Holds ids and kinds only, so {@code toString} shows every field.
 */
@Value.Immutable
public abstract class Me {
  /** {@return the id of the token's owner; for a user token, the user's id} */
  public abstract String id();

  /** {@return the district's id} */
  public abstract Optional<String> district();

  /**
   * {@return the kind of the token's owner as sent: {@code user} for users in v3 (v2 sent the role
   * instead)}
   */
  public abstract Optional<String> type();

  /** {@return who authorized the token, such as {@code district}} */
  public abstract Optional<String> authorizedBy();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Me}; {@code id} is required. */
  public static final class Builder extends ImmutableMe.Builder {}

  /** Returns every field: ids and kinds, no personal data. */
  @Override
  public String toString() {
    return new ToString("Me")
        .add("id", id())
        .add("district", district())
        .add("type", type())
        .add("authorizedBy", authorizedBy())
        .unknown(unknownFields())
        .toString();
  }
}

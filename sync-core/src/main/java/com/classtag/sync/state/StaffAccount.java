package com.classtag.sync.state;

import com.classtag.sync.internal.ToString;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A staff account (teacher, school admin, district admin) with its school access and district access. An
 * account with a {@link #sourceId()} is synced.
 */
@Value.Immutable
public abstract class StaffAccount {
  /** The account's app id. */
  public abstract String id();

  /** The source (Clever) id; absent for an account a person made. */
  public abstract Optional<String> sourceId();

  /** The SIS id. */
  public abstract Optional<String> sisId();

  /** The previous source id. */
  public abstract Optional<String> legacyId();

  /** The given name. */
  public abstract Optional<String> firstName();

  /** The family name. */
  public abstract Optional<String> lastName();

  /** The email (login and messages). */
  public abstract Optional<String> email();

  /** The SMS-capable phone (login, SMS and calls). */
  public abstract Optional<String> smsPhone();

  /** Another phone, kept for records only. */
  public abstract Optional<String> homePhone();

  /** Whether the user joined. */
  @Value.Default
  public UserStatus status() {
    return UserStatus.INVITED;
  }

  /** Access to app schools. */
  public abstract List<SchoolAccess> schoolAccess();

  /** Present when the account has district-wide (district admin) access, with who granted it. */
  public abstract Optional<Actor> districtAccess();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffAccount}; {@code id} is required. */
  public static final class Builder extends ImmutableStaffAccount.Builder {}

  /** Shows ids and access; names, email and phones only show their presence. */
  @Override
  public String toString() {
    return new ToString("StaffAccount")
        .add("id", id())
        .add("sourceId", sourceId())
        .add("sisId", sisId())
        .add("legacyId", legacyId())
        .add("status", status())
        .add("schoolAccess", schoolAccess())
        .add("districtAccess", districtAccess())
        .redact("firstName", firstName())
        .redact("lastName", lastName())
        .redact("email", email())
        .redact("smsPhone", smsPhone())
        .redact("homePhone", homePhone())
        .toString();
  }
}

package com.classtag.sync.state;

import com.classtag.sync.internal.ToString;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact (parent, guardian) known to the app, invited or joined, with the students they are linked to.
 * An account with a {@link #sourceId()} is synced.
 */
@Value.Immutable
public abstract class ContactAccount {
  /** The account's app id. */
  public abstract String id();

  /** The source (Clever) id; absent for a contact a person added. */
  public abstract Optional<String> sourceId();

  /** The SIS id. */
  public abstract Optional<String> sisId();

  /** The previous source id. */
  public abstract Optional<String> legacyId();

  /** The given name. */
  public abstract Optional<String> firstName();

  /** The family name or full name. */
  public abstract Optional<String> lastName();

  /** The email (login and messages). */
  public abstract Optional<String> email();

  /** The SMS-capable phone (login, SMS and calls). */
  public abstract Optional<String> smsPhone();

  /** Another phone, kept for records only and never used to reach the contact. */
  public abstract Optional<String> homePhone();

  /** Whether the contact joined. */
  @Value.Default
  public UserStatus status() {
    return UserStatus.INVITED;
  }

  /** The students the contact is linked to. */
  public abstract List<ContactLink> links();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactAccount}; {@code id} is required. */
  public static final class Builder extends ImmutableContactAccount.Builder {}

  /** Shows ids and status; names, email and phones only show their presence. */
  @Override
  public String toString() {
    return new ToString("ContactAccount")
        .add("id", id())
        .add("sourceId", sourceId())
        .add("sisId", sisId())
        .add("legacyId", legacyId())
        .add("status", status())
        .add("links", links().size())
        .redact("firstName", firstName())
        .redact("lastName", lastName())
        .redact("email", email())
        .redact("smsPhone", smsPhone())
        .redact("homePhone", homePhone())
        .toString();
  }
}

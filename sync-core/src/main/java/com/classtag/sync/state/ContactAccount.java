package com.classtag.sync.state;

import com.classtag.sync.internal.Nullable;
import com.classtag.sync.internal.ToString;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact (parent, guardian) known to the app, invited or joined, with the students they are
 * linked to. An account with a {@link #sourceId()} is synced.
 */
@Value.Immutable
public abstract class ContactAccount {
  /** {@return the account's app id} */
  public abstract String id();

  /** {@return the source (Clever) id; absent for a contact a person added} */
  public final Optional<String> sourceId() {
    return Optional.ofNullable(sourceIdOrNull());
  }

  /**
   * {@return {@link #sourceId()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String sourceIdOrNull();

  /** {@return the SIS id} */
  public final Optional<String> sisId() {
    return Optional.ofNullable(sisIdOrNull());
  }

  /** {@return {@link #sisId()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String sisIdOrNull();

  /** {@return the previous source id} */
  public final Optional<String> legacyId() {
    return Optional.ofNullable(legacyIdOrNull());
  }

  /**
   * {@return {@link #legacyId()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String legacyIdOrNull();

  /** {@return the given name} */
  public final Optional<String> firstName() {
    return Optional.ofNullable(firstNameOrNull());
  }

  /**
   * {@return {@link #firstName()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String firstNameOrNull();

  /** {@return the family name or full name} */
  public final Optional<String> lastName() {
    return Optional.ofNullable(lastNameOrNull());
  }

  /**
   * {@return {@link #lastName()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String lastNameOrNull();

  /** {@return the email (login and messages)} */
  public final Optional<String> email() {
    return Optional.ofNullable(emailOrNull());
  }

  /** {@return {@link #email()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String emailOrNull();

  /** {@return the SMS-capable phone (login, SMS and calls)} */
  public final Optional<String> smsPhone() {
    return Optional.ofNullable(smsPhoneOrNull());
  }

  /**
   * {@return {@link #smsPhone()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String smsPhoneOrNull();

  /** {@return another phone, kept for records only and never used to reach the contact} */
  public final Optional<String> homePhone() {
    return Optional.ofNullable(homePhoneOrNull());
  }

  /**
   * {@return {@link #homePhone()} as a nullable value (null when absent), read without allocating}
   */
  public abstract @Nullable String homePhoneOrNull();

  /** {@return whether the contact joined} */
  @Value.Default
  public UserStatus status() {
    return UserStatus.INVITED;
  }

  /** {@return the students the contact is linked to} */
  public abstract List<ContactLink> links();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactAccount}; {@code id} is required. */
  public static final class Builder extends ImmutableContactAccount.Builder {
    /**
     * Sets sourceId, or clears it when empty.
     *
     * @param sourceId the value
     * @return this
     */
    public Builder sourceId(Optional<String> sourceId) {
      return sourceId(sourceId.orElse(null));
    }

    /**
     * Sets sisId, or clears it when empty.
     *
     * @param sisId the value
     * @return this
     */
    public Builder sisId(Optional<String> sisId) {
      return sisId(sisId.orElse(null));
    }

    /**
     * Sets legacyId, or clears it when empty.
     *
     * @param legacyId the value
     * @return this
     */
    public Builder legacyId(Optional<String> legacyId) {
      return legacyId(legacyId.orElse(null));
    }

    /**
     * Sets firstName, or clears it when empty.
     *
     * @param firstName the value
     * @return this
     */
    public Builder firstName(Optional<String> firstName) {
      return firstName(firstName.orElse(null));
    }

    /**
     * Sets lastName, or clears it when empty.
     *
     * @param lastName the value
     * @return this
     */
    public Builder lastName(Optional<String> lastName) {
      return lastName(lastName.orElse(null));
    }

    /**
     * Sets email, or clears it when empty.
     *
     * @param email the value
     * @return this
     */
    public Builder email(Optional<String> email) {
      return email(email.orElse(null));
    }

    /**
     * Sets smsPhone, or clears it when empty.
     *
     * @param smsPhone the value
     * @return this
     */
    public Builder smsPhone(Optional<String> smsPhone) {
      return smsPhone(smsPhone.orElse(null));
    }

    /**
     * Sets homePhone, or clears it when empty.
     *
     * @param homePhone the value
     * @return this
     */
    public Builder homePhone(Optional<String> homePhone) {
      return homePhone(homePhone.orElse(null));
    }
  }

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

  /**
   * Refuses an id with the prefix the planner reserves for provisional ids.
   *
   * @throws IllegalArgumentException if the id starts with {@code new:}
   */
  @Value.Check
  protected void checkId() {
    AppIds.check(id(), "contact account");
  }
}

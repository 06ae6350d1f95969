package com.classtag.sync.state;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The archived state of a classroom: who archived it, when and, for the sync, why. */
@Value.Immutable
public abstract class Archive {
  /** {@return who archived the classroom} */
  public abstract Actor by();

  /** {@return when it was archived} */
  public abstract Instant at();

  /** {@return why the sync archived it; absent when a person did} */
  public abstract Optional<ArchiveReason> reason();

  /**
   * Returns an archive by a person.
   *
   * @param at when
   * @return the archive
   * @throws NullPointerException if {@code at} is null
   */
  public static Archive byPerson(Instant at) {
    return builder().by(Actor.PERSON).at(at).build();
  }

  /**
   * Returns an archive by the sync.
   *
   * @param at when
   * @param reason why
   * @return the archive
   * @throws NullPointerException if an argument is null
   */
  public static Archive bySync(Instant at, ArchiveReason reason) {
    return builder().by(Actor.SYNC).at(at).reason(reason).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Archive}; {@code by} and {@code at} are required. */
  public static final class Builder extends ImmutableArchive.Builder {}
}

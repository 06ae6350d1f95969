package com.classtag.sync.jdbc;

import com.classtag.sync.state.AppState;
import java.util.Objects;

/**
 * The app state as {@link JdbcStore#load()} read it, with the stored state's version. Plan against
 * {@link #state()}, then give this object back to {@link JdbcStore#apply}: the store refuses the
 * plan if the stored state has changed since.
 */
public final class LoadedState {
  private final AppState state;
  private final long version;

  /**
   * Creates a loaded state.
   *
   * @param state the state
   * @param version the stored state's version when it was read
   * @throws NullPointerException if {@code state} is null
   */
  public LoadedState(AppState state, long version) {
    this.state = Objects.requireNonNull(state, "state");
    this.version = version;
  }

  /**
   * Returns the app state, in the store's stable order (the order objects were added in).
   *
   * @return the state to plan against
   */
  public AppState state() {
    return state;
  }

  /**
   * Returns the stored state's version: 0 for a new store, bumped by every import and apply.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return "LoadedState{version=" + version + ", " + state + '}';
  }
}

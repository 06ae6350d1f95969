package com.classtag.sync.plan;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.time.Instant;

/** sync-core's generated worlds (test classes of its package), opened to the store's tests. */
public final class GeneratedWorlds {
  private GeneratedWorlds() {}

  /**
   * One world: a roster, an app state synced from older rosters and edited by people, settings and
   * a time.
   */
  public record GeneratedWorld(Roster roster, AppState state, SyncSettings settings, Instant now) {}

  /**
   * Returns sync-core's evolved world for a seed: several nights of syncs, edits, and a changed
   * roster.
   *
   * @param seed the seed
   * @return the world
   */
  public static GeneratedWorld evolved(long seed) {
    Worlds.World w = Evolutions.generate(seed);
    return new GeneratedWorld(w.roster(), w.state(), w.settings(), w.now());
  }

  /**
   * Returns sync-core's messy world for a seed: one night synced, edited, and a random roster.
   *
   * @param seed the seed
   * @return the world
   */
  public static GeneratedWorld messy(long seed) {
    Worlds.World w = Worlds.generate(seed);
    return new GeneratedWorld(w.roster(), w.state(), w.settings(), w.now());
  }
}

package com.classtag.clever.client.incremental;

/**
 * A baseline save was refused because the stored baseline changed after it was loaded: another run
 * (another worker, or a second process) synced the same district in between. Nothing was saved, and
 * the newer baseline stands. Run the sync again, and make sure one district is synced by one worker
 * at a time.
 */
public final class BaselineConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param store the store, as {@link BaselineStore#describe()} names it
   */
  public BaselineConflictException(String store) {
    super(
        "the baseline in "
            + store
            + " changed after this run loaded it: another run synced the same district "
            + "in between, so this run's baseline was not saved. Run again; sync one district with one worker at a time.");
  }
}

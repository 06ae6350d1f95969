package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;

/**
 * Delivers events to the user's {@link ClientListener} (and the logging listener), so that a
 * failing listener is logged and never fails a call.
 */
public final class Listeners {
  private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

  private final List<ClientListener> listeners;

  /**
   * Wraps listeners.
   *
   * @param listeners the user's listener, and the logging listener if logging is on
   */
  public Listeners(List<ClientListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Delivers one event to each listener; one that throws does not keep it from the others.
   *
   * @param event calls one method of the listener
   */
  public void emit(Consumer<ClientListener> event) {
    for (ClientListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "a ClientListener threw " + e.getClass().getName() + "; the event was dropped");
      }
    }
  }
}

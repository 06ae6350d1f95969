package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener;
import java.lang.System.Logger.Level;
import java.util.function.Consumer;

/**
 * Delivers events to the user's {@link ClientListener}, so that a failing listener is logged and never fails
 * a call.
 */
public final class Listeners {
  private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

  private final ClientListener listener;

  /**
   * Wraps a listener.
   *
   * @param listener the user's listener
   */
  public Listeners(ClientListener listener) {
    this.listener = listener;
  }

  /**
   * Delivers one event.
   *
   * @param event calls one method of the listener
   */
  public void emit(Consumer<ClientListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a ClientListener threw " + e.getClass().getName() + "; the event was dropped");
    }
  }
}

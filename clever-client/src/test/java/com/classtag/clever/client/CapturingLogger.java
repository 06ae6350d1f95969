package com.classtag.clever.client;

import java.lang.System.Logger;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** A {@link System.Logger} that keeps the lines it is given. */
final class CapturingLogger implements Logger {
  private final List<String> lines;

  CapturingLogger(List<String> lines) {
    this.lines = lines;
  }

  @Override
  public String getName() {
    return "capture";
  }

  @Override
  public boolean isLoggable(Level level) {
    return true;
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
    lines.add(msg + (thrown == null ? "" : " " + thrown));
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    lines.add(format);
  }

  @Override
  public void log(Level level, Supplier<String> supplier) {
    lines.add(supplier.get());
  }
}

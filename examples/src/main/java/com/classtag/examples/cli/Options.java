package com.classtag.examples.cli;

import com.classtag.clever.testing.standin.Faults;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed {@code --name value}, {@code --name=value} and {@code --flag} options of one command. Every
 * option must be one the command declared, and may be given once.
 */
final class Options {
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();

  private Options() {}

  /**
   * Parses arguments.
   *
   * @param args the arguments after the command name
   * @param valued the options that take a value, without {@code --}
   * @param flagNames the options that take none
   * @return the options
   * @throws UsageException naming the argument at fault
   */
  static Options parse(String[] args, Set<String> valued, Set<String> flagNames) {
    Options options = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw new UsageException("unexpected argument '" + arg + "'; options start with --");
      }
      int eq = arg.indexOf('=');
      String name = arg.substring(2, eq < 0 ? arg.length() : eq);
      if (flagNames.contains(name)) {
        if (eq >= 0) {
          throw new UsageException("option --" + name + " takes no value");
        }
        if (!options.flags.add(name)) {
          throw new UsageException("option --" + name + " is given twice");
        }
      } else if (valued.contains(name)) {
        String value;
        if (eq >= 0) {
          value = arg.substring(eq + 1);
        } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
          value = args[++i];
        } else {
          throw new UsageException("option --" + name + " needs a value");
        }
        if (options.values.put(name, value) != null) {
          throw new UsageException("option --" + name + " is given twice");
        }
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return options;
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  /** Returns a fault schedule option ({@link Faults#parse}), or no faults when absent. */
  Faults faults(String name) {
    try {
      return Faults.parse(value(name).orElse(""));
    } catch (IllegalArgumentException e) {
      throw new UsageException("option --" + name + ": " + e.getMessage(), e);
    }
  }

  /** Returns a whole-number option within bounds, or the default when absent. */
  int integer(String name, int defaultValue, int min, int max) {
    Optional<String> raw = value(name);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(raw.get().replace("_", ""));
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("option --" + name + " must be a whole number from " + min + " to " + max
        + ", was '" + raw.get() + "'");
  }
}

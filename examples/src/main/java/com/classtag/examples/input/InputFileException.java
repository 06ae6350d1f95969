package com.classtag.examples.input;

import java.util.List;

/**
 * An input file that cannot be used: unreadable, not JSON, or not valid against its schema. The message
 * names the file and the JSON path of every problem (up to a limit), never a value that may be personal.
 */
public final class InputFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 20;

  private final String file;
  private final transient List<SchemaError> errors;

  InputFileException(String file, List<SchemaError> errors) {
    super(message(file, errors));
    this.file = file;
    this.errors = List.copyOf(errors);
  }

  InputFileException(String file, String path, String problem, Throwable cause) {
    super(message(file, List.of(new SchemaError(path, problem))), cause);
    this.file = file;
    this.errors = List.of(new SchemaError(path, problem));
  }

  /** Returns the file as the user named it. */
  public String file() {
    return file;
  }

  /** Returns the JSON paths of the problems, in document order. */
  public List<String> paths() {
    return errors.stream().map(SchemaError::path).toList();
  }

  private static String message(String file, List<SchemaError> errors) {
    if (errors.size() == 1) {
      return file + ": " + errors.get(0);
    }
    StringBuilder text = new StringBuilder(file).append(" has ").append(errors.size()).append(" problems:");
    errors.stream().limit(SHOWN).forEach(error -> text.append("\n  ").append(error));
    if (errors.size() > SHOWN) {
      text.append("\n  ... and ").append(errors.size() - SHOWN).append(" more");
    }
    return text.toString();
  }
}

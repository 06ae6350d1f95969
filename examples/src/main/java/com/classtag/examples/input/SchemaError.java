package com.classtag.examples.input;

/**
 * One way an input document breaks its JSON Schema.
 *
 * @param path the JSON path of the offending value, such as {@code $.classrooms[3].archive.by}
 * @param message what is wrong with it
 */
record SchemaError(String path, String message) {
  @Override
  public String toString() {
    return path + ": " + message;
  }
}

package com.classtag.examples.input;

import java.util.regex.Pattern;

/** Builds the JSON paths error messages name, such as {@code $.classrooms[3].archive.by}. */
final class JsonPath {
  /** The path of a whole document. */
  static final String ROOT = "$";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPath() {}

  /** Returns the path of a property of the object at {@code path}. */
  static String property(String path, String name) {
    if (PLAIN.matcher(name).matches()) {
      return path + "." + name;
    }
    return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Returns the path of an element of the array at {@code path}. */
  static String element(String path, int index) {
    return path + "[" + index + "]";
  }
}

package com.classtag.sync.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalises roster text: blank means absent, emails are lower-cased, phones keep digits and a
 * leading +.
 */
final class Text {
  private Text() {}

  /** Returns the trimmed value, or null when absent or blank. */
  static String clean(Optional<String> value) {
    return value.isPresent() ? clean(value.get()) : null;
  }

  /** Returns the trimmed value, or null when null or blank. */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String t = value.trim();
    return t.isEmpty() ? null : t;
  }

  /**
   * Returns whether an id is missing (null or empty). The hash code is checked first because it is
   * cached in the string: a present id is recognised without reading its characters, which matters
   * when every one of millions of ids is checked.
   */
  static boolean missing(String id) {
    return id == null || (id.hashCode() == 0 && id.isEmpty());
  }

  /**
   * Returns a usable email in lower case, or null. Clever does not validate emails ("may be missing
   * the @ sign"), and an address that cannot receive mail must not become a login.
   */
  static String email(String value) {
    String e = clean(value);
    if (e == null) {
      return null;
    }
    int at = e.indexOf('@');
    if (at <= 0 || at != e.lastIndexOf('@') || at == e.length() - 1) {
      return null;
    }
    for (int i = 0; i < e.length(); i++) {
      if (Character.isWhitespace(e.charAt(i))) {
        return null;
      }
    }
    int dot = e.indexOf('.', at);
    if (dot < 0 || dot == at + 1 || dot == e.length() - 1) {
      return null;
    }
    return e.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns a phone number with only digits and a leading {@code +}, or null if it has fewer than 7
   * digits (too short to dial).
   */
  static String phone(String value) {
    if (value == null) {
      return null;
    }
    int digits = 0;
    boolean clean = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!(c == '+' && i == 0)) {
        clean = false;
      }
    }
    if (digits < 7) {
      return null;
    }
    if (clean) {
      return value;
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= '0' && c <= '9') || (c == '+' && sb.length() == 0)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Returns a case- and space-insensitive key for a person's full name, or null if they have none.
   */
  static String nameKey(Optional<String> first, Optional<String> last) {
    String f = clean(first);
    String l = clean(last);
    if (f == null && l == null) {
      return null;
    }
    String full = ((f == null ? "" : f) + ' ' + (l == null ? "" : l)).trim();
    // Collapses runs of the regex whitespace class to one space, without compiling a pattern per
    // contact.
    StringBuilder key = new StringBuilder(full.length());
    boolean space = false;
    for (int i = 0; i < full.length(); i++) {
      char c = full.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.append(c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  /** Returns whether {@code value} is in {@code allowed}, ignoring case and surrounding spaces. */
  static boolean containsIgnoreCase(String[] allowed, String value) {
    if (value == null) {
      return false;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the values trimmed, for {@link #containsIgnoreCase}. */
  static String[] trimmed(Collection<String> values) {
    String[] out = new String[values.size()];
    int i = 0;
    for (String v : values) {
      out[i++] = v.trim();
    }
    return out;
  }

  /**
   * Returns the first three ids, comma-separated, followed by ", ..." when there are more: for
   * explanations.
   */
  static String examples(List<String> ids) {
    return String.join(", ", ids.subList(0, Math.min(3, ids.size())))
        + (ids.size() > 3 ? ", ..." : "");
  }

  /** Returns the value or the empty string, the plan's way of saying "clear this value". */
  static String orClear(String value) {
    return value == null ? "" : value;
  }
}

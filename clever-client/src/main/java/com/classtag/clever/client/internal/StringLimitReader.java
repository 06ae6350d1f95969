package com.classtag.clever.client.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader of JSON text that fails with {@link LimitExceeded} as soon as a string value (or name)
 * grows past a number of characters, before the parser has buffered it: the parser would otherwise
 * hold a string of any length a server sends. It follows only what it must to find strings: quotes,
 * and backslash escapes inside them. Used by one thread.
 */
final class StringLimitReader extends FilterReader {
  private final int maxChars;
  private boolean inString;
  private boolean escaped;
  private int length;

  StringLimitReader(Reader in, int maxChars) {
    super(in);
    this.maxChars = maxChars;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    int end = off + n;
    int i = off;
    // Tight scans for the next quote or backslash, counting a run of string characters by its span
    // rather than one call per character: this pass over every character must cost little next to
    // the parse, above all in a fresh JVM, where it runs interpreted until the JIT compiles it.
    while (i < end) {
      if (!inString) {
        while (i < end && buf[i] != '"') {
          i++;
        }
        if (i < end) {
          i++;
          inString = true;
          length = 0;
        }
      } else if (escaped) {
        escaped = false;
        i++;
        count(1);
      } else {
        int from = i;
        char c = 0;
        while (i < end && (c = buf[i]) != '"' && c != '\\') {
          i++;
        }
        count(i - from);
        if (i < end) {
          i++;
          if (c == '"') {
            inString = false;
          } else {
            escaped = true;
          }
        }
      }
    }
    return n;
  }

  private void count(int chars) throws LimitExceeded {
    length += chars;
    if (length > maxChars) {
      throw new LimitExceeded(
          "maxStringChars", maxChars, "a string value longer than " + maxChars + " characters");
    }
  }

  @Override
  public long skip(long n) throws IOException {
    // Read, not skipped underneath, so that skipped characters are counted like read ones.
    char[] scratch = new char[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }
}

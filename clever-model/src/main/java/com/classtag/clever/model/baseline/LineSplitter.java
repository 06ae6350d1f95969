package com.classtag.clever.model.baseline;

import com.classtag.clever.model.baseline.BaselineFormatException.Problem;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into {@code \n}-terminated UTF-8 lines and counts them. Lines are split as
 * bytes and decoded one at a time, so that a decoding error is reported at its own line (a
 * character decoder reads ahead across lines). Not thread-safe.
 */
final class LineSplitter {
  /**
   * Far above any real record (a section of 10,000 students is about 270 KB), far below a heap's
   * worth.
   */
  static final int MAX_LINE_BYTES = 64 << 20;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[1 << 16];
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
  private byte[] line = new byte[1 << 12];
  private int pos;
  private int limit;
  private long count;

  LineSplitter(InputStream in) {
    this(in, MAX_LINE_BYTES);
  }

  LineSplitter(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Returns how many lines {@link #next()} has returned: the number of the last one. */
  long count() {
    return count;
  }

  /**
   * Returns the next line without its {@code \n}, or null at the end of the stream.
   *
   * @throws EOFException if the stream ends inside a line (after its last {@code \n})
   * @throws java.nio.charset.CharacterCodingException if the line is not valid UTF-8
   * @throws BaselineFormatException if the line is longer than the limit
   * @throws IOException if reading fails
   */
  String next() throws IOException {
    int length = 0;
    while (true) {
      if (pos == limit) {
        int n = in.read(chunk);
        if (n < 0) {
          if (length == 0) {
            return null;
          }
          throw new EOFException("the stream ends inside a line");
        }
        pos = 0;
        limit = n;
      }
      int start = pos;
      while (pos < limit && chunk[pos] != '\n') {
        pos++;
      }
      int piece = pos - start;
      if (length + piece > maxLineBytes) {
        throw new BaselineFormatException(
            Problem.CORRUPT, count + 1, "the line is longer than " + maxLineBytes + " bytes", null);
      }
      if (length + piece > line.length) {
        line = Arrays.copyOf(line, Math.max(length + piece, line.length * 2));
      }
      System.arraycopy(chunk, start, line, length, piece);
      length += piece;
      if (pos < limit) {
        pos++; // the '\n'
        String text = utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
        count++;
        return text;
      }
    }
  }
}

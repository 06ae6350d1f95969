package com.classtag.sync.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a {@link Reader} as UTF-8 bytes, for {@link JsonScanner}, which reads bytes.
 * Characters that have no UTF-8 form (a lone surrogate) are a {@link NoUtf8Form}, not a
 * replacement; what the source itself throws passes through.
 */
final class Utf8Stream extends InputStream {
  /** Characters of the source that have no UTF-8 form: half a surrogate pair. */
  static final class NoUtf8Form extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
  }

  private final Reader source;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();

  /** The bytes of the characters read so far, not yet handed out; room for 3 per character. */
  private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192).flip();

  private boolean ended;

  Utf8Stream(Reader source) {
    this.source = source;
  }

  @Override
  public int read() throws IOException {
    if (!bytes.hasRemaining() && !refill()) {
      return -1;
    }
    return bytes.get() & 0xFF;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!bytes.hasRemaining() && !refill()) {
      return -1;
    }
    int n = Math.min(length, bytes.remaining());
    bytes.get(into, offset, n);
    return n;
  }

  /** Encodes more characters; returns false at the end of the characters. */
  private boolean refill() throws IOException {
    bytes.clear();
    while (bytes.position() == 0) {
      if (ended && !chars.hasRemaining()) {
        bytes.flip();
        return false;
      }
      if (!ended) {
        // Keeps a character not yet encoded: the high half of a pair whose low half is unread.
        chars.compact();
        ended = source.read(chars) == -1;
        chars.flip();
      }
      CoderResult result = encoder.encode(chars, bytes, ended);
      if (result.isError()) {
        throw new NoUtf8Form();
      }
    }
    bytes.flip();
    return true;
  }
}

package com.classtag.benchmarks.jmh;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The tokenizing baseline that the parse and state-read benchmarks measure a model read against:
 * every token of a document read, every name and string materialised.
 */
public final class Tokens {
  private Tokens() {}

  /**
   * Reads every token of the document.
   *
   * @param in the document, positioned at its start
   * @param sink consumes each name and value, so that the JIT cannot drop the work
   * @return the number of tokens, the end of the document included
   * @throws IOException if reading fails or the document is malformed
   */
  public static long readAll(JsonReader in, Blackhole sink) throws IOException {
    long tokens = 0;
    while (true) {
      tokens++;
      switch (in.peek()) {
        case BEGIN_OBJECT:
          in.beginObject();
          break;
        case END_OBJECT:
          in.endObject();
          break;
        case BEGIN_ARRAY:
          in.beginArray();
          break;
        case END_ARRAY:
          in.endArray();
          break;
        case NAME:
          sink.consume(in.nextName());
          break;
        case STRING:
        case NUMBER:
          sink.consume(in.nextString());
          break;
        case BOOLEAN:
          sink.consume(in.nextBoolean());
          break;
        case NULL:
          in.nextNull();
          break;
        default:
          return tokens;
      }
    }
  }
}

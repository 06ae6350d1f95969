package com.classtag.clever.model.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8JsonReader} against Gson's strict {@link JsonReader} reading the same bytes through an
 * {@link InputStreamReader}: same results, same exception classes, same paths after every step.
 */
class Utf8JsonReaderTest {

  private static final String[] ANY_OP =
      ("peek hasNext beginArray endArray beginObject endObject nextName nextString nextBoolean"
              + " nextNull nextDouble nextLong nextInt skipValue")
          .split(" ");

  /** In hex: malformed UTF-8, a BOM, bad escapes, a lone surrogate escape, miscased literals. */
  private static final String[] INSERTS =
      ("80 BF C080 C1BF C3 E282 E08080 EDA080 EDBFBF F09F98 F08080AF F4908080 F5808080 FE FF EFBBBF"
              + " C3A9A9 E2 F0 5C78 5C27 5C0A 5C753132 5C755A5A5A5A 5C7544383030 54525545 4E756C6C")
          .split(" ");

  @Property(tries = 500)
  void readsValidDocumentsLikeGson(@ForAll("documents") String json, @ForAll long seed) {
    assertSameTrace(json.getBytes(UTF_8), new Random(seed));
  }

  @Property(tries = 1000)
  void readsMutatedDocumentsLikeGson(
      @ForAll("documents") String json,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int mutations) {
    Random random = new Random(seed);
    byte[] bytes = json.getBytes(UTF_8);
    for (int i = 0; i < mutations; i++) {
      bytes = mutate(bytes, random);
    }
    String end = "different";
    try {
      end = assertSameTrace(bytes, random);
    } finally {
      Statistics.label("end").collect(end);
    }
    // Both outcomes must occur, or the mutations are not exercising the readers.
    Statistics.label("end")
        .coverage(
            c -> {
              c.check("END_DOCUMENT").percentage(p -> p > 3);
              c.check(MalformedJsonException.class.getName()).percentage(p -> p > 5);
            });
  }

  @Test
  void readsAStringOfExactlyTheLimitAndThrowsTheSuppliedExceptionForOneCharMore() throws Exception {
    IOException tooLong = new IOException("too long");
    // Raw ASCII, raw 3-byte UTF-8, escapes, surrogate pairs (two chars each), and longer than any
    // buffer the reader keeps.
    String[] units = {"a", "€", "\\u20AC", "😀", "a", "€"};
    int[] counts = {10, 10, 10, 5, 100_000, 100_000};
    for (int i = 0; i < units.length; i++) {
      int chars = units[i].equals("😀") ? 2 * counts[i] : counts[i];
      String atLimit = '"' + units[i].repeat(counts[i]) + '"';
      String twice = '"' + units[i].repeat(2 * counts[i]) + '"';
      assertThat(limited(atLimit, chars, tooLong).nextString()).hasSize(chars);
      assertThatThrownBy(() -> limited(atLimit, chars - 1, tooLong).nextString()).isSameAs(tooLong);
      assertThatThrownBy(() -> limited(twice, chars, tooLong).nextString()).isSameAs(tooLong);
    }
    JsonReader reader = limited("{\"abcd\":\"abcd\",\"abcde\":1}", 4, tooLong);
    reader.beginObject();
    assertThat(reader.nextName()).isEqualTo("abcd");
    assertThat(reader.nextString()).isEqualTo("abcd");
    assertThatThrownBy(reader::nextName).isSameAs(tooLong);
    // A skipped string is counted too, though it is never buffered whole.
    JsonReader skipping =
        limited("[\"" + "z".repeat(100) + "\",\"" + "é".repeat(64) + "\"]", 64, tooLong);
    skipping.beginArray();
    assertThatThrownBy(skipping::skipValue).isSameAs(tooLong);
    JsonReader withinLimit = limited("[\"" + "é".repeat(64) + "\"]", 64, tooLong);
    withinLimit.beginArray();
    withinLimit.skipValue();
    assertThat(withinLimit.hasNext()).isFalse();
  }

  @Test
  void readsADocumentFedOneByteAtATime() {
    byte[] bytes =
        " {\"a\" : \"é€😀\\u00e9\\uD83D\\ude00\\/\" ,\"b\":[1,-2.5e3,true,null,{}]}\n"
            .getBytes(UTF_8);
    String ops =
        "beginObject nextName nextString nextName beginArray nextInt nextDouble nextBoolean"
            + " nextNull beginObject endObject endArray endObject peek";
    List<Step> trace = trace(new Utf8JsonReader(new Chunked(bytes, 1)), ops);
    assertThat(trace.stream().map(Step::result).collect(joining("|")))
        .isEqualTo("|\"a\"|" + quote("é€😀é😀/") + "|\"b\"||1|-2500.0|true||||||END_DOCUMENT");
    for (long seed = 0; seed < 50; seed++) {
      assertSameTrace(bytes, new Random(seed), 1);
    }
  }

  @Test
  void returnsAMegabyteStringAndALongNameSplitAcrossRefillsIntact() throws Exception {
    Random random = new Random(42);
    StringBuilder name = new StringBuilder();
    StringBuilder value = new StringBuilder();
    String json =
        "{\"" + encode(random, 70_000, name) + "\":\"" + encode(random, 1 << 20, value) + "\"}";
    byte[] bytes = json.getBytes(UTF_8);
    for (int chunk : new int[] {Integer.MAX_VALUE, 4093, 1}) {
      JsonReader reader = new Utf8JsonReader(new Chunked(bytes, chunk));
      reader.beginObject();
      assertThat(reader.nextName()).isEqualTo(name.toString());
      assertThat(reader.nextString()).isEqualTo(value.toString());
      reader.endObject();
      assertThat(reader.peek()).isEqualTo(JsonToken.END_DOCUMENT);
      String ops = "beginObject skipValue skipValue endObject peek";
      assertThat(trace(utf8(bytes, chunk, true), ops)).isEqualTo(trace(gson(bytes, chunk), ops));
    }
  }

  /** Appends at least {@code chars} chars to {@code decoded}; returns them as JSON string text. */
  private static String encode(Random random, int chars, StringBuilder decoded) {
    String[] raw = {"a", "~", "é", "߿", "ࠀ", "€", "\uffff", "😀", "\udbff\udfff"};
    String[] escaped = {"\\n", "\n", "\\\"", "\"", "\\u00E9", "é", "\\ud83d\\uDE00", "😀"};
    StringBuilder json = new StringBuilder();
    while (decoded.length() < chars) {
      int i = 2 * random.nextInt(escaped.length / 2);
      String s = raw[random.nextInt(raw.length)];
      boolean escape = random.nextInt(10) == 0;
      json.append(escape ? escaped[i] : s);
      decoded.append(escape ? escaped[i + 1] : s);
    }
    return json.toString();
  }

  @Test
  void nestsAsDeepAsGsonsDefaultLimitWhateverTheLimitSet() throws Exception {
    // Fixed at Gson's default: setNestingLimit is newer than the oldest Gson the SDK supports.
    for (int depth : new int[] {255, 256}) {
      byte[] deep = ("[".repeat(depth) + "]".repeat(depth)).getBytes(UTF_8);
      JsonReader utf8 = utf8(deep, 64, false);
      utf8.setNestingLimit(3);
      assertThat(trace(utf8, "skipValue")).isEqualTo(trace(gson(deep, 64), "skipValue"));
    }
    assertThatThrownBy(
            () -> utf8(("[".repeat(256) + "]".repeat(256)).getBytes(UTF_8), 1, false).skipValue())
        .isInstanceOf(MalformedJsonException.class);
  }

  @Test
  void reportsPathsInTheMiddleOfADocument() {
    byte[] bytes = "{\"a\":[1,{\"b\":true,\"c\":\"x\"}],\"d\":null}".getBytes(UTF_8);
    String ops =
        "beginObject nextName beginArray nextLong beginObject nextName skipValue skipValue"
            + " nextString endObject endArray hasNext nextName nextNull endObject peek";
    List<Step> trace = trace(utf8(bytes, Integer.MAX_VALUE, false), ops);
    assertThat(trace).isEqualTo(trace(gson(bytes, Integer.MAX_VALUE), ops));
    assertThat(trace.stream().map(Step::paths).collect(joining(", ")))
        .isEqualTo(
            "$. prev $., $.a prev $.a, $.a[0] prev $.a[0], $.a[1] prev $.a[0], $.a[1]. prev $.a[1].,"
                + " $.a[1].b prev $.a[1].b, $.a[1].b prev $.a[1].b, $.a[1].<skipped> prev"
                + " $.a[1].<skipped>, $.a[1].<skipped> prev $.a[1].<skipped>, $.a[2] prev $.a[1],"
                + " $.a prev $.a, $.a prev $.a, $.d prev $.d, $.d prev $.d, $ prev $, $ prev $");
  }

  @Test
  void returnsEqualNamesForRepeatedNames() {
    byte[] bytes =
        "[{\"id\":1,\"é\":2},{\"id\":3,\"\\u00e9\":4},{\"i\\u0064\":5,\"\\u00E9\":6}]"
            .getBytes(UTF_8);
    String ops =
        "beginArray" + " beginObject nextName skipValue nextName skipValue endObject".repeat(3);
    assertThat(trace(utf8(bytes, 2, false), ops).stream().map(Step::result).collect(joining()))
        .isEqualTo(("\"id\"" + quote("é")).repeat(3));
  }

  private static String assertSameTrace(byte[] bytes, Random random) {
    int[] chunks = {1, 2, 3, 7, 64, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
    int chunk = chunks[random.nextInt(chunks.length)];
    return assertSameTrace(bytes, random, chunk);
  }

  /**
   * Drives both readers with one random operation sequence, failing at the first step that differs;
   * returns how the trace ended.
   */
  private static String assertSameTrace(byte[] bytes, Random random, int chunk) {
    Lockstep both = new Lockstep(bytes, chunk, random.nextBoolean());
    int closeAt = random.nextInt(10) == 0 ? random.nextInt(40) : -1;
    for (int i = 0; i < 100_000; i++) {
      // Every other step peeks visibly only, since a next*() without a peek takes other paths.
      if (random.nextBoolean() && both.step("peek").ends()) {
        return both.trace.get(both.trace.size() - 1).result;
      }
      JsonToken token;
      try {
        token = both.gson.peek();
      } catch (IOException e) {
        // Gson's next*() peek first, so they would throw what its hidden peek did.
        return both.expect(new Step(ANY_OP[random.nextInt(ANY_OP.length)], e, both.gson)).result;
      }
      String op = i == closeAt ? "close" : pick(token, random);
      Step step = both.step(op);
      if (op.equals("close")) {
        both.step(ANY_OP[random.nextInt(ANY_OP.length)]);
        return "close";
      }
      // Gson promises nothing about its state after a syntax error.
      if (step.ends() || token == JsonToken.END_DOCUMENT) {
        return step.ends() ? step.result : "END_DOCUMENT";
      }
    }
    throw new AssertionError("no end after 100,000 steps: " + escape(bytes));
  }

  /** Gson's strict reader and a {@link Utf8JsonReader} over the same bytes, and their trace. */
  private static final class Lockstep {
    final JsonReader gson;
    final JsonReader utf8;
    final List<Step> trace = new ArrayList<>();
    final String input;

    Lockstep(byte[] bytes, int chunk, boolean limited) {
      gson = gson(bytes, chunk);
      utf8 = utf8(bytes, chunk, limited);
      input = "input %s, chunk %d".formatted(escape(bytes), chunk);
    }

    Step step(String op) {
      return expect(Utf8JsonReaderTest.step(gson, op));
    }

    Step expect(Step expected) {
      assertThat(Utf8JsonReaderTest.step(utf8, expected.op))
          .as(() -> input + ", after" + trace.subList(Math.max(0, trace.size() - 20), trace.size()))
          .isEqualTo(expected);
      trace.add(expected);
      return expected;
    }
  }

  private static List<Step> trace(JsonReader reader, String ops) {
    return Arrays.stream(ops.split(" ")).map(op -> step(reader, op)).toList();
  }

  /** An operation, its result or the class of what it threw, and the paths after it. */
  private record Step(String op, String result, String paths) {
    Step(String op, Exception e, JsonReader reader) {
      // Messages may differ by design; classes may not.
      this(op, e.getClass().getName(), reader.getPath() + " prev " + reader.getPreviousPath());
    }

    boolean ends() {
      return result.endsWith("Exception")
          && !result.equals(IllegalStateException.class.getName())
          && !result.equals(NumberFormatException.class.getName());
    }

    @Override
    public String toString() {
      return "\n  " + op + " " + result + " @ " + paths;
    }
  }

  private static Step step(JsonReader reader, String op) {
    try {
      String result = apply(reader, op);
      return new Step(op, result, reader.getPath() + " prev " + reader.getPreviousPath());
    } catch (Exception e) {
      return new Step(op, e, reader);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static String done(IoAction action) throws IOException {
    action.run();
    return "";
  }

  private static String apply(JsonReader r, String op) throws IOException {
    return switch (op) {
      case "peek" -> r.peek().toString();
      case "hasNext" -> String.valueOf(r.hasNext());
      case "beginArray" -> done(r::beginArray);
      case "endArray" -> done(r::endArray);
      case "beginObject" -> done(r::beginObject);
      case "endObject" -> done(r::endObject);
      case "nextName" -> quote(r.nextName());
      case "nextString" -> quote(r.nextString());
      case "nextBoolean" -> String.valueOf(r.nextBoolean());
      case "nextNull" -> done(r::nextNull);
      case "nextDouble" -> String.valueOf(r.nextDouble());
      case "nextLong" -> String.valueOf(r.nextLong());
      case "nextInt" -> String.valueOf(r.nextInt());
      case "skipValue" -> done(r::skipValue);
      case "close" -> done(r::close);
      default -> throw new IllegalArgumentException(op);
    };
  }

  /** Mostly an operation that fits {@code token}; sometimes any operation. */
  private static String pick(JsonToken token, Random random) {
    String ops =
        random.nextInt(10) == 0
            ? String.join(" ", ANY_OP)
            : switch (token) {
              case BEGIN_ARRAY -> "beginArray beginArray skipValue";
              case END_ARRAY -> "endArray endArray hasNext skipValue";
              case BEGIN_OBJECT -> "beginObject beginObject skipValue";
              case END_OBJECT -> "endObject endObject hasNext skipValue";
              case NAME -> "nextName nextName nextName hasNext skipValue";
              case STRING, NUMBER -> "nextString nextInt nextLong nextDouble skipValue";
              case BOOLEAN -> "nextBoolean nextBoolean skipValue";
              case NULL -> "nextNull nextNull skipValue";
              case END_DOCUMENT -> "peek hasNext skipValue close";
            };
    String[] choices = ops.split(" ");
    return choices[random.nextInt(choices.length)];
  }

  private static byte[] mutate(byte[] bytes, Random random) {
    int at = random.nextInt(bytes.length + 1);
    int one = Math.min(at, bytes.length - 1);
    String ascii = "{}[],:\"\\/#'=;) aetnruE.-+019";
    byte b =
        switch (random.nextInt(3)) {
          case 0 -> (byte) random.nextInt(0x20);
          case 1 -> (byte) (0x80 + random.nextInt(0x80));
          default -> (byte) ascii.charAt(random.nextInt(ascii.length()));
        };
    return switch (bytes.length == 0 ? 1 : random.nextInt(8)) {
      case 0 -> splice(bytes, one, 1, new byte[0]);
      case 1 -> splice(bytes, at, 0, new byte[] {b});
      case 2 -> splice(bytes, one, 1, new byte[] {b});
      case 3 -> splice(bytes, at, bytes.length - at, new byte[0]);
      case 4 -> splice(bytes, 0, 0, HexFormat.of().parseHex("EFBBBF"));
      default -> {
        // Mostly right after a quote, so that it lands inside a string or name.
        for (int i = 0; i < bytes.length && random.nextInt(4) != 0; i++) {
          int quote = random.nextInt(bytes.length);
          if (bytes[quote] == '"') {
            at = quote + 1;
            break;
          }
        }
        String insert = INSERTS[random.nextInt(INSERTS.length)];
        yield splice(bytes, at, 0, HexFormat.of().parseHex(insert));
      }
    };
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] result = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(insert, 0, result, at, insert.length);
    System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
    return result;
  }

  @Provide
  Arbitrary<String> documents() {
    // Sometimes a long array, so that tokens straddle the readers' buffer boundaries.
    Arbitrary<String> large =
        value(2).list().ofMinSize(300).ofMaxSize(1500).map(l -> '[' + String.join(",", l) + ']');
    return padded(Arbitraries.frequencyOf(Tuple.of(10, value(5)), Tuple.of(1, large)));
  }

  private static Arbitrary<String> value(int depth) {
    Arbitrary<String> scalar =
        Arbitraries.frequencyOf(
            Tuple.of(3, string()),
            Tuple.of(3, number()),
            Tuple.of(1, Arbitraries.of("true", "false", "null")));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> element = padded(Arbitraries.lazy(() -> value(depth - 1)));
    Arbitrary<String> name =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.of("\"id\"", "\"name\"", "\"i\\u0064\"", "\"\"")),
            Tuple.of(2, string()));
    Arbitrary<String> member = Combinators.combine(padded(name), element).as((n, v) -> n + ':' + v);
    return Arbitraries.frequencyOf(
        Tuple.of(5, scalar),
        Tuple.of(1, container(element, "[%s]")),
        Tuple.of(1, container(member, "{%s}")));
  }

  private static Arbitrary<String> container(Arbitrary<String> elements, String brackets) {
    return Combinators.combine(elements.list().ofMaxSize(4), whitespace())
        .as((l, w) -> brackets.formatted(l.isEmpty() ? w : String.join(",", l)));
  }

  private static Arbitrary<String> padded(Arbitrary<String> token) {
    return Combinators.combine(whitespace(), token, whitespace()).as((a, t, b) -> a + t + b);
  }

  private static Arbitrary<String> whitespace() {
    return Arbitraries.of("", "", "", "", " ", "\n", "\t", "\r\n", "  \t\r\n ");
  }

  private static Arbitrary<String> string() {
    Arbitrary<String> numeric =
        Arbitraries.oneOf(
            number(),
            Arbitraries.of("NaN", "-Infinity", " 1", "1 ", "0x1F", "+1", "", "01", "1e400", "1L"));
    Arbitrary<String> text = piece().list().ofMaxSize(12).map(l -> String.join("", l));
    return Arbitraries.frequencyOf(Tuple.of(4, text), Tuple.of(1, numeric)).map(s -> '"' + s + '"');
  }

  private static Arbitrary<String> piece() {
    Arbitrary<String> ascii =
        Arbitraries.chars().range(' ', '~').filter(c -> c != '"' && c != '\\').map(String::valueOf);
    Arbitrary<String> escape =
        Arbitraries.of("\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t");
    Arbitrary<Integer> cases = Arbitraries.integers().between(0, 255);
    Arbitrary<Integer> bmp = Arbitraries.integers().between(0, 0xFFFF);
    Arbitrary<Integer> supplementary = Arbitraries.integers().between(0x10000, 0x10FFFF);
    Arbitrary<String> escapedPair =
        Combinators.combine(supplementary, cases)
            .as(
                (cp, upper) ->
                    unicodeEscape(Character.highSurrogate(cp), upper)
                        + unicodeEscape(Character.lowSurrogate(cp), upper >> 4));
    return Arbitraries.frequencyOf(
        Tuple.of(8, ascii),
        Tuple.of(2, escape),
        // Includes lone surrogates, which strict Gson rejects.
        Tuple.of(2, Combinators.combine(bmp, cases).as(Utf8JsonReaderTest::unicodeEscape)),
        Tuple.of(1, escapedPair),
        Tuple.of(
            2, bmp.filter(c -> c >= 0x80 && (c < 0xD800 || c > 0xDFFF)).map(Character::toString)),
        Tuple.of(1, supplementary.map(Character::toString)),
        Tuple.of(1, Arbitraries.of("\u007f", "\u0080", "\u07ff", "\u0800", "\u2028", "\ufeff")));
  }

  /** Hex digit {@code i} is upper case when bit {@code i} of {@code upper} is set. */
  private static String unicodeEscape(int c, int upper) {
    StringBuilder s = new StringBuilder("\\u");
    String hex = "%04x".formatted(c);
    for (int i = 0; i < 4; i++) {
      s.append((upper >> i & 1) == 1 ? Character.toUpperCase(hex.charAt(i)) : hex.charAt(i));
    }
    return s.toString();
  }

  private static Arbitrary<String> number() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22);
    Arbitrary<String> exponent =
        Combinators.combine(Arbitraries.of("e", "E"), Arbitraries.of("", "+", "-"), digits)
            .as((e, s, d) -> e + s + d.substring(0, Math.min(d.length(), 4)));
    Arbitrary<String> composed =
        Combinators.combine(
                Arbitraries.of("", "-"),
                digits.map(d -> d.replaceFirst("^0+(?=\\d)", "")),
                Arbitraries.oneOf(Arbitraries.just(""), digits.map(d -> '.' + d)),
                Arbitraries.oneOf(Arbitraries.just(""), exponent))
            .as((sign, i, f, e) -> sign + i + f + e);
    Arbitrary<String> edges =
        Arbitraries.of(
            ("0 -0 0.0 -0.0 1 -1 2147483647 2147483648 -2147483648 -2147483649 9223372036854775807"
                    + " 9223372036854775808 -9223372036854775808 -9223372036854775809 1e19 1e2 1E+2"
                    + " 92233720368547758070 9223372036854775806 1e-2 -1.5E-300 1e400 -1e400 4.9e-325"
                    + " 100e-2 1.0e0")
                .split(" "));
    Arbitrary<Long> nearLimits = Arbitraries.longs().between(-5000, 5000);
    return Arbitraries.frequencyOf(
        Tuple.of(2, edges),
        Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
        Tuple.of(2, nearLimits.map(d -> "" + (d < 0 ? Long.MIN_VALUE - d : Long.MAX_VALUE - d))),
        Tuple.of(1, Arbitraries.doubles().map(String::valueOf)),
        Tuple.of(4, composed),
        // Gson reads no number literal as long as its 1024-char buffer.
        Tuple.of(1, Arbitraries.integers().between(1015, 1035).map(n -> "1" + "0".repeat(n - 1))));
  }

  private static JsonReader gson(byte[] bytes, int chunk) {
    JsonReader reader = new JsonReader(new InputStreamReader(new Chunked(bytes, chunk), UTF_8));
    reader.setStrictness(Strictness.STRICT);
    return reader;
  }

  private static JsonReader utf8(byte[] bytes, int chunk, boolean limited) {
    Chunked in = new Chunked(bytes, chunk);
    return limited
        ? new Utf8JsonReader(in, Integer.MAX_VALUE, IOException::new)
        : new Utf8JsonReader(in);
  }

  private static JsonReader limited(String json, int max, IOException tooLong) {
    return new Utf8JsonReader(new Chunked(json.getBytes(UTF_8), 8191), max, () -> tooLong);
  }

  private static String quote(String s) {
    return '"' + escape(s, "\\u%04x") + '"';
  }

  /** The bytes as text; jqwik reports the whole sample, so long inputs are cut here. */
  private static String escape(byte[] bytes) {
    String s = escape(new String(bytes, 0, Math.min(bytes.length, 1000), ISO_8859_1), "\\x%02X");
    return '"' + s + '"' + (bytes.length > 1000 ? "... (" + bytes.length + " bytes)" : "");
  }

  private static String escape(String s, String format) {
    return s.chars()
        .mapToObj(c -> c >= ' ' && c <= '~' && c != '\\' ? "" + (char) c : format.formatted(c))
        .collect(joining());
  }

  /** Returns at most {@code chunk} bytes per read, so that refills fall at every offset. */
  private static final class Chunked extends FilterInputStream {
    private final int chunk;

    Chunked(byte[] bytes, int chunk) {
      super(new ByteArrayInputStream(bytes));
      this.chunk = chunk;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}

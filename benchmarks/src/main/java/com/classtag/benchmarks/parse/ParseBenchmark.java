package com.classtag.benchmarks.parse;

import com.classtag.benchmarks.data.DistrictShape;
import com.classtag.benchmarks.data.Pages;
import com.classtag.benchmarks.fetch.StandInServer;
import com.classtag.benchmarks.jmh.Tokens;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.JsonCodec;
import com.classtag.clever.model.ListPage;
import com.classtag.clever.model.PageReader;
import com.classtag.clever.model.User;
import com.classtag.clever.model.internal.Utf8JsonReader;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.standin.RecordSource;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parses one {@code /users} page of 10,000 users from its UTF-8 bytes, seven ways, in the same run.
 * The page ({@link #page}) is either {@code mixed}, the benchmark's subject: about 9 students, 10
 * contacts and 1 staff member in every 20 ({@link DistrictShape#mixed}); or {@code students}, the
 * first 10,000 students of the test kit's generated district, the very page the fetch benchmark
 * reads from the stand-in. The ways:
 *
 * <ul>
 *   <li>{@code modelPageReader}: the SDK's streaming {@link PageReader} into {@link User} models,
 *       one by one;
 *   <li>{@code modelListPage}: the SDK's whole-page codec, {@code
 *       CleverJson.listPage(CleverJson.USER)};
 *   <li>{@code gsonTokens}: Gson's {@link JsonReader} reading every token and materialising every
 *       name and string, the practical floor any Gson-based model parse sits on (the baseline);
 *   <li>{@code utf8Tokens}: the same, with the UTF-8 reader the models read through, so that the
 *       model variants' cost splits into tokenizing and building the models;
 *   <li>{@code gsonMap} and {@code gsonTree}: Gson binding the page into {@code Map}s or a {@link
 *       JsonElement} tree, what a naive client does;
 *   <li>{@code jacksonTokens}: Jackson's streaming parser tokenizing the same bytes, for reference.
 * </ul>
 *
 * <p>The model variants read the page's bytes, as the SDK's client reads an HTTP body (with its own
 * UTF-8 reader); every Gson variant reads through the same {@code InputStreamReader(UTF-8)};
 * Jackson decodes the bytes itself, as it does in a client generated from Clever's spec. Scores are
 * per record ({@link OperationsPerInvocation}), so throughput is records per second and {@code
 * gc.alloc.rate.norm} from {@code -prof gc} is bytes allocated per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ParseBenchmark {
  /** Records on the page, the size Clever's API allows at most. */
  public static final int USERS = 10_000;

  private static final JsonCodec<ListPage<User>> PAGE = CleverJson.listPage(CleverJson.USER);
  private static final Gson GSON = new Gson();
  private static final Type MAP = new TypeToken<Map<String, Object>>() {}.getType();
  private static final JsonFactory JACKSON = new JsonFactory();

  /** Which page to parse: {@code mixed} or {@code students}. */
  @Param({"mixed", "students"})
  public String page;

  private byte[] bytes;

  /**
   * Renders the page once per trial (its bytes are identical on every run) and checks that the
   * model reads every user of it, so no variant is measured on a page the SDK would reject.
   *
   * @throws IOException never, the page is rendered in memory
   * @throws IllegalStateException if the model does not read exactly {@value #USERS} users
   */
  @Setup
  public void render() throws IOException {
    if (page.equals("mixed")) {
      bytes = new Pages(DistrictShape.mixed(USERS, 0)).users(0, USERS);
    } else if (page.equals("students")) {
      bytes = demoStudents();
    } else {
      throw new IllegalArgumentException("page must be mixed or students, was " + page);
    }
    int read = PAGE.fromJson(body()).records().size();
    if (read != USERS) {
      throw new IllegalStateException("the model read " + read + " users of " + USERS);
    }
  }

  /**
   * Streams the page's users into models with {@link PageReader}, then reads its links.
   *
   * @param sink consumes each user
   * @return the number of users read
   */
  @Benchmark
  @OperationsPerInvocation(USERS)
  public int modelPageReader(Blackhole sink) {
    try (PageReader<User> users = PageReader.open(body(), CleverJson.USER)) {
      while (users.hasNext()) {
        sink.consume(users.next());
      }
      sink.consume(users.nextUri());
      return users.count();
    }
  }

  /**
   * Reads the whole page into a {@link ListPage} of models.
   *
   * @return the page
   */
  @Benchmark
  @OperationsPerInvocation(USERS)
  public ListPage<User> modelListPage() {
    return PAGE.fromJson(body());
  }

  /**
   * Reads every token of the page with Gson's {@link JsonReader}, materialising every name and
   * string.
   *
   * @param sink consumes each value
   * @return the number of tokens
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  @OperationsPerInvocation(USERS)
  public long gsonTokens(Blackhole sink) throws IOException {
    try (JsonReader in = new JsonReader(reader())) {
      return Tokens.readAll(in, sink);
    }
  }

  /**
   * Reads every token of the page as {@link #gsonTokens} does, with the SDK's own UTF-8 reader over
   * the bytes: the part of {@link #modelPageReader} that is tokenizing.
   *
   * @param sink consumes each value
   * @return the number of tokens
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  @OperationsPerInvocation(USERS)
  public long utf8Tokens(Blackhole sink) throws IOException {
    try (JsonReader in = new Utf8JsonReader(body())) {
      return Tokens.readAll(in, sink);
    }
  }

  /**
   * Binds the page into nested {@code Map}s and {@code List}s with Gson.
   *
   * @return the page as a map
   */
  @Benchmark
  @OperationsPerInvocation(USERS)
  public Map<String, Object> gsonMap() {
    return GSON.fromJson(reader(), MAP);
  }

  /**
   * Parses the page into a Gson {@link JsonElement} tree.
   *
   * @return the tree
   */
  @Benchmark
  @OperationsPerInvocation(USERS)
  public JsonElement gsonTree() {
    return JsonParser.parseReader(reader());
  }

  /**
   * Reads every token of the page with Jackson's streaming parser, materialising every name and
   * string.
   *
   * @param sink consumes each value
   * @return the number of tokens
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  @OperationsPerInvocation(USERS)
  public int jacksonTokens(Blackhole sink) throws IOException {
    int tokens = 0;
    try (com.fasterxml.jackson.core.JsonParser in = JACKSON.createParser(bytes)) {
      JsonToken token;
      while ((token = in.nextToken()) != null) {
        tokens++;
        switch (token) {
          case FIELD_NAME:
            sink.consume(in.currentName());
            break;
          case VALUE_STRING:
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            sink.consume(in.getText());
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            sink.consume(in.getBooleanValue());
            break;
          default:
            break;
        }
      }
    }
    return tokens;
  }

  private InputStream body() {
    return new ByteArrayInputStream(bytes);
  }

  private Reader reader() {
    return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
  }

  /** Renders the generated district's first 10,000 students as the stand-in would serve them. */
  private static byte[] demoStudents() throws IOException {
    RecordSource students =
        TestDistrict.generate(StandInServer.SEED, 1_000_000)
            .users(Optional.of("student"))
            .orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream(USERS * 1024);
    try (JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      json.setHtmlSafe(false);
      json.beginObject().name("data").beginArray();
      for (int i = 0; i < USERS; i++) {
        json.beginObject().name("data");
        students.write(i, json);
        json.name("uri").value("/v3.0/users/" + students.id(i));
        json.endObject();
      }
      json.endArray()
          .name("links")
          .beginArray()
          .beginObject()
          .name("rel")
          .value("self")
          .name("uri")
          .value("/v3.0/users?role=student&limit=10000")
          .endObject()
          .endArray()
          .endObject();
    }
    return out.toByteArray();
  }
}

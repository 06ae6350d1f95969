package com.classtag.benchmarks.state;

import com.classtag.benchmarks.jmh.Tokens;
import com.classtag.benchmarks.plan.ReferenceState;
import com.classtag.sync.json.AppStateJson;
import com.classtag.sync.state.AppState;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads an app-state file of the plan benchmark's reference district ({@link ReferenceState}: for
 * 1,000,000 students also 1,500,000 contacts, 50,000 classrooms and 50,000 staff) two ways, in the
 * same run:
 *
 * <ul>
 *   <li>{@code appStateJson}: {@link AppStateJson#read(InputStream)}, the SDK's reader, into an
 *       {@link AppState}, from the file's bytes;
 *   <li>{@code appStateJsonChars}: {@link AppStateJson#read(Reader)}, the same from the file
 *       decoded by an {@code InputStreamReader(UTF-8)};
 *   <li>{@code gsonTokens}: Gson's {@link JsonReader} reading every token of the same file through
 *       an {@code InputStreamReader(UTF-8)} (Gson reads characters only) and materialising every
 *       name and string, the floor any Gson-based reader sits on (the baseline).
 * </ul>
 *
 * <p>The setup writes the file once with {@link AppStateJson#write} to a temporary file; after the
 * first reads it is in the page cache. The score is the time of one read of the whole file. With
 * {@code -p file=PATH} the file is kept at {@code PATH}: the first fork writes it, later forks and
 * runs read it as it is and skip the three minutes of building the state (the file was checked when
 * written; the reader then only has to read it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class StateReadBenchmark {
  /** How many students the district has. */
  @Param({"1000000"})
  public int students;

  /** Where the file is kept between forks; empty for a temporary file of this fork only. */
  @Param({""})
  public String file;

  private Path path;

  /**
   * Writes the state file and checks that it reads back equal.
   *
   * @throws IOException if the temporary file cannot be written
   * @throws IllegalStateException if the file does not read back equal to the state written
   */
  @Setup
  public void writeTheFile() throws IOException {
    if (!file.isEmpty() && Files.exists(Path.of(file))) {
      path = Path.of(file);
      AppState read = appStateJson();
      System.out.printf("%n%s: %,d bytes, kept from an earlier fork%n", read, Files.size(path));
      read = null;
      System.gc();
      return;
    }
    AppState state = ReferenceState.synced(students);
    path =
        file.isEmpty()
            ? Files.createTempFile("app-state-" + students + "-", ".json")
            : Path.of(file);
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      AppStateJson.write(state, out);
    }
    if (!appStateJson().equals(state)) {
      throw new IllegalStateException(
          "the state file does not read back equal to the state written");
    }
    System.out.printf("%n%s: %,d bytes%n", state, Files.size(path));
    // The reference state is gigabytes, garbage from here on; collected now so that no measured
    // read pays.
    state = null;
    System.gc();
  }

  /**
   * Deletes the state file, unless it is kept ({@code -p file=PATH}).
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown
  public void deleteTheFile() throws IOException {
    if (file.isEmpty()) {
      Files.deleteIfExists(path);
    }
  }

  /**
   * Reads the file's bytes into an {@link AppState} with the SDK.
   *
   * @return the state
   */
  @Benchmark
  public AppState appStateJson() {
    try (InputStream in = Files.newInputStream(path)) {
      return AppStateJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the file's characters into an {@link AppState} with the SDK.
   *
   * @return the state
   */
  @Benchmark
  public AppState appStateJsonChars() {
    try (Reader in = reader()) {
      return AppStateJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads every token of the file with Gson's {@link JsonReader}, materialising every name and
   * string.
   *
   * @param sink consumes each value
   * @return the number of tokens
   * @throws IOException if reading fails
   */
  @Benchmark
  public long gsonTokens(Blackhole sink) throws IOException {
    try (JsonReader in = new JsonReader(reader())) {
      return Tokens.readAll(in, sink);
    }
  }

  private Reader reader() throws IOException {
    return new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8);
  }
}

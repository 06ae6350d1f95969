package com.classtag.benchmarks.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StandInServer} running in a child JVM on this JVM's class path, so the benchmark's own
 * heap and CPU time hold the client only. Closing it stops the child. With the system property
 * {@code standin.cpus} (a {@code taskset -c} list, such as {@code 1}) the child runs on those CPUs
 * only.
 */
public final class StandInProcess implements AutoCloseable {
  private final Process process;
  private final URI baseUrl;

  private StandInProcess(Process process, URI baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /**
   * Starts the stand-in serving the generated district with {@code students} students and waits
   * until it is warm and ready.
   *
   * @param students the district's size
   * @return the running stand-in
   * @throws IOException if it cannot be started or does not report ready
   */
  public static StandInProcess start(int students) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    String cpus = System.getProperty("standin.cpus");
    if (cpus != null) {
      // Keeps the stand-in off the client's core when the benchmark is pinned to one.
      command.addAll(List.of("taskset", "-c", cpus));
    }
    // A small serial-GC heap: the stand-in generates records as it writes them and holds no
    // district.
    command.addAll(
        List.of(
            java,
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            StandInServer.class.getName(),
            Integer.toString(students)));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("READY ")) {
      process.destroyForcibly();
      throw new IOException("the stand-in did not start: " + line);
    }
    return new StandInProcess(process, URI.create(line.substring("READY ".length())));
  }

  /** Returns the stand-in's base URL, such as {@code http://127.0.0.1:40123}. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Stops the child JVM, forcibly if it does not stop within 10 seconds. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

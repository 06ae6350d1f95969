package com.classtag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds the consumer in {@code src/it/consumer} the way an app's build would: javac with {@code
 * -Xlint:all -Werror}, only the published jars and their runtime dependencies (Gson) on the class
 * path, no Immutables; then runs it in a fresh JVM against the test kit's stand-in.
 */
class ConsumerCompileTest {
  private static final Map<String, String> MODULE_NAMES =
      Map.of(
          "clever-model", "com.classtag.clever.model",
          "clever-client", "com.classtag.clever.client",
          "sync-core", "com.classtag.sync.core",
          "sync-jdbc", "com.classtag.sync.jdbc",
          "clever-testing", "com.classtag.clever.testing");

  private static final List<Path> CLASS_PATH =
      Stream.of(property("consumer.classpath").split(File.pathSeparator))
          .map(Path::of)
          .collect(Collectors.toList());
  private static final Path SOURCES = Path.of(property("consumer.sources"));
  private static final Path OUTPUT = Path.of(property("consumer.output"));

  private static boolean compiled;
  private static String diagnostics;

  @BeforeAll
  static void compileTheConsumer() throws IOException {
    Path classes = OUTPUT.resolve("classes");
    Files.createDirectories(classes);
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    compiled =
        compile(
            javaFiles(SOURCES), List.of("-cp", classPath(), "-d", classes.toString()), collector);
    diagnostics = describe(collector);
  }

  @Test
  void classPathHoldsThePublishedJarsAndGsonOnly() {
    List<String> names =
        CLASS_PATH.stream().map(ConsumerCompileTest::artifactOf).collect(Collectors.toList());

    assertThat(names)
        .containsExactlyInAnyOrder(
            "clever-model", "clever-client", "sync-core", "sync-jdbc", "clever-testing", "gson");
  }

  @Test
  void compilesWithEveryLintWarningAnError() {
    assertThat(diagnostics).isEmpty();
    assertThat(compiled).isTrue();
  }

  @Test
  void runsAgainstTheStandIn() throws IOException, InterruptedException {
    assumeTrue(compiled, "the consumer did not compile: " + diagnostics);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-cp",
                OUTPUT.resolve("classes") + File.pathSeparator + classPath(),
                "com.example.consumer.Main")
            .redirectErrorStream(true)
            .start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output.strip()).endsWith("consumer ok");
  }

  /**
   * The consumer's list of builders cannot fall behind the API: every public builder method is in
   * it.
   */
  @Test
  void buildersListNamesEveryPublicBuilder() throws IOException {
    String builders = Files.readString(SOURCES.resolve("com/example/consumer/Builders.java"));
    Pattern builder = Pattern.compile("public static (?:<T> )?[\\w<>.?, ]*\\bbuilder\\(");
    List<String> missing = new ArrayList<>();
    for (String module : MODULE_NAMES.keySet()) {
      for (Path file : javaFiles(Path.of(property("sdk.root"), module, "src/main/java"))) {
        String source = Files.readString(file);
        String type = file.getFileName().toString().replace(".java", "");
        Matcher m = builder.matcher(source);
        if (!file.toString().contains(File.separator + "internal" + File.separator)
            && m.find()
            && !builders.contains(type + ".builder(")
            && !builders.contains(type + ".<")) {
          missing.add(type);
        }
      }
    }

    assertThat(missing).as("builders the consumer does not call").isEmpty();
  }

  /**
   * Each jar names its module, and a modular app can require every name. javac's requires-automatic
   * lint is off here only: it warns about any automatic module, which is what these jars are (see
   * the README).
   */
  @Test
  void modularConsumerRequiresTheAutomaticModuleNames() throws IOException {
    List<Path> jars =
        CLASS_PATH.stream().filter(p -> !artifactOf(p).equals("gson")).collect(Collectors.toList());
    assumeTrue(
        jars.stream().allMatch(p -> p.toString().endsWith(".jar")),
        "run by `mvn verify`, not `mvn test`");
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .isEqualTo(MODULE_NAMES.get(artifactOf(jar)));
      }
    }
    Path source = OUTPUT.resolve("modular/src");
    Files.createDirectories(source.resolve("com/example/modular"));
    StringBuilder requires = new StringBuilder();
    MODULE_NAMES
        .values()
        .forEach(name -> requires.append("  requires ").append(name).append(";\n"));
    Files.writeString(
        source.resolve("module-info.java"),
        "module com.example.modular {\n" + requires + "  requires com.google.gson;\n}\n");
    Files.writeString(
        source.resolve("com/example/modular/App.java"),
        "package com.example.modular;\n"
            + "final class App {\n"
            + "  static Object plan() {\n"
            + "    return com.classtag.sync.plan.Planner.create(com.classtag.sync.settings.SyncSettings.defaults());\n"
            + "  }\n"
            + "}\n");
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();

    boolean ok =
        compile(
            javaFiles(source),
            List.of(
                "--module-path",
                classPath(),
                "-Xlint:all,-requires-automatic",
                "-Werror",
                "-d",
                OUTPUT.resolve("modular/classes").toString()),
            collector);

    assertThat(describe(collector)).isEmpty();
    assertThat(ok).isTrue();
  }

  private static boolean compile(
      List<Path> files, List<String> options, DiagnosticCollector<JavaFileObject> out)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> all = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror"));
    all.addAll(options);
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(out, Locale.ROOT, StandardCharsets.UTF_8)) {
      return javac
          .getTask(
              null, fileManager, out, all, null, fileManager.getJavaFileObjectsFromPaths(files))
          .call();
    }
  }

  private static String describe(DiagnosticCollector<JavaFileObject> collector) {
    return collector.getDiagnostics().stream()
        .map(
            d ->
                d.getKind()
                    + " "
                    + (d.getSource() == null
                        ? ""
                        : d.getSource().getName() + ":" + d.getLineNumber())
                    + " "
                    + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static String classPath() {
    return CLASS_PATH.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * clever-model from {@code .../clever-model-0.1.0.jar} or {@code
   * .../clever-model/target/classes}.
   */
  private static String artifactOf(Path entry) {
    String name =
        entry.toString().endsWith(".jar")
            ? entry.getFileName().toString()
            : entry.getParent().getParent().getFileName().toString();
    return name.replaceAll("-\\d.*\\.jar$", "");
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + name + " is not set: run this test through Maven");
    }
    return value;
  }
}

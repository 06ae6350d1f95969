package com.classtag.clever.client.internal;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Checks, once, that the Gson on the classpath is new enough. The SDK needs Gson {@value #NEEDED}
 * or later (its {@code Strictness} API); a build tool's dependency management (Spring Boot's, for
 * one) can pin an older Gson, which would otherwise fail deep inside a parse with a {@code
 * NoClassDefFoundError}.
 */
public final class GsonVersion {
  /** The oldest Gson the SDK works with. */
  public static final String NEEDED = "2.11.0";

  private static volatile boolean checked;

  private GsonVersion() {}

  /**
   * Fails if the Gson on the classpath is older than {@value #NEEDED}.
   *
   * @throws IllegalStateException naming the Gson version found and the one needed
   */
  public static void require() {
    if (checked) {
      return;
    }
    String problem = problem(hasStrictness(), found());
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
    checked = true;
  }

  /**
   * Returns what is wrong with the Gson found, or null if nothing is.
   *
   * @param hasStrictness whether {@code com.google.gson.Strictness} (Gson 2.11.0) is on the
   *     classpath
   * @param found the version found, or null if it does not say
   * @return the message, or null
   */
  static String problem(boolean hasStrictness, String found) {
    if (hasStrictness) {
      return null;
    }
    return "the Clever SDK needs Gson "
        + NEEDED
        + " or later, but Gson "
        + (found == null ? "(version unknown)" : found)
        + " is on the classpath. Declare com.google.code.gson:gson:"
        + NEEDED
        + " or later in your build (with "
        + "Spring Boot: set the gson.version property), so that dependency management does not pin an older one.";
  }

  private static boolean hasStrictness() {
    try {
      Class.forName("com.google.gson.Strictness", false, Gson.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static String found() {
    String version =
        Gson.class.getPackage() == null ? null : Gson.class.getPackage().getImplementationVersion();
    if (version != null) {
      return version;
    }
    try (InputStream in =
        Gson.class.getResourceAsStream(
            "/META-INF/maven/com.google.code.gson/gson/pom.properties")) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }
}

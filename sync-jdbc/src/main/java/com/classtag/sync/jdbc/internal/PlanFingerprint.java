package com.classtag.sync.jdbc.internal;

import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A plan's fingerprint: the SHA-256 of its documented JSON form (docs/plan), streamed so a plan of
 * millions of decisions is never held as one string. Two plans have the same fingerprint exactly
 * when they are equal: same time, decisions, holds, warnings and baseline change.
 */
public final class PlanFingerprint {
  private PlanFingerprint() {}

  /**
   * Returns a plan's fingerprint.
   *
   * @param plan the plan
   * @return 64 lower-case hex digits
   */
  public static String of(Plan plan) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha),
                StandardCharsets.UTF_8),
            1 << 16)) {
      PlanJson.write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a digest cannot fail to write", e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}

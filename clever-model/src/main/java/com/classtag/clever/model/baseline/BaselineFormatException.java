package com.classtag.clever.model.baseline;

/**
 * Thrown when a baseline cannot be read: it was written by a newer format version, it is truncated,
 * or it is corrupt. The message names the line at fault and what was wrong, never a value from the
 * file, which may be personal data. No roster is ever returned from a baseline that fails this way,
 * not even part of one.
 */
public final class BaselineFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem a baseline has. */
  public enum Problem {
    /** The file was written by a newer version of the format than this SDK version reads. */
    NEWER_FORMAT,
    /** The file ends early: the compressed data breaks off, or the end line is missing. */
    TRUNCATED,
    /** The file is not a baseline, is not valid gzip or UTF-8, or a line is not what it must be. */
    CORRUPT
  }

  /** What is wrong with the stream. */
  private final Problem problem;

  /** The line at fault, counted from 1. */
  private final long lineNumber;

  BaselineFormatException(Problem problem, long lineNumber, String detail, Throwable cause) {
    super("baseline line " + lineNumber + ": " + detail, cause);
    this.problem = problem;
    this.lineNumber = lineNumber;
  }

  /** {@return what kind of problem it is} */
  public Problem problem() {
    return problem;
  }

  /**
   * {@return the 1-based line at fault: the line that is wrong, or for truncated or damaged
   * compressed data the line that was being read when the data broke off}
   */
  public long lineNumber() {
    return lineNumber;
  }
}

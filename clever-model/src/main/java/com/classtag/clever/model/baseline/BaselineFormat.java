package com.classtag.clever.model.baseline;

import com.classtag.clever.model.RosterSnapshot;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes and reads baselines as gzip-compressed JSON Lines, streaming: one record per line, never
 * the whole file in memory as text.
 *
 * <p>The format, version {@value #VERSION}, after decompression (UTF-8, lines end with {@code \n}):
 *
 * <pre>{@code
 * {"format":"classtag-clever-baseline","version":1,"api_version":"v3.0","district":"<id>",
 *  "taken_at":"2024-01-09T08:15:42Z","events_cursor":"<event id>"}          <- line 1, the header
 * {"kind":"district","record":{...}}                                          <- line 2, the district
 * {"kind":"school","record":{...}}                                            <- then one line per record:
 * {"kind":"term","record":{...}}                                                 school, term, course,
 * {"kind":"course","record":{...}}                                               section, user; each record
 * {"kind":"section","record":{...}}                                              as the Data API writes it
 * {"kind":"user","record":{...}}
 * {"kind":"end","records":<number of record lines, the district included>}    <- last line
 * }</pre>
 *
 * <p>{@code events_cursor} is absent when the baseline has none. The end line is what tells a
 * complete file from one whose writer stopped part-way, whatever the compression layer makes of it.
 *
 * <p>Reading is strict, because only this class writes the format: a file from a newer format
 * version, a truncated file, and any line that is not exactly what it must be fail with a {@link
 * BaselineFormatException} naming the line; nothing is returned until the whole file has been read
 * and checked. Unknown fields of the header are ignored, so that a later version of this format can
 * add some without breaking older readers.
 *
 * <pre>{@code
 * BaselineFormat.write(Baseline.of(header, roster), out);
 * Baseline saved = BaselineFormat.read(in);
 * }</pre>
 */
public final class BaselineFormat {
  /** The format version this SDK version writes, and the newest it reads. */
  public static final int VERSION = 1;

  /** The value of the header's {@code format} field, which marks a file as a baseline. */
  static final String FORMAT_NAME = "classtag-clever-baseline";

  private BaselineFormat() {}

  /**
   * Writes a baseline: the header, every record of its roster, and the end line, gzip-compressed.
   * The stream is flushed, not closed. If writing fails part-way, what was written is not a
   * readable baseline (it has no end line); write to a temporary file and rename it to replace a
   * baseline safely.
   *
   * @param baseline the baseline
   * @param out where to write it
   * @throws UncheckedIOException if writing to {@code out} fails
   * @throws NullPointerException if an argument is null
   */
  public static void write(Baseline baseline, OutputStream out) {
    BaselineWriter.write(baseline, out);
  }

  /**
   * Reads a whole baseline. The stream is read to the end of the compressed data and not closed.
   *
   * @param in the gzip-compressed baseline
   * @return the baseline, complete
   * @throws BaselineFormatException if the file comes from a newer format version, is truncated or
   *     is corrupt; the message names the line
   * @throws UncheckedIOException if reading {@code in} fails for a reason other than its content
   * @throws NullPointerException if {@code in} is null
   */
  public static Baseline read(InputStream in) {
    return BaselineReader.read(in);
  }

  /**
   * Reads only the header of a baseline: what it is and how old it is, without reading its records.
   * The stream is not closed, and is left part-way.
   *
   * @param in the gzip-compressed baseline
   * @return the header
   * @throws BaselineFormatException if the file comes from a newer format version or its first line
   *     is not a valid header
   * @throws UncheckedIOException if reading {@code in} fails for a reason other than its content
   * @throws NullPointerException if {@code in} is null
   */
  public static BaselineHeader readHeader(InputStream in) {
    return BaselineReader.readHeader(in);
  }

  /**
   * Returns the number of record lines a roster takes: its district and every record of its
   * collections.
   */
  static long recordCount(RosterSnapshot roster) {
    return 1L
        + roster.schools().size()
        + roster.terms().size()
        + roster.courses().size()
        + roster.sections().size()
        + roster.users().size();
  }
}

package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A student's disability code ({@code Disability.disability_code}, v3.1), such as {@code sld}.
 * Open: an unknown value parses and keeps its text. Demographic data: models never show it in
 * {@code toString}.
 */
public final class DisabilityCode extends OpenEnum {
  private static final OpenEnumRegistry<DisabilityCode> REGISTRY =
      new OpenEnumRegistry<>(DisabilityCode::new);

  /** {@code aut}. */
  public static final DisabilityCode AUT = REGISTRY.known("aut");

  /** {@code db}. */
  public static final DisabilityCode DB = REGISTRY.known("db");

  /** {@code dd}. */
  public static final DisabilityCode DD = REGISTRY.known("dd");

  /** {@code emn}. */
  public static final DisabilityCode EMN = REGISTRY.known("emn");

  /** {@code hi}. */
  public static final DisabilityCode HI = REGISTRY.known("hi");

  /** {@code id}. */
  public static final DisabilityCode ID = REGISTRY.known("id");

  /** {@code md}. */
  public static final DisabilityCode MD = REGISTRY.known("md");

  /** {@code oi}. */
  public static final DisabilityCode OI = REGISTRY.known("oi");

  /** {@code other}. */
  public static final DisabilityCode OTHER = REGISTRY.known("other");

  /** {@code ohi}. */
  public static final DisabilityCode OHI = REGISTRY.known("ohi");

  /** {@code sld}. */
  public static final DisabilityCode SLD = REGISTRY.known("sld");

  /** {@code sli}. */
  public static final DisabilityCode SLI = REGISTRY.known("sli");

  /** {@code tbi}. */
  public static final DisabilityCode TBI = REGISTRY.known("tbi");

  /** {@code vi}. */
  public static final DisabilityCode VI = REGISTRY.known("vi");

  private DisabilityCode(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static DisabilityCode of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the codes this SDK version knows, in the spec's order} */
  public static List<DisabilityCode> knownValues() {
    return REGISTRY.knownValues();
  }
}

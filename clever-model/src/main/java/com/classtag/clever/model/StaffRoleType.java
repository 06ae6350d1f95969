package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A permission-like sub-role of a staff member ({@code roles.staff.roles[]}); Clever documents
 * {@code PortalOnly} and {@code SchoolTechLead}. Open: an unknown value parses and keeps its text.
 */
public final class StaffRoleType extends OpenEnum {
  private static final OpenEnumRegistry<StaffRoleType> REGISTRY =
      new OpenEnumRegistry<>(StaffRoleType::new);

  /** {@code PortalOnly}. */
  public static final StaffRoleType PORTAL_ONLY = REGISTRY.known("PortalOnly");

  /** {@code SchoolTechLead}. */
  public static final StaffRoleType SCHOOL_TECH_LEAD = REGISTRY.known("SchoolTechLead");

  private StaffRoleType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static StaffRoleType of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the types this SDK version knows, in the spec's order} */
  public static List<StaffRoleType> knownValues() {
    return REGISTRY.knownValues();
  }
}

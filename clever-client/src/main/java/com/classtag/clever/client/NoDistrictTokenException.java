package com.classtag.clever.client;

/**
 * The token listing holds no token for the district asked for: it has not authorized the app yet,
 * or has removed it. The message says what to do: have the district add the app in Clever, or check
 * the district id.
 */
public final class NoDistrictTokenException extends CleverException {
  /** The district that has not authorized the app. */
  private final String districtId;

  /**
   * Creates an exception.
   *
   * @param message what is missing and what to do
   * @param details the listing request
   * @param districtId the district asked for
   */
  public NoDistrictTokenException(String message, ErrorDetails details, String districtId) {
    super(message, details, null);
    this.districtId = districtId;
  }

  /** {@return the district that has no token} */
  public String districtId() {
    return districtId;
  }
}

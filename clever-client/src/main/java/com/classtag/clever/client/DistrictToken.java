package com.classtag.clever.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A district's authorization of the app, as Clever's token listing returns it: the token's id, when
 * it was created, the district that owns it, the scopes the district granted and the access token
 * itself. {@code toString} never shows the access token.
 *
 * @param id the token's id
 * @param created when Clever created the token
 * @param districtId the id of the district that authorized the app
 * @param scopes the scopes granted, such as {@code read:students}
 * @param accessToken the bearer token for that district's data
 */
public record DistrictToken(
    String id, Instant created, String districtId, List<String> scopes, AccessToken accessToken) {
  /**
   * Checks the fields.
   *
   * @param id the token's id
   * @param created when Clever created the token
   * @param districtId the id of the district that authorized the app
   * @param scopes the scopes granted, such as {@code read:students}
   * @param accessToken the bearer token for that district's data
   * @throws NullPointerException if one is null
   */
  public DistrictToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(districtId, "districtId");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(accessToken, "accessToken");
  }

  /**
   * Returns whether the district granted a scope.
   *
   * @param scope such as {@code read:sections}
   * @return true if granted
   */
  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  @Override
  public String toString() {
    return "DistrictToken{id="
        + id
        + ", districtId="
        + districtId
        + ", created="
        + created
        + ", scopes="
        + scopes
        + ", accessToken=****}";
  }
}

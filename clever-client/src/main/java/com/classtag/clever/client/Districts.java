package com.classtag.clever.client;

import com.classtag.clever.client.internal.Requester;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.District;

/**
 * The {@code /districts} endpoints. Get it from {@link CleverClient#districts()}. Every method
 * throws {@link CleverException} when the call fails; listings throw it while being read.
 */
public final class Districts {
  private final Requester requester;

  Districts(Requester requester) {
    this.requester = requester;
  }

  /**
   * Lists the districts the token sees: {@code GET /districts}. A district-app token sees exactly
   * one. Clever does not paginate this listing, so no {@code limit} is sent.
   *
   * @return the lazy listing
   */
  public AutoPager<District> list() {
    return requester.list(requester.unpagedListing("/districts"), CleverJson.DISTRICT);
  }

  /**
   * Reads a district: {@code GET /districts/{id}}.
   *
   * @param id the district's id
   * @return the district
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared
   */
  public District get(String id) {
    return requester.get(
        requester.resource("/districts/" + Requester.id("district id", id)), CleverJson.DISTRICT);
  }
}

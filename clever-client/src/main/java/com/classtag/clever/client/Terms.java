package com.classtag.clever.client;

import com.classtag.clever.client.internal.Query;
import com.classtag.clever.client.internal.Requester;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.District;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.Term;

/**
 * The {@code /terms} endpoints. Get it from {@link CleverClient#terms()}. Every method throws
 * {@link CleverException} when the call fails; listings return at once and throw it while being
 * read.
 */
public final class Terms {
  private final Requester requester;

  Terms(Requester requester) {
    this.requester = requester;
  }

  /**
   * Lists the terms the token sees: {@code GET /terms}.
   *
   * @return the lazy listing
   */
  public AutoPager<Term> list() {
    return requester.list(requester.listing("/terms", new Query()), CleverJson.TERM);
  }

  /**
   * Reads a term: {@code GET /terms/{id}}.
   *
   * @param id the term's id
   * @return the term
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public Term get(String id) {
    return requester.get(
        requester.resource("/terms/" + Requester.id("term id", id)), CleverJson.TERM);
  }

  /**
   * Reads a term's district: {@code GET /terms/{id}/district}.
   *
   * @param id the term's id
   * @return the district
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws NotFoundException if it does not exist or is not shared with the token
   */
  public District district(String id) {
    return requester.get(
        requester.resource("/terms/" + Requester.id("term id", id) + "/district"),
        CleverJson.DISTRICT);
  }

  /**
   * Lists a term's schools: {@code GET /terms/{id}/schools}.
   *
   * @param id the term's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<School> schools(String id) {
    return requester.list(
        requester.listing("/terms/" + Requester.id("term id", id) + "/schools", new Query()),
        CleverJson.SCHOOL);
  }

  /**
   * Lists a term's sections: {@code GET /terms/{id}/sections}.
   *
   * @param id the term's id
   * @return the lazy listing
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public AutoPager<Section> sections(String id) {
    return requester.list(
        requester.listing("/terms/" + Requester.id("term id", id) + "/sections", new Query()),
        CleverJson.SECTION);
  }
}

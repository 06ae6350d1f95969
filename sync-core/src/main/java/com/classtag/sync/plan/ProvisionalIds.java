package com.classtag.sync.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ids of the objects a plan creates, and the app ids a {@link DecisionHandler} gave them.
 *
 * <p>The planner cannot know the id an app will give a classroom, student, staff or contact account
 * it creates, so it names each one with a provisional id, {@code new:<kind>:<source id>}, and every
 * later decision about that object uses the same provisional id. The {@code new:} prefix is
 * reserved: app ids never start with it (the state's records refuse such ids), so a provisional id
 * never names an existing object. A handler assigns the app id when it creates the object and
 * resolves every id a decision names:
 *
 * <pre>{@code
 * ProvisionalIds ids = ProvisionalIds.of(plan);
 * // in createClassroom(d):
 * ids.assign(d.createdId().orElseThrow(), db.insertClassroom(...));
 * // in addStudent(d), and wherever a decision names a classroom, person or account:
 * db.addMember(ids.resolve(d.classroomId().orElseThrow()), ids.resolve(d.targetId().orElseThrow()));
 * }</pre>
 *
 * <p>{@link Plan#applyTo} hands every creation to the handler before any other decision, so an id
 * is always assigned before a decision needs it resolved. An id the plan does not create (an
 * existing app object) resolves to itself. {@code Planner.apply} assigns each created object its
 * provisional id without the prefix ({@code classroom:sec-1}). Not thread-safe.
 */
public final class ProvisionalIds {
  /** The prefix of every provisional id; no app id starts with it. */
  public static final String PREFIX = "new:";

  /** Provisional id to assigned app id, or to null while unassigned. */
  private final Map<String, String> ids;

  private ProvisionalIds(Map<String, String> ids) {
    this.ids = ids;
  }

  /**
   * Collects the provisional ids of the objects a plan's applied decisions create (held ones never
   * are).
   *
   * @param plan the plan
   * @return the ids, none assigned yet
   * @throws NullPointerException if {@code plan} is null
   * @throws IllegalArgumentException if a creation's id does not start with {@link #PREFIX} (a plan
   *     the planner did not make, or edited)
   */
  public static ProvisionalIds of(Plan plan) {
    Map<String, String> ids = new HashMap<>();
    for (Decision d : plan.decisions()) {
      String id = d.isChange() ? d.createdId().orElse(null) : null;
      if (id != null) {
        if (!id.startsWith(PREFIX)) {
          throw new IllegalArgumentException(
              d.kind()
                  + " decision creates "
                  + id
                  + ", which is not a"
                  + " provisional id ("
                  + PREFIX
                  + "<kind>:<source id>): plan again and apply the planner's plan");
        }
        ids.put(id, null);
      }
    }
    return new ProvisionalIds(ids);
  }

  /**
   * Returns whether the plan creates the object with this id.
   *
   * @param id an id a decision names
   * @return true if it is the provisional id of one of the plan's creations
   */
  public boolean isProvisional(String id) {
    return ids.containsKey(id);
  }

  /**
   * Records the app id a handler gave an object the plan creates.
   *
   * @param provisionalId the creation's {@link Decision#createdId()}
   * @param appId the id the object has in the app
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the plan creates no object with that id, the id was already
   *     assigned (the plan creates it twice), or {@code appId} starts with the reserved {@link
   *     #PREFIX}
   */
  public void assign(String provisionalId, String appId) {
    Objects.requireNonNull(provisionalId, "provisionalId");
    Objects.requireNonNull(appId, "appId");
    if (!ids.containsKey(provisionalId)) {
      throw new IllegalArgumentException(provisionalId + " is not an id this plan creates");
    }
    if (appId.startsWith(PREFIX)) {
      throw new IllegalArgumentException(
          "app id "
              + appId
              + " for "
              + provisionalId
              + " starts with "
              + PREFIX
              + ", which is reserved for provisional ids: give the object an id of the app's own");
    }
    if (ids.get(provisionalId) != null) {
      throw new IllegalArgumentException("the plan creates " + provisionalId + " twice");
    }
    ids.put(provisionalId, appId);
  }

  /**
   * Returns the app id to use for an id a decision names.
   *
   * @param id a classroom, target or related id of a decision
   * @return the assigned app id if the plan creates the object, else {@code id} itself
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalStateException if the plan creates the object and no id was assigned to it yet
   */
  public String resolve(String id) {
    Objects.requireNonNull(id, "id");
    if (!ids.containsKey(id)) {
      return id;
    }
    String appId = ids.get(id);
    if (appId == null) {
      throw new IllegalStateException(
          id
              + " is created by this plan but no app id was assigned to it:"
              + " call assign when the handler creates it");
    }
    return appId;
  }

  /** Shows counts only. */
  @Override
  public String toString() {
    long assigned = ids.values().stream().filter(Objects::nonNull).count();
    return "ProvisionalIds{created=" + ids.size() + ", assigned=" + assigned + '}';
  }
}

package com.classtag.sync.internal;

import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.ReasonCode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the guardian links the contact filters reject and reports them as one skip decision per
 * filter outcome (for example contact type {@code Emergency}), listing every contact concerned.
 *
 * <p>Why not one decision per link: with ClassTag's default filters most links of a real feed are
 * filtered (emergency contacts, grandparents...), which for a million-student district is over a
 * million links on every nightly plan. One decision per outcome still names every contact and says
 * why, at the cost of a bit per contact instead of an object per link.
 */
final class FilteredLinks {
  /** One filter outcome: a reason and the rejected value. */
  private static final class Outcome {
    final ReasonCode reason;
    final Field field;
    final String value;
    final BitSet contacts = new BitSet();
    int links;

    Outcome(ReasonCode reason, Field field, String value) {
      this.reason = reason;
      this.field = field;
      this.value = value;
    }
  }

  /** Outcomes in the order first met; looked up by reason, then rejected value. */
  private final List<Outcome> outcomes = new ArrayList<>();

  private final Map<ReasonCode, Map<String, Outcome>> byReason = new EnumMap<>(ReasonCode.class);
  private Outcome last;

  /**
   * Records a rejected link.
   *
   * @param reason {@link ReasonCode#CONTACT_TYPE_FILTERED} or {@link
   *     ReasonCode#CONTACT_RELATIONSHIP_FILTERED}
   * @param value the rejected type or relationship, or null if the link has none
   * @param contact the contact's person position
   */
  void add(ReasonCode reason, String value, int contact) {
    String v = value == null ? "" : value;
    Outcome o = last;
    if (o == null || o.reason != reason || !o.value.equals(v)) {
      // Consecutive links usually share an outcome, so the maps are rarely consulted.
      o = byReason.computeIfAbsent(reason, r -> new HashMap<>()).get(v);
      if (o == null) {
        Field field = reason == ReasonCode.CONTACT_TYPE_FILTERED ? Field.TYPE : Field.RELATIONSHIP;
        o = new Outcome(reason, field, v);
        byReason.get(reason).put(v, o);
        outcomes.add(o);
      }
      last = o;
    }
    o.links++;
    o.contacts.set(contact);
  }

  /** Adds one skip decision per outcome, contacts in roster order. */
  void decide(Sink sink, People people) {
    for (Outcome o : outcomes) {
      List<String> ids = new ArrayList<>(o.contacts.cardinality());
      for (int p = o.contacts.nextSetBit(0); p >= 0; p = o.contacts.nextSetBit(p + 1)) {
        ids.add(people.id(p));
      }
      String what =
          o.reason == ReasonCode.CONTACT_TYPE_FILTERED ? "contact type " : "relationship ";
      sink.decide(DecisionKind.SKIP, o.reason)
          .value(o.field, o.value)
          .distinctSources(ids)
          .explain(
              "Skip "
                  + o.links
                  + " guardian link"
                  + (o.links == 1 ? "" : "s")
                  + " of "
                  + ids.size()
                  + " contact"
                  + (ids.size() == 1 ? "" : "s")
                  + " ("
                  + Text.examples(ids)
                  + "): "
                  + what
                  + (o.value.isEmpty() ? "(none)" : "\"" + o.value + "\"")
                  + " is not among the "
                  + (o.reason == ReasonCode.CONTACT_TYPE_FILTERED ? "types" : "relationships")
                  + " to sync.");
    }
  }
}

package com.classtag.sync.internal;

import com.classtag.sync.source.Phone;
import com.classtag.sync.source.SourcePerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The secondary keys that re-identify a person whose source id changed, in priority order: SIS id,
 * then legacy id (a new record's legacy id may equal the old record's source id, as with Clever's
 * v2 to v3 contact ids), then, for a contact without a SIS id, name plus email or name plus phone
 * (Clever gives such a contact a new id on any data change).
 */
final class IdentityKeys {
  private IdentityKeys() {}

  /** Keys of a roster person. */
  static List<String> ofPerson(SourcePerson p, boolean contact) {
    List<String> keys = new ArrayList<>(3);
    String sis = Text.clean(p.sisId());
    if (sis != null) {
      keys.add("sis:" + sis);
    }
    String legacy = Text.clean(p.legacyId());
    if (legacy != null) {
      keys.add("legacy:" + legacy);
    }
    if (contact && sis == null) {
      String name = Text.nameKey(p.firstName(), p.lastName());
      if (name != null) {
        String email = Text.email(p.email().orElse(null));
        if (email != null) {
          keys.add("name-email:" + name + '|' + email);
        }
        for (Phone ph : p.phones()) {
          String n = Text.phone(ph.number());
          if (n != null) {
            keys.add("name-phone:" + name + '|' + n);
          }
        }
      }
    }
    return keys;
  }

  /** Keys of an app record (its current values). */
  static List<String> ofRecord(RecordIds r, boolean contact) {
    List<String> keys = new ArrayList<>(4);
    String sis = Text.clean(r.sisId);
    if (sis != null) {
      keys.add("sis:" + sis);
    }
    String legacy = Text.clean(r.legacyId);
    if (legacy != null) {
      keys.add("legacy:" + legacy);
    }
    String source = Text.clean(r.sourceId);
    if (source != null) {
      keys.add("legacy:" + source);
    }
    if (contact && sis == null) {
      String name = Text.nameKey(r.firstName, r.lastName);
      if (name != null) {
        String email = Text.clean(r.email);
        if (email != null) {
          keys.add("name-email:" + name + '|' + email);
        }
        for (Optional<String> phone : List.of(r.smsPhone, r.homePhone)) {
          String n = Text.clean(phone);
          if (n != null) {
            keys.add("name-phone:" + name + '|' + n);
          }
        }
      }
    }
    return keys;
  }

  /** Adds the values an app record's keys are made of (ids, email, phones) to {@code values}. */
  static void addValues(RecordIds r, boolean contact, Set<String> values) {
    for (Optional<String> v : List.of(r.sisId, r.legacyId, r.sourceId)) {
      addClean(v, values);
    }
    if (contact) {
      for (Optional<String> v : List.of(r.email, r.smsPhone, r.homePhone)) {
        addClean(v, values);
      }
    }
  }

  private static void addClean(Optional<String> value, Set<String> values) {
    String v = Text.clean(value);
    if (v != null) {
      values.add(v);
    }
  }

  /**
   * Returns whether a roster person may share a key with a record whose values are {@code values}:
   * false when none of the values the person's keys are made of is among them. It spares building
   * the keys of every new person on a night when a few records disappeared.
   */
  static boolean mayShareKey(SourcePerson p, boolean contact, Set<String> values) {
    String sis = Text.clean(p.sisIdOrNull());
    if (values.contains(sis) || values.contains(Text.clean(p.legacyIdOrNull()))) {
      return true;
    }
    if (contact && sis == null) {
      if (values.contains(Text.email(p.emailOrNull()))) {
        return true;
      }
      for (Phone ph : p.phones()) {
        if (values.contains(Text.phone(ph.number()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The identifying values of any app person record. */
  static final class RecordIds {
    Optional<String> sourceId = Optional.empty();
    Optional<String> sisId = Optional.empty();
    Optional<String> legacyId = Optional.empty();
    Optional<String> firstName = Optional.empty();
    Optional<String> lastName = Optional.empty();
    Optional<String> email = Optional.empty();
    Optional<String> smsPhone = Optional.empty();
    Optional<String> homePhone = Optional.empty();
  }
}

package com.classtag.sync.internal;

import com.classtag.sync.source.Phone;
import com.classtag.sync.source.SourcePerson;
import java.util.List;

/**
 * A person's usable contact channels: a usable email, the first SMS-capable phone (login, SMS,
 * calls) and the first other phone (home phone, records only, never used to reach them).
 */
final class Channels {
  final String email;
  final String sms;
  final String home;

  private Channels(String email, String sms, String home) {
    this.email = email;
    this.sms = sms;
    this.home = home;
  }

  static Channels of(SourcePerson p, String[] smsTypes) {
    String sms = null;
    String home = null;
    List<Phone> phones = p.phones();
    for (int i = 0; i < phones.size(); i++) {
      Phone ph = phones.get(i);
      String n = Text.phone(ph.number());
      if (n == null) {
        continue;
      }
      if (sms == null && Text.containsIgnoreCase(smsTypes, Text.clean(ph.typeOrNull()))) {
        sms = n;
      } else if (home == null && !n.equals(sms)) {
        home = n;
      }
    }
    return new Channels(Text.email(p.emailOrNull()), sms, home);
  }

  /** Returns whether the person can be invited: a usable email or an SMS-capable phone. */
  boolean reachable() {
    return email != null || sms != null;
  }
}

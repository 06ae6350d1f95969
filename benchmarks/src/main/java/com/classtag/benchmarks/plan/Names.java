package com.classtag.benchmarks.plan;

import java.util.SplittableRandom;

/** Fictional given and family names for synthetic people. */
final class Names {
  private static final String[] FIRST = {
    "Maria", "Devon", "Aiden", "Sofia", "Liam", "Amara", "Noah", "Priya", "Mateo", "Chloé", "Ethan",
    "Zoë", "Lucas", "Aaliyah", "Mason", "Kai", "Leila", "Mei", "Yusuf", "Camila"
  };
  private static final String[] LAST = {
    "Gonzalez",
    "Okafor",
    "Whitfield",
    "Nakamura",
    "Nguyễn",
    "Smith",
    "Haddad",
    "Kowalski",
    "Muñoz",
    "Patel",
    "Öztürk",
    "Kim",
    "Osei",
    "Rossi",
    "Dubois",
    "Tanaka",
    "Mensah",
    "Silva",
    "Begay",
    "Quispe"
  };

  private Names() {}

  /** Returns a random given name. */
  static String first(SplittableRandom random) {
    return FIRST[random.nextInt(FIRST.length)];
  }

  /** Returns a random family name. */
  static String last(SplittableRandom random) {
    return LAST[random.nextInt(LAST.length)];
  }
}

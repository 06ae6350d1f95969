package com.classtag.benchmarks.data;

import java.text.Normalizer;
import java.util.SplittableRandom;

/**
 * Fictional words the generator draws from: given names and family names (some with non-ASCII
 * letters, so UTF-8 decoding is exercised as in real feeds), streets, cities, titles and
 * departments.
 */
final class Words {
  static final String[] FIRST = {
    "Maria",
    "Devon",
    "Aiden",
    "Sofia",
    "Liam",
    "Amara",
    "Noah",
    "Priya",
    "Mateo",
    "Chloé",
    "Ethan",
    "Zoë",
    "Lucas",
    "Aaliyah",
    "Mason",
    "Isabella",
    "Kai",
    "Leila",
    "Oliver",
    "Mei",
    "Elijah",
    "Fatima",
    "James",
    "Ngọc",
    "Benjamin",
    "Ava",
    "Santiago",
    "Hana",
    "Jordan",
    "Yusuf",
    "Camila",
    "Søren",
    "Emeka",
    "Grace",
    "José",
    "Nora",
    "Tariq",
    "Ingrid",
    "Rafael",
    "Aiyana"
  };
  static final String[] LAST = {
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
    "Johnson",
    "Öztürk",
    "Brown",
    "Kim",
    "Garcia",
    "Osei",
    "Martin",
    "Rossi",
    "Lee",
    "Fischer",
    "Dubois",
    "Hernández",
    "Ivanova",
    "Tanaka",
    "Walker",
    "Mensah",
    "Silva",
    "O'Brien",
    "Novak",
    "Chen",
    "Andersson",
    "Begay",
    "Delgado",
    "Yamamoto",
    "Abara",
    "Lindqvist",
    "Moreau",
    "Quispe",
    "Farouk",
    "Ziemann"
  };
  static final String[] FIRST_ASCII = ascii(FIRST);
  static final String[] LAST_ASCII = ascii(LAST);
  static final String[] STREETS = {
    "Alder St", "Maple Ave", "Birch Ln", "Cedar Ct", "Elm Dr", "Oak Way"
  };
  static final String[] CITIES = {"Springfield", "Riverton", "Lakeside", "Fairview", "Brookfield"};
  static final String[] STATES = {"OR", "WA", "CA", "NY", "TX", "IL"};
  static final String[] SUBJECT_NAMES = {
    "Math", "English", "Science", "History", "Spanish", "Art", "Music"
  };
  static final String[] DEPARTMENTS = {
    "Technology", "Counseling", "Front Office", "Special Education"
  };
  static final String[] STAFF_TITLES = {
    "Counselor", "Office Manager", "Instructional Coach", "Librarian"
  };

  private Words() {}

  /** Returns a random element. */
  static String pick(SplittableRandom random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  /** Returns {@code digits} random decimal digits. */
  static String digits(SplittableRandom random, int digits) {
    char[] out = new char[digits];
    for (int i = 0; i < digits; i++) {
      out[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(out);
  }

  /** Returns the ASCII-folded lower-case forms of names, for emails and usernames. */
  private static String[] ascii(String[] names) {
    String[] out = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = ascii(names[i]);
    }
    return out;
  }

  private static String ascii(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : Normalizer.normalize(name, Normalizer.Form.NFD).toCharArray()) {
      if (c < 128 && Character.isLetter(c)) {
        out.append(Character.toLowerCase(c));
      } else if (c == 'ø') {
        out.append('o');
      }
    }
    return out.toString();
  }
}

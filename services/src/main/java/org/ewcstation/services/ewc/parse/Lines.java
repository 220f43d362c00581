package org.ewcstation.services.ewc.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers. */
final class Lines {

  static final Pattern DASHES = Pattern.compile("^\\s*-{5,}[-\\s]*$");
  static final Pattern SPACES = Pattern.compile("\\s+");
  static final Pattern INT = Pattern.compile("\\d+");
  static final Pattern MAC = Pattern.compile("(?i)[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}");
  static final Pattern IMAGE_VERSION = Pattern.compile("\\d+\\.\\d+(\\.\\d+)+[A-Za-z0-9.]*");

  private Lines() {}

  /** Splits on any line ending; a missing final newline is fine. */
  static String[] split(String text) {
    if (text == null || text.isEmpty()) {
      return new String[0];
    }
    return text.split("\r\n|\r|\n", -1);
  }

  /** Whitespace-separated tokens of a line. */
  static List<String> tokens(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return List.of();
    }
    return new ArrayList<>(List.of(SPACES.split(s)));
  }

  static String join(List<String> tokens, int from, int to) {
    return from >= to ? "" : String.join(" ", tokens.subList(from, to));
  }

  /** The value after the first colon of {@code label : value}, stripped. */
  static String afterColon(String line) {
    int i = line.indexOf(':');
    return i < 0 ? "" : line.substring(i + 1).strip();
  }

  static boolean isInt(String s) {
    return INT.matcher(s).matches();
  }
}

package id.iga.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 4180 reader for the tests: records end with LF, a field is either plain (no comma, quote, CR or
 * LF) or enclosed in double quotes with its quotes doubled. Anything else fails the test.
 */
final class Rfc4180 {
  private Rfc4180() {}

  /**
   * @param text CSV text whose every record ends with LF
   * @return its records, each a list of fields
   */
  static List<List<String>> read(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && field.isEmpty()) {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new AssertionError("a quoted field is not closed: " + text);
          }
          char q = text.charAt(i++);
          if (q == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
        if (i >= text.length() || (text.charAt(i) != ',' && text.charAt(i) != '\n')) {
          throw new AssertionError("a quoted field goes on after its closing quote at " + i + ": " + text);
        }
        continue;
      }
      i++;
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else if (c == '"' || c == '\r') {
        throw new AssertionError("a plain field holds " + (c == '"' ? "a quote" : "a CR") + " at " + (i - 1) + ": "
            + text);
      } else {
        field.append(c);
      }
    }
    if (!record.isEmpty() || !field.isEmpty()) {
      throw new AssertionError("the last record does not end with LF: " + text);
    }
    return records;
  }
}

package id.iga.rubric;

/**
 * The kind of fact an indicator's level predicates test.
 *
 * @since 1.0
 */
public enum FactKind {
  /** A number in a unit: a count, a percentage, months, days. JSON: {@code {"value": 350}}. */
  QUANTITY,
  /** One code from the indicator's vocabulary: a document type, a BPK opinion. JSON: {@code {"category": "PERDA"}}. */
  CATEGORY,
  /** A set of codes from the vocabulary whose size is counted: information methods, budget years. JSON: {@code {"codes": ["WEB", "APP"]}}. */
  CODES,
  /** A number measured on one basis the region chooses (indicator 33). JSON: {@code {"basis": "persons", "value": 350}}. */
  MEASURE,
  /** No fact is known for this indicator's levels; it is answered by level only. JSON: {@code {"level": 2}}. */
  NONE
}

/**
 * IGA core: the rubric model, the exact IID scoring engine, JSON in and out, and the rubric-year SPI. Rubric years
 * arrive through {@link java.util.ServiceLoader} as {@link id.iga.rubric.RubricProvider} implementations.
 */
module id.iga.core {
  requires com.fasterxml.jackson.core;

  exports id.iga;
  exports id.iga.years;
  exports id.iga.rubric;
  exports id.iga.submission;
  exports id.iga.score;
  exports id.iga.json;
  exports id.iga.generate;
  exports id.iga.bulk;
  exports id.iga.plan;
  exports id.iga.compare;
  exports id.iga.rank;
  exports id.iga.report;
  exports id.iga.csv;
  exports id.iga.calibrate;
  exports id.iga.uncertainty;

  uses id.iga.rubric.RubricProvider;
}

/** A consumer on the module path: it reads the core's exported API and finds the rubric years as services. */
module app {
  requires id.iga.core;

  uses id.iga.rubric.RubricProvider;
}

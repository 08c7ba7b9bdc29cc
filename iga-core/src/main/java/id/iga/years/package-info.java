/**
 * The facade in front of the rubric years: {@link id.iga.years.Rubrics} finds the years served by
 * {@link id.iga.rubric.RubricProvider}s at run time through {@link java.util.ServiceLoader}, loads each once, and keeps
 * one scorer per year; {@link id.iga.years.RubricRegistry} does the same for a set of providers of one's own. This
 * package sits above the model, the engine and the JSON package, and nothing in the library depends on it.
 */
@ParametersAreNonnullByDefault
package id.iga.years;

import javax.annotation.ParametersAreNonnullByDefault;

/** PLACEHOLDER_DOC */
@ParametersAreNonnullByDefault
package id.iga.rubric;

import javax.annotation.ParametersAreNonnullByDefault;

/** PLACEHOLDER_DOC */
@ParametersAreNonnullByDefault
package id.iga.submission;

import javax.annotation.ParametersAreNonnullByDefault;

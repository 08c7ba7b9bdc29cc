/** PLACEHOLDER_DOC */
@ParametersAreNonnullByDefault
package id.iga.json;

import javax.annotation.ParametersAreNonnullByDefault;

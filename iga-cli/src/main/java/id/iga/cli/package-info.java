/**
 * The {@code iga} command line: it parses arguments (picocli, each command and option declared once), calls the library
 * and formats its results. Every number it prints is computed by iga-core. What people read is in Bahasa Indonesia or
 * English ({@link id.iga.cli.Language}), from the catalogues {@code id/iga/cli/messages*.properties}; JSON and CSV are
 * the library's writers, the same in both.
 */
@ParametersAreNonnullByDefault
package id.iga.cli;

import javax.annotation.ParametersAreNonnullByDefault;

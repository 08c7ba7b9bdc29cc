/**
 * What a region sends for an assessment year: its region answers (SPD), its innovations and their
 * answers, each answer a level or a fact, with evidence and the verifier's decision.
 */
@ParametersAreNonnullByDefault
package id.iga.submission;

import javax.annotation.ParametersAreNonnullByDefault;

package id.iga.rubric;

/**
 * A fact a rubric assumes: a parameter, band or indicator whose status is {@link Status#ASSUMED}. Every result scored
 * with the rubric lists them.
 *
 * @param subject what is assumed ({@code divisorFloor}, {@code band INOVATIF}, {@code indicator 16})
 * @param value the assumed value, in words
 * @param source where it was carried from
 */
public record Assumption(String subject, String value, String source) {}

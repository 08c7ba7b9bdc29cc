package id.iga.rubric;

/**
 * A parameter a derived rubric changed against the published one (a sensitivity study's what-if).
 *
 * @param name the parameter's name ({@link Parameters#DIVISOR_FLOOR}, {@code band.INOVATIF}, ...)
 * @param published the published value, in words
 * @param value the value used instead, in words
 *
 * @since 1.0
 */
public record ParameterOverride(String name, String published, String value) {}

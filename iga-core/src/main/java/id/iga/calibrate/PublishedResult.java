package id.iga.calibrate;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.rubric.Predikat;
import id.iga.submission.Region;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One published result: a region's IID (or another published score) for one assessment year, as a decree, a regional
 * government or the press printed it, with its source. Only what the source states is filled in; every other
 * component is null.
 *
 * @param region the region, as the source names it
 * @param year the assessment year
 * @param score the published figure exactly as printed, decimals kept ({@code 67.8} is not {@code 67.80}), or null
 * @param scale what {@code score} measures
 * @param predikat the published predikat, or null
 * @param rank the published rank, or null
 * @param innovations the published number of innovations, as the source distinguishes them
 * @param maturityMean the published mean maturity, or null
 * @param publication how final the figure is
 * @param source where it was published (an address a reviewer can open)
 * @param note what else the source says, in words (empty when nothing)
 *
 * @since 1.0
 */
public record PublishedResult(Region region, int year, @Nullable BigDecimal score, Scale scale,
    @Nullable Predikat predikat, @Nullable Rank rank, Innovations innovations, @Nullable BigDecimal maturityMean,
    Publication publication, String source, String note) {

  /** What a published score measures. */
  public enum Scale {
    /** The IID on its 0..100 scale (2021 onwards). */
    INDEX,
    /** The raw, pre-2021 scale, not comparable with the IID. */
    RAW,
    /** An IGA jury score, which is not the IID. */
    AWARD
  }

  /** How final a published figure is. */
  public enum Publication {
    /** The figure of the minister's decree. */
    FINAL,
    /** A figure published before the decree (at field validation, say). */
    PROVISIONAL,
    /** A figure in a brief not checked against the decree. */
    UNVERIFIED,
    /** No result, only a count of innovations. */
    COUNT_ONLY
  }

  /**
   * A published rank.
   *
   * @param position the position, 1 for the first
   * @param among among whom, in the source's words ({@code 93 kota}, {@code 415 kabupaten})
   */
  public record Rank(int position, String among) {
    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param position the position, 1 for the first
     * @param among among whom, in the source's words
     */
    public Rank {
      Objects.requireNonNull(among, "among");
      if (position < 1) {
        throw new IgaException(Message.of("calibrate.rank.position", position));
      }
    }
  }

  /**
   * The number of innovations a source publishes. A source may give the innovations sent and those accepted in
   * verification, or one count without saying which ({@code unspecified}); the rubric's n counts those sent.
   *
   * @param sent the innovations sent, or null
   * @param accepted the innovations accepted in verification, or null
   * @param unspecified a count the source gives without saying whether sent or accepted, or null
   */
  public record Innovations(@Nullable Integer sent, @Nullable Integer accepted, @Nullable Integer unspecified) {
    /** No count published. */
    public static final Innovations NONE = new Innovations(null, null, null);

    /**
     * Checks the components, as the type's documentation describes them.
     *
     * @param sent the innovations sent, or null
     * @param accepted the innovations accepted in verification, or null
     * @param unspecified a count the source gives without saying which, or null
     */
    public Innovations {
      for (Integer n : new Integer[] {sent, accepted, unspecified}) {
        if (n != null && n < 0) {
          throw new IgaException(Message.of("calibrate.innovations.negative", n));
        }
      }
      if (unspecified != null && (sent != null || accepted != null)) {
        throw new IgaException(Message.of("calibrate.innovations.unspecifiedAlone"));
      }
      if (sent != null && accepted != null && accepted > sent) {
        throw new IgaException(Message.of("calibrate.innovations.moreAccepted", accepted, sent));
      }
    }

    /** @return whether the source gives no count */
    public boolean none() {
      return sent == null && accepted == null && unspecified == null;
    }
  }

  /**
   * Checks the components, as the type's documentation describes them.
   *
   * @param region the region, as the source names it
   * @param year the assessment year
   * @param score the published figure exactly as printed, or null
   * @param scale what {@code score} measures
   * @param predikat the published predikat, or null
   * @param rank the published rank, or null
   * @param innovations the published number of innovations
   * @param maturityMean the published mean maturity, or null
   * @param publication how final the figure is
   * @param source where it was published
   * @param note what else the source says (empty when nothing)
   */
  public PublishedResult {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(innovations, "innovations");
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    if (source.isBlank()) {
      throw new IgaException(Message.of("calibrate.result.noSource"));
    }
    if (score != null && score.signum() < 0) {
      throw new IgaException(Message.of("calibrate.result.negativeScore", score));
    }
    if (scale == Scale.INDEX && score != null && score.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IgaException(Message.of("calibrate.result.iidAbove100", score));
    }
  }

  /** @return a label for messages: the region's name and the year ({@code Kabupaten Tegal 2024}) */
  public String label() {
    return region.name() + " " + year;
  }
}

package id.iga.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.iga.IgaException;
import id.iga.Message;
import id.iga.calibrate.Calibration.Check;
import id.iga.calibrate.Calibration.Verdict;
import id.iga.calibrate.PublishedResult.Innovations;
import id.iga.calibrate.PublishedResult.Publication;
import id.iga.calibrate.PublishedResult.Scale;
import id.iga.rubric.Predikat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javax.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Why a published result was not checked, and what a published result cannot be, in Bahasa Indonesia, with the key
 * and arguments an embedding application would use; the English reason stays what the JSON of a calibration writes.
 */
class CalibrationMessagesSpec {
  private static final Locale ID = Message.INDONESIAN;
  /** The coarse rubric of {@link CalibrationSpec}, whose maximum total is 100. */
  private static final Calibration CALIBRATION = CalibrationSpec.CALIBRATION;

  private static PublishedResult row(@Nullable String score, Scale scale, @Nullable Predikat predikat,
      Innovations innovations) {
    return new PublishedResult(CalibrationSpec.REGION, 2024, score == null ? null : new BigDecimal(score), scale, predikat, null,
        innovations, null, Publication.FINAL, "https://example.org", "");
  }

  @Test
  void aPredikatTheRubricReadsOtherwiseIsTheReasonOfTheMismatch() {
    Check c = CALIBRATION.check(row("41.5", Scale.INDEX, Predikat.SANGAT_INOVATIF, Innovations.NONE));
    assertEquals(Verdict.INCONSISTENT, c.verdict());
    assertEquals("menurut rubrik, IID 41,5 berpredikat INOVATIF, bukan SANGAT_INOVATIF", c.reason(ID));
    assertEquals("the rubric reads 41.5 as INOVATIF, not SANGAT_INOVATIF", c.reason());
    assertEquals(Message.of("calibrate.reason.predikatDiffers", new BigDecimal("41.5"), "INOVATIF", "SANGAT_INOVATIF"),
        c.reasonMessage());
  }

  @Test
  void aRowNotCheckedSaysWhyInEitherLanguage() {
    Check raw = CALIBRATION.check(row("74400", Scale.RAW, null, Innovations.NONE));
    assertEquals(Verdict.NOT_CHECKED, raw.verdict());
    assertEquals("skor yang dipublikasikan tidak berada pada skala IID 0..100 (RAW)", raw.reason(ID));
    assertEquals("the published score is not on the IID's 0..100 scale (RAW)", raw.reason());
    assertEquals(Message.of("calibrate.reason.otherScale", "RAW"), raw.reasonMessage());
    assertEquals("jumlah inovasi tidak dipublikasikan; predikatnya sesuai dengan rentang nilai predikat rubrik",
        CALIBRATION.check(row("41", Scale.INDEX, Predikat.INOVATIF, Innovations.NONE)).reason(ID));
    assertEquals("IID yang dipublikasikan, 41,005, memiliki lebih dari 2 desimal yang dilaporkan rubrik",
        CALIBRATION.check(row("41.005", Scale.INDEX, null, new Innovations(1, null, null))).reason(ID));
  }

  @Test
  void aRowTheRubricCheckedHasNoReason() {
    Check c = CALIBRATION.check(row("41", Scale.INDEX, null, new Innovations(1, null, null)));
    assertEquals(Verdict.CONSISTENT, c.verdict());
    assertEquals(null, c.reasonMessage());
    assertEquals(List.of("", ""), List.of(c.reason(), c.reason(ID)));
  }

  @Test
  void morePublishedAcceptedThanSentIsRefused() {
    IgaException e = assertThrows(IgaException.class, () -> new Innovations(3, 5, null));
    assertEquals("inovasi yang diterima (5) lebih banyak daripada inovasi yang dikirim (3)", e.message(ID));
    assertEquals("calibrate.innovations.moreAccepted", e.key());
    assertEquals(List.of(5, 3), e.arguments());
  }

  @Test
  void anIidAboveHundredIsRefusedWithTheDecimalComma() {
    IgaException e = assertThrows(IgaException.class, () -> row("100.5", Scale.INDEX, null, Innovations.NONE));
    assertEquals("IID paling besar 100, bukan 100,5", e.message(ID));
    assertEquals("calibrate.result.iidAbove100", e.key());
    assertEquals(List.of(new BigDecimal("100.5")), e.arguments());
    assertEquals("an IID is at most 100, not 100.5", e.getMessage());
  }
}

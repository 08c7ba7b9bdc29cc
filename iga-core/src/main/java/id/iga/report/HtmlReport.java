package id.iga.report;

import id.iga.Message;
import id.iga.compare.DatasetComparison;
import id.iga.rubric.Assumption;
import id.iga.rubric.Band;
import id.iga.rubric.ParameterOverride;
import id.iga.rubric.Predikat;
import id.iga.rubric.Rubric;
import id.iga.score.Mode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders {@link ReportData} as one self-contained HTML file: inline CSS and inline SVG, no script, no font, image
 * or style sheet fetched from anywhere, so it opens the same offline, in a mail attachment or in a headless browser.
 *
 * <p>The page shows the predikat counts and mean IID per year; for each year the IID distribution as a histogram with
 * the band edges drawn, and the top and bottom ten regions (every region, ranked, when there are at most twenty); the
 * predikat flows from each year to the next with the regions whose predikat changes; and the rubrics' assumptions and
 * overrides. Every number the library computed carries a
 * {@code data-key} attribute naming it ({@code count/2024/INOVATIF}, {@code mean/2024}, {@code bin/2024/8},
 * {@code top/2024/1}, {@code flow/2024/2026/INOVATIF/SANGAT_INOVATIF}, ...), so tools and tests can read the page
 * back. Text from the data (region names, sources) is escaped. The output depends only on the data and the language:
 * rendering the same data twice gives the same bytes.
 *
 * <h2>Languages</h2>
 * The page is written in English ({@link #render(ReportData, String)}) or in Bahasa Indonesia
 * ({@link #render(ReportData, String, Locale)} with an {@code id} locale): its words come from the message catalogue
 * of this package (keys {@code report.page.*}), its decimals are written with the language's separator
 * ({@code 72.00}, {@code 72,00}) and the document says its language ({@code <html lang="id">}). Predikat names are
 * Indonesian in both. What a machine reads does not change with the language: the element ids, CSS classes and
 * {@code data-key} attributes are the same, and so is every drawing coordinate; only the text of a keyed element
 * follows the language, so a tool that reads decimals back from an Indonesian page reads them with a comma. Texts the
 * report takes from elsewhere keep their own language: region names and codes, rubric titles, assumption subjects,
 * the settings of a what-if, and (for now, in English) why a region was not scored and why a rubric is not the
 * shipped one.
 *
 * @since 1.0
 */
public final class HtmlReport {
  private static final Map<Predikat, String> COLOR = new EnumMap<>(Map.of(
      Predikat.SANGAT_INOVATIF, "#1a7f4b",
      Predikat.INOVATIF, "#2f6fd6",
      Predikat.KURANG_INOVATIF, "#d99a1c",
      Predikat.TIDAK_DAPAT_DINILAI, "#8a939e"));
  private static final Map<Predikat, String> TINT = new EnumMap<>(Map.of(
      Predikat.SANGAT_INOVATIF, "#e3f4ea",
      Predikat.INOVATIF, "#e6eefb",
      Predikat.KURANG_INOVATIF, "#fbf1dc",
      Predikat.TIDAK_DAPAT_DINILAI, "#eef0f2"));

  // Histogram geometry, in SVG user units: 7 units per IID point, so every band edge falls on an exact coordinate.
  private static final int H_LEFT = 48;
  private static final int H_UNIT = 7;
  private static final int H_TOP = 30;
  private static final int H_PLOT = 220;
  private static final int H_WIDTH = H_LEFT + 100 * H_UNIT + 20;
  private static final int H_HEIGHT = H_TOP + H_PLOT + 46;

  // Flow diagram geometry.
  private static final int F_WIDTH = 768;
  private static final int F_TOP = 34;
  private static final int F_PLOT = 260;
  private static final int F_GAP = 12;
  private static final int F_NODE = 16;
  private static final int F_LEFT = 200;
  private static final int F_RIGHT = F_WIDTH - 200 - F_NODE;

  /** The page being written. */
  private final StringBuilder b = new StringBuilder(64 * 1024);
  /** The language of its words and decimals. */
  private final Locale locale;

  private HtmlReport(Locale locale) {
    this.locale = locale;
  }

  /**
   * The report in English.
   *
   * @param data the report's data
   * @param source the name of the dataset, shown in the title
   * @return the whole HTML document
   */
  public static String render(ReportData data, String source) {
    return render(data, source, Locale.ENGLISH);
  }

  /**
   * The report in a language: headings, labels, legends, tooltips and notes in its words, decimals with its separator
   * ({@code 54,32} in Indonesian), {@code <html lang="id">} or {@code lang="en"}. The {@code data-key} attributes,
   * element ids and classes are the same in both languages.
   *
   * @param data the report's data
   * @param source the name of the dataset, shown in the title
   * @param locale the language: Indonesian for an {@code id} locale, English otherwise
   * @return the whole HTML document
   */
  public static String render(ReportData data, String source, Locale locale) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(source, "source");
    return new HtmlReport(Objects.requireNonNull(locale, "locale")).page(data, source);
  }

  private String page(ReportData data, String source) {
    List<ReportData.Year> years = data.years();
    String yearsText = String.join(" · ", years.stream().map(y -> String.valueOf(y.year())).toList());
    b.append("<!DOCTYPE html>\n<html lang=\"").append(Message.isIndonesian(locale) ? "id" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(msg("report.page.title", esc(yearsText), esc(source)))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    b.append("<header>\n<p class=\"kicker\">").append(msg("report.page.kicker")).append("</p>\n<h1>")
        .append(esc(source)).append("</h1>\n<p class=\"sub\">")
        .append(msg("report.page.subtitle", "<span data-key=\"regions\">" + data.regions() + "</span>",
            data.mode() == Mode.CLAIMED ? msg("report.page.claimed") : msg("report.page.verified"),
            years.size() == 1 ? msg("report.page.rubricYear", esc(yearsText))
                : msg("report.page.rubricYears", esc(yearsText))))
        .append("</p>\n</header>\n");
    summary(data);
    for (ReportData.Year y : years) {
      year(y);
    }
    for (int i = 0; i + 1 < years.size(); i++) {
      flows(data, years.get(i), years.get(i + 1));
    }
    notes(data);
    b.append("<footer>").append(msg("report.page.footer")).append("</footer>\n");
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  // ------------------------------------------------------------------------------------------------------ summary

  private void summary(ReportData data) {
    b.append("<section id=\"summary\">\n<h2>").append(msg("report.page.summary"))
        .append("</h2>\n<div class=\"cards\">\n");
    for (ReportData.Year y : data.years()) {
      Map<Predikat, Integer> counts = y.counts();
      int scored = y.entries().size();
      b.append("<div class=\"card\">\n<div class=\"card-year\">").append(y.year()).append("</div>\n")
          .append("<div class=\"card-mean\"><span data-key=\"mean/").append(y.year()).append("\">")
          .append(y.meanIid().map(this::dec).orElse("&ndash;"))
          .append("</span><small>").append(msg("report.page.meanIidShort")).append("</small></div>\n");
      b.append("<svg class=\"stack\" viewBox=\"0 0 1000 18\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
          .append(msg("report.page.shares", y.year())).append("\">");
      long x = 0;
      for (Map.Entry<Predikat, Integer> e : counts.entrySet()) {
        if (e.getValue() == 0 || scored == 0) {
          continue;
        }
        long w = 1000L * e.getValue();
        b.append("<rect x=\"").append(num(frac(x, scored))).append("\" y=\"0\" width=\"")
            .append(num(frac(w, scored))).append("\" height=\"18\" fill=\"").append(COLOR.get(e.getKey()))
            .append("\"><title>").append(esc(e.getKey().label())).append(": ").append(e.getValue())
            .append("</title></rect>");
        x += w;
      }
      b.append("</svg>\n<div class=\"card-foot\">")
          .append(msg("report.page.scored", "<span data-key=\"scored/" + y.year() + "\">" + scored + "</span>"));
      if (!y.notScored().isEmpty()) {
        b.append(" &middot; <span class=\"warn\">").append(msg("report.page.notScoredCount", y.notScored().size()))
            .append("</span>");
      }
      b.append("</div>\n</div>\n");
    }
    b.append("</div>\n<table class=\"grid\">\n<thead><tr><th>").append(msg("report.page.predikat")).append("</th>");
    for (ReportData.Year y : data.years()) {
      b.append("<th class=\"num\">").append(y.year()).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Predikat p : Predikat.values()) {
      if (data.years().stream().noneMatch(y -> y.counts().containsKey(p))) {
        continue;
      }
      b.append("<tr><td>").append(swatch(p)).append(esc(p.label())).append("</td>");
      for (ReportData.Year y : data.years()) {
        Integer n = y.counts().get(p);
        b.append("<td class=\"num\"");
        if (n != null) {
          b.append(" data-key=\"count/").append(y.year()).append('/').append(p.name()).append("\">").append(n);
        } else {
          b.append(">&ndash;");
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("<tr class=\"sum\"><td>").append(msg("report.page.meanIid")).append("</td>");
    for (ReportData.Year y : data.years()) {
      b.append("<td class=\"num\">").append(y.meanIid().map(this::dec).orElse("&ndash;")).append("</td>");
    }
    b.append("</tr>\n<tr><td>").append(msg("report.page.notScored")).append("</td>");
    for (ReportData.Year y : data.years()) {
      b.append("<td class=\"num\" data-key=\"notScored/").append(y.year()).append("\">").append(y.notScored().size())
          .append("</td>");
    }
    b.append("</tr>\n</tbody>\n</table>\n</section>\n");
  }

  // --------------------------------------------------------------------------------------------------------- year

  private void year(ReportData.Year y) {
    int year = y.year();
    b.append("<section class=\"year\" id=\"year-").append(year).append("\">\n<h2>")
        .append(msg("report.page.distribution", year)).append("</h2>\n");
    histogram(y);
    b.append("<p class=\"legend\">");
    for (Band band : y.rubric().bands()) {
      b.append("<span>").append(swatch(band.predikat())).append(esc(band.predikat().label())).append(" ")
          .append(dec(band.lower())).append("&ndash;").append(dec(band.upper())).append("</span>");
    }
    b.append("</p>\n");
    b.append("<p class=\"certainty\">").append(msg("report.page.uncertain",
        "<span data-key=\"uncertain/" + year + "\">" + y.uncertain() + "</span>", y.entries().size()));
    if (y.rubric().alternatives().isEmpty()) {
      b.append(' ').append(msg("report.page.noAlternatives"));
    }
    b.append("</p>\n");
    if (y.entries().size() <= 2 * ReportData.EXTREMES) {
      // Few regions: one table of them all, rather than a top and a bottom that repeat each other.
      extremes(y, "top", msg("report.page.allRanked", y.entries().size()), y.entries());
    } else {
      b.append("<div class=\"two\">\n");
      extremes(y, "top", msg("report.page.top", y.top().size()), y.top());
      extremes(y, "bottom", msg("report.page.bottom", y.bottom().size()), y.bottom());
      b.append("</div>\n");
    }
    b.append("</section>\n");
  }

  private void histogram(ReportData.Year y) {
    int year = y.year();
    List<ReportData.Bin> bins = y.histogram();
    int max = 1;
    for (ReportData.Bin bin : bins) {
      max = Math.max(max, bin.regions());
    }
    int step = tickStep(max);
    int top = ((max + step - 1) / step) * step;
    b.append("<svg class=\"hist\" viewBox=\"0 0 ").append(H_WIDTH).append(' ').append(H_HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(msg("report.page.histogram", year)).append("\">\n");
    // Band backgrounds: each band from its lower edge to the next band's lower edge (100 for the top band).
    BigDecimal upper = BigDecimal.valueOf(100);
    for (Band band : y.rubric().bands()) {
      BigDecimal x0 = x(band.lower());
      BigDecimal x1 = x(upper);
      if (x1.compareTo(x0) > 0) {
        b.append("<rect x=\"").append(num(x0)).append("\" y=\"").append(H_TOP).append("\" width=\"")
            .append(num(x1.subtract(x0))).append("\" height=\"").append(H_PLOT).append("\" fill=\"")
            .append(TINT.get(band.predikat())).append("\"/>\n");
      }
      upper = band.lower();
    }
    // Grid and y axis.
    for (int v = 0; v <= top; v += step) {
      BigDecimal gy = yOf(v, top);
      b.append("<line class=\"grid\" x1=\"").append(H_LEFT).append("\" x2=\"").append(H_LEFT + 100 * H_UNIT)
          .append("\" y1=\"").append(num(gy)).append("\" y2=\"").append(num(gy)).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(H_LEFT - 6).append("\" y=\"").append(num(gy.add(
              BigDecimal.valueOf(4)))).append("\" text-anchor=\"end\">").append(v).append("</text>\n");
    }
    // Bars, with their counts.
    for (int i = 0; i < bins.size(); i++) {
      ReportData.Bin bin = bins.get(i);
      // bins are as wide as their range (a bin cut at a band edge is narrower), never under 3 units
      BigDecimal x0 = x(bin.from()).add(BigDecimal.ONE);
      BigDecimal w = x(bin.to()).subtract(x(bin.from())).subtract(BigDecimal.valueOf(2))
          .max(BigDecimal.valueOf(3));
      BigDecimal by = yOf(bin.regions(), top);
      BigDecimal h = BigDecimal.valueOf(H_TOP + H_PLOT).subtract(by);
      String range = dec(bin.from()) + (i == bins.size() - 1 ? "&ndash;" : "&ndash;&lt;") + dec(bin.to());
      b.append("<rect class=\"bar\" x=\"").append(num(x0)).append("\" y=\"").append(num(by)).append("\" width=\"")
          .append(num(w)).append("\" height=\"").append(num(h)).append("\"><title>")
          .append(msg("report.page.bin", range, bin.regions())).append("</title></rect>");
      b.append("<text class=\"count\" x=\"").append(num(x0.add(w.divide(BigDecimal.valueOf(2))))).append("\" y=\"")
          .append(num(by.subtract(BigDecimal.valueOf(4)))).append("\" text-anchor=\"middle\" data-key=\"bin/")
          .append(year).append('/').append(i).append("\">").append(bin.regions() == 0 ? "" : bin.regions())
          .append("</text>\n");
    }
    // Band edges.
    for (BigDecimal edge : y.bandEdges()) {
      BigDecimal ex = x(edge);
      boolean low = edge.compareTo(BigDecimal.valueOf(3)) < 0;
      b.append("<line class=\"edge\" x1=\"").append(num(ex)).append("\" x2=\"").append(num(ex)).append("\" y1=\"")
          .append(H_TOP - 10).append("\" y2=\"").append(H_TOP + H_PLOT).append("\"/>")
          .append("<text class=\"edge-label\" x=\"").append(num(low ? ex.add(BigDecimal.valueOf(4)) : ex))
          .append("\" y=\"").append(H_TOP - 14).append("\" text-anchor=\"").append(low ? "start" : "middle")
          .append("\" data-key=\"edge/").append(year).append('/').append(edge.toPlainString()).append("\">")
          .append(dec(edge)).append("</text>\n");
    }
    // X axis.
    int base = H_TOP + H_PLOT;
    b.append("<line class=\"axis\" x1=\"").append(H_LEFT).append("\" x2=\"").append(H_LEFT + 100 * H_UNIT)
        .append("\" y1=\"").append(base).append("\" y2=\"").append(base).append("\"/>\n");
    for (int v = 0; v <= 100; v += 10) {
      int tx = H_LEFT + v * H_UNIT;
      b.append("<text class=\"tick\" x=\"").append(tx).append("\" y=\"").append(base + 18)
          .append("\" text-anchor=\"middle\">").append(v).append("</text>");
    }
    b.append("\n<text class=\"axis-label\" x=\"").append(H_LEFT + 50 * H_UNIT).append("\" y=\"").append(base + 40)
        .append("\" text-anchor=\"middle\">").append(msg("report.page.axisIid", ReportData.BIN_WIDTH))
        .append("</text>\n<text class=\"axis-label\" x=\"14\" y=\"").append(H_TOP + H_PLOT / 2)
        .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ").append(H_TOP + H_PLOT / 2)
        .append(")\">").append(msg("report.page.axisRegions")).append("</text>\n</svg>\n");
  }

  private void extremes(ReportData.Year y, String key, String title, List<ReportData.Entry> entries) {
    b.append("<div>\n<h3>").append(title).append("</h3>\n<table class=\"grid\">\n<thead><tr><th class=\"num\">")
        .append(msg("report.page.rank")).append("</th><th>").append(msg("report.page.region"))
        .append("</th><th class=\"num\">").append(msg("report.page.iid")).append("</th><th>")
        .append(msg("report.page.predikat")).append("</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < entries.size(); i++) {
      ReportData.Entry e = entries.get(i);
      String k = key + "/" + y.year() + "/" + (i + 1);
      b.append("<tr><td class=\"num\" data-key=\"").append(k).append("/rank\">").append(e.rank())
          .append("</td><td><span class=\"code\" data-key=\"").append(k).append("/code\">")
          .append(esc(e.region().code()))
          .append("</span> ").append(esc(e.region().name())).append("</td><td class=\"num\" data-key=\"").append(k)
          .append("/iid\">").append(dec(e.iid())).append("</td><td class=\"nowrap\">")
          .append(swatch(e.predikat())).append(esc(e.predikat().label()));
      if (!e.certain()) {
        b.append(" <span class=\"unsure\" data-key=\"").append(k).append("/unsure\" title=\"")
            .append(msg("report.page.unsure")).append("\">?</span>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</div>\n");
  }

  // -------------------------------------------------------------------------------------------------------- flows

  private void flows(ReportData data, ReportData.Year from, ReportData.Year to) {
    int a = from.year();
    int z = to.year();
    List<DatasetComparison.Flow> flows = data.comparison().flows(a, z);
    b.append("<section class=\"flows\" id=\"flows-").append(a).append('-').append(z).append("\">\n<h2>")
        .append(msg("report.page.flows", a, z)).append("</h2>\n");
    int total = flows.stream().mapToInt(DatasetComparison.Flow::regions).sum();
    if (total == 0) {
      b.append("<p>").append(msg("report.page.noFlow")).append("</p>\n</section>\n");
      return;
    }
    sankey(flows, total, a, z);
    List<Predikat> rows = present(from.rubric(), to.rubric());
    b.append("<table class=\"grid matrix\">\n<thead><tr><th>").append(a).append(" &rarr; ").append(z).append("</th>");
    for (Predikat p : rows) {
      b.append("<th class=\"num\">").append(esc(p.label())).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (Predikat p : rows) {
      b.append("<tr><td>").append(swatch(p)).append(esc(p.label())).append("</td>");
      for (Predikat q : rows) {
        int n = 0;
        for (DatasetComparison.Flow f : flows) {
          if (f.from() == p && f.to() == q) {
            n = f.regions();
          }
        }
        b.append("<td class=\"num").append(p == q ? " same" : n > 0 ? " moved" : "").append("\" data-key=\"flow/")
            .append(a).append('/').append(z).append('/').append(p.name()).append('/').append(q.name()).append("\">")
            .append(n).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    List<DatasetComparison.RegionYears> changed = new ArrayList<>();
    for (DatasetComparison.RegionYears r : data.comparison().regions()) {
      Optional<Predikat> p = r.in(a);
      Optional<Predikat> q = r.in(z);
      if (p.isPresent() && q.isPresent() && p.get() != q.get()) {
        changed.add(r);
      }
    }
    b.append("<details").append(changed.size() <= 12 ? " open" : "").append(">\n<summary>")
        .append(msg("report.page.changed", "<span data-key=\"changed/" + a + "/" + z + "\">" + changed.size()
            + "</span>"))
        .append("</summary>\n");
    if (!changed.isEmpty()) {
      b.append("<table class=\"grid\">\n<thead><tr><th>").append(msg("report.page.region")).append("</th><th>")
          .append(a).append("</th><th>").append(z).append("</th></tr></thead>\n<tbody>\n");
      for (DatasetComparison.RegionYears r : changed) {
        b.append("<tr><td><span class=\"code\">").append(esc(r.region().code())).append("</span> ")
            .append(esc(r.region().name())).append("</td><td>").append(swatch(r.in(a).orElseThrow()))
            .append(esc(r.in(a).orElseThrow().label())).append("</td><td>").append(swatch(r.in(z).orElseThrow()))
            .append(esc(r.in(z).orElseThrow().label())).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }
    b.append("</details>\n</section>\n");
  }

  private void sankey(List<DatasetComparison.Flow> flows, int total, int a, int z) {
    Map<Predikat, Integer> left = new EnumMap<>(Predikat.class);
    Map<Predikat, Integer> right = new EnumMap<>(Predikat.class);
    for (DatasetComparison.Flow f : flows) {
      left.merge(f.from(), f.regions(), Integer::sum);
      right.merge(f.to(), f.regions(), Integer::sum);
    }
    int gaps = Math.max(left.size(), right.size()) - 1;
    // Units per region, as an exact fraction: (plot - gaps) / total.
    long room = F_PLOT - (long) gaps * F_GAP;
    Map<Predikat, BigDecimal> leftY = stack(left, room, total);
    Map<Predikat, BigDecimal> rightY = stack(right, room, total);
    int height = F_TOP + F_PLOT + 16;
    b.append("<svg class=\"sankey\" viewBox=\"0 0 ").append(F_WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(msg("report.page.flowsLabel", a, z)).append("\">\n");
    b.append("<text class=\"col\" x=\"").append(F_LEFT + F_NODE / 2).append("\" y=\"").append(F_TOP - 14)
        .append("\" text-anchor=\"middle\">").append(a).append("</text><text class=\"col\" x=\"")
        .append(F_RIGHT + F_NODE / 2).append("\" y=\"").append(F_TOP - 14).append("\" text-anchor=\"middle\">")
        .append(z).append("</text>\n");
    Map<Predikat, BigDecimal> outUsed = new EnumMap<>(leftY);
    Map<Predikat, BigDecimal> inUsed = new EnumMap<>(rightY);
    // Ribbons in source order, each source's ribbons in target order, so that no two cross within a node.
    List<DatasetComparison.Flow> byTarget = new ArrayList<>(flows);
    byTarget.sort((f, g) -> f.to() != g.to() ? f.to().compareTo(g.to()) : f.from().compareTo(g.from()));
    Map<DatasetComparison.Flow, BigDecimal> targetY = new HashMap<>();
    for (DatasetComparison.Flow f : byTarget) {
      BigDecimal y0 = inUsed.get(f.to());
      targetY.put(f, y0);
      inUsed.put(f.to(), y0.add(frac(room * f.regions(), total)));
    }
    BigDecimal lx = BigDecimal.valueOf(F_LEFT + F_NODE);
    BigDecimal rx = BigDecimal.valueOf(F_RIGHT);
    BigDecimal mid = BigDecimal.valueOf((F_LEFT + F_NODE + F_RIGHT) / 2);
    for (DatasetComparison.Flow f : flows) {
      BigDecimal h = frac(room * f.regions(), total);
      BigDecimal s0 = outUsed.get(f.from());
      outUsed.put(f.from(), s0.add(h));
      BigDecimal t0 = targetY.get(f);
      BigDecimal s1 = s0.add(h);
      BigDecimal t1 = t0.add(h);
      b.append("<path class=\"ribbon").append(f.from() == f.to() ? "" : " moved").append("\" fill=\"")
          .append(COLOR.get(f.from())).append("\" d=\"M").append(num(lx)).append(',').append(num(s0))
          .append(" C").append(num(mid)).append(',').append(num(s0)).append(' ').append(num(mid)).append(',')
          .append(num(t0)).append(' ').append(num(rx)).append(',').append(num(t0)).append(" L").append(num(rx))
          .append(',').append(num(t1)).append(" C").append(num(mid)).append(',').append(num(t1)).append(' ')
          .append(num(mid)).append(',').append(num(s1)).append(' ').append(num(lx)).append(',').append(num(s1))
          .append(" Z\"><title>")
          .append(msg("report.page.flow", esc(f.from().label()), esc(f.to().label()), f.regions()))
          .append("</title></path>\n");
    }
    nodes(left, leftY, room, total, F_LEFT, true);
    nodes(right, rightY, room, total, F_RIGHT, false);
    b.append("</svg>\n");
  }

  private static Map<Predikat, BigDecimal> stack(Map<Predikat, Integer> counts, long room, int total) {
    Map<Predikat, BigDecimal> y = new EnumMap<>(Predikat.class);
    BigDecimal at = BigDecimal.valueOf(F_TOP);
    for (Map.Entry<Predikat, Integer> e : counts.entrySet()) {
      y.put(e.getKey(), at);
      at = at.add(frac(room * e.getValue(), total)).add(BigDecimal.valueOf(F_GAP));
    }
    return y;
  }

  private void nodes(Map<Predikat, Integer> counts, Map<Predikat, BigDecimal> ys, long room, int total, int x,
      boolean leftSide) {
    for (Map.Entry<Predikat, Integer> e : counts.entrySet()) {
      BigDecimal y0 = ys.get(e.getKey());
      BigDecimal h = frac(room * e.getValue(), total);
      BigDecimal cy = y0.add(h.divide(BigDecimal.valueOf(2))).add(BigDecimal.valueOf(4));
      b.append("<rect x=\"").append(x).append("\" y=\"").append(num(y0)).append("\" width=\"").append(F_NODE)
          .append("\" height=\"").append(num(h.max(BigDecimal.ONE))).append("\" fill=\"")
          .append(COLOR.get(e.getKey())).append("\"/>");
      b.append("<text class=\"node\" x=\"").append(leftSide ? x - 8 : x + F_NODE + 8).append("\" y=\"")
          .append(num(cy)).append("\" text-anchor=\"").append(leftSide ? "end" : "start").append("\">")
          .append(esc(e.getKey().label())).append(" <tspan class=\"n\">").append(e.getValue())
          .append("</tspan></text>\n");
    }
  }

  private static List<Predikat> present(Rubric a, Rubric z) {
    List<Predikat> out = new ArrayList<>();
    for (Predikat p : Predikat.values()) {
      if (a.bands().stream().anyMatch(x -> x.predikat() == p) || z.bands().stream().anyMatch(x -> x.predikat() == p)) {
        out.add(p);
      }
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------------------- notes

  private void notes(ReportData data) {
    b.append("<section id=\"notes\">\n<h2>").append(msg("report.page.notes")).append("</h2>\n<ul class=\"notes\">\n");
    for (ReportData.Year y : data.years()) {
      Rubric r = y.rubric();
      List<Assumption> assumed = r.assumptions().stream().filter(a -> !a.projected()).toList();
      long projected = r.assumptions().size() - assumed.size();
      b.append("<li><strong>").append(esc(r.title())).append("</strong>: ");
      if (y.userRubric() != null) {
        b.append("<span class=\"warn\">").append(msg("report.page.userRubric", esc(y.userRubric().text(locale))))
            .append("</span> ");
      }
      if (projected > 0) {
        String n = "<span data-key=\"projected/" + y.year() + "\">" + projected + "</span>";
        b.append("<span class=\"warn\">").append(projected == 1 ? msg("report.page.projected.one", n)
            : msg("report.page.projected.many", n)).append("</span> ");
      }
      if (assumed.isEmpty()) {
        b.append(msg("report.page.noAssumed"));
      } else {
        String n = "<span data-key=\"assumptions/" + y.year() + "\">" + assumed.size() + "</span>";
        List<String> subjects = assumed.stream().map(a -> a.subject(locale)).distinct().toList();
        String list = esc(String.join(", ", subjects.subList(0, Math.min(8, subjects.size()))))
            + (subjects.size() > 8 ? ", &hellip;" : "");
        b.append(assumed.size() == 1 ? msg("report.page.assumed.one", n, list)
            : msg("report.page.assumed.many", n, list));
      }
      List<ParameterOverride> overrides = r.overrides();
      if (!overrides.isEmpty()) {
        b.append(" <span class=\"warn\">").append(msg("report.page.whatIf", esc(String.join(", ", overrides.stream()
            .map(o -> o.name() + " " + o.published() + " \u2192 " + o.value()).toList())))).append("</span>");
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n");
    for (ReportData.Year y : data.years()) {
      if (y.notScored().isEmpty()) {
        continue;
      }
      int n = y.notScored().size();
      b.append("<details>\n<summary class=\"warn\">").append(n == 1 ? msg("report.page.notScoredList.one", n, y.year())
          : msg("report.page.notScoredList.many", n, y.year())).append("</summary>\n<ul>\n");
      for (ReportData.NotScored ns : y.notScored()) {
        b.append("<li><span class=\"code\">").append(esc(ns.region().code())).append("</span> ")
            .append(esc(ns.region().name())).append(": ").append(esc(String.join("; ", ns.problems().stream().map(m -> m.text(locale)).toList())))
            .append("</li>\n");
      }
      b.append("</ul>\n</details>\n");
    }
    b.append("</section>\n");
  }

  /**
   * A text of the page in its language. The catalogue's {@code report.page.*} texts are HTML (entities such as
   * {@code &middot;}, a {@code <code>} element); arguments are put in as given, so text from the data must be escaped
   * before it is given, and numbers are given as numbers (decimals as {@code BigDecimal}).
   */
  private String msg(String key, Object... arguments) {
    return Message.of(key, arguments).text(locale);
  }

  /** A decimal people read: in plain digits, with the language's decimal separator. */
  private String dec(BigDecimal value) {
    return Message.plain(value, locale);
  }

  // ------------------------------------------------------------------------------------------------------ helpers

  private static BigDecimal x(BigDecimal iid) {
    return BigDecimal.valueOf(H_LEFT).add(iid.multiply(BigDecimal.valueOf(H_UNIT)));
  }

  private static BigDecimal yOf(int count, int top) {
    return BigDecimal.valueOf(H_TOP + H_PLOT).subtract(frac((long) count * H_PLOT, top));
  }

  private static BigDecimal frac(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
  }

  /** A drawing coordinate: at most two decimals, no trailing zeros. */
  private static String num(BigDecimal v) {
    BigDecimal s = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static int tickStep(int max) {
    int[] steps = {1, 2, 5};
    for (int magnitude = 1; ; magnitude *= 10) {
      for (int s : steps) {
        if (max / (s * magnitude) <= 5) {
          return s * magnitude;
        }
      }
    }
  }

  private static String swatch(Predikat p) {
    return "<i class=\"sw\" style=\"background:" + COLOR.get(p) + "\"></i>";
  }

  /**
   * @param text any text
   * @return the text with {@code & < > " '} escaped for HTML text and attribute values
   */
  static String esc(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = """
      :root { --ink: #1d2430; --muted: #5b6675; --line: #dfe3e8; --bg: #f6f7f9; }
      * { box-sizing: border-box; }
      body { margin: 0; background: var(--bg); color: var(--ink);
             font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
      main { max-width: 1000px; margin: 0 auto; padding: 32px 28px 48px; }
      header { border-bottom: 3px solid var(--ink); padding-bottom: 14px; margin-bottom: 8px; }
      .kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; font-size: 12px; }
      h1 { margin: 4px 0 2px; font-size: 28px; font-weight: 700; word-break: break-all; }
      .sub { margin: 0; color: var(--muted); }
      h2 { font-size: 19px; margin: 34px 0 12px; }
      h3 { font-size: 15px; margin: 18px 0 8px; color: var(--muted); font-weight: 600; }
      section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 4px 22px 20px;
                margin-top: 22px; }
      .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 14px;
               margin-bottom: 18px; }
      .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
      .card-year { font-weight: 700; color: var(--muted); }
      .card-mean span { font-size: 30px; font-weight: 700; font-variant-numeric: tabular-nums; }
      .card-mean small { margin-left: 6px; color: var(--muted); }
      .card-foot { margin-top: 6px; font-size: 13px; color: var(--muted); }
      svg.stack { display: block; width: 100%; height: 14px; border-radius: 4px; overflow: hidden;
                  background: var(--line); }
      table.grid { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
      .grid th, .grid td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; }
      .grid th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
                 font-weight: 600; }
      .grid .num { text-align: right; }
      .grid .nowrap { white-space: nowrap; }
      .two .grid { font-size: 14px; }
      .two .grid th, .two .grid td { padding: 4px 8px; }
      .grid tr.sum td { font-weight: 700; border-top: 2px solid var(--line); }
      .matrix td.same { color: var(--muted); }
      .matrix td.moved { font-weight: 700; }
      .code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px;
              color: var(--muted); }
      i.sw { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 7px; }
      .two { display: grid; grid-template-columns: 1fr 1fr; gap: 22px; }
      @media (max-width: 760px) { .two { grid-template-columns: 1fr; } }
      svg.hist, svg.sankey { display: block; width: 100%; height: auto; }
      svg text { font-family: inherit; fill: var(--ink); }
      .hist .bar { fill: #3d4b5f; }
      .hist .grid { stroke: #000; stroke-opacity: .07; }
      .hist .axis { stroke: var(--ink); }
      .hist .edge { stroke: #b42318; stroke-width: 1.5; stroke-dasharray: 5 4; }
      .hist .edge-label { fill: #b42318; font-size: 12px; font-weight: 600; }
      .hist .tick { fill: var(--muted); font-size: 11px; }
      .hist .count { font-size: 11px; font-weight: 600; }
      .hist .axis-label { fill: var(--muted); font-size: 12px; }
      .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 13px; color: var(--muted); margin: 6px 0 0; }
      .sankey .ribbon { opacity: .28; }
      .sankey .ribbon.moved { opacity: .55; }
      .sankey .col { font-weight: 700; font-size: 15px; }
      .sankey .node { font-size: 13px; }
      .sankey .n { font-weight: 700; }
      details { margin-top: 12px; }
      summary { cursor: pointer; font-weight: 600; }
      .warn { color: #b42318; }
      ul.notes { padding-left: 18px; }
      footer { margin-top: 28px; color: var(--muted); font-size: 12px; text-align: center; }
      @media print { body { background: #fff; } section { break-inside: avoid; } }
      """;
}

<?xml version="1.0" encoding="UTF-8"?>
<!--
  common-html.xsl - what report-html.xsl, compare-html.xsl and
  cohort-html.xsl share (one shared module per output, as DocBook XSL
  does): user text in <bdi>, the running head's text cut to fit, the
  fonts, and the CSS rules they use the same way (the page box and running
  heads, the base, paragraphs and lists, the table head, the level
  badges). Each layout writes its own CSS around them. Words and
  css-string come from common.xsl, imported before this.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:variable name="nl" select="'&#10;'"/>
  <!-- figures isolated left to right on a page right to left (common.xsl) -->
  <xsl:variable name="isolate-numbers" select="$rtl"/>
  <!-- at most this many characters of the country (or the cohort's
       title) in the running head -->
  <xsl:variable name="head-chars" select="64"/>
  <!-- The fonts of the reports, screen and print. Latin, Greek and
       Cyrillic in the first of the usual sans-serif fonts a machine has
       (DejaVu Sans on a bare Debian, as the PDF tests expect it); then the
       Noto fonts that scripts/lib.sh installs for PDF (fonts-noto-core,
       fonts-noto-cjk), so that names and evidence typed in the scripts of
       the UN languages and of the regions of the 2021 review print in a
       font that has them, not as empty boxes: Arabic, Hebrew, Syriac,
       Thaana, Tifinagh, the scripts of South Asia, of South-East Asia,
       Ethiopic, Armenian, Georgian, Mongolian, Tibetan, and Chinese
       (simplified first, as the UN writes it), Japanese and Korean. -->
  <xsl:variable name="fonts">
    <!-- a language written right to left (Arabic) in Noto's Arabic fonts
         first: their letters are drawn better than the Latin fonts' few -->
    <xsl:if test="$rtl">"Noto Sans Arabic", "Noto Naskh Arabic", </xsl:if>
    <xsl:value-of select="$fonts-latin-first"/>
  </xsl:variable>
  <xsl:variable name="fonts-latin-first">"Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Hebrew", "Noto Sans Syriac", "Noto Sans Thaana", "Noto Sans Tifinagh", "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Gurmukhi", "Noto Sans Gujarati", "Noto Sans Oriya", "Noto Sans Tamil", "Noto Sans Telugu", "Noto Sans Kannada", "Noto Sans Malayalam", "Noto Sans Sinhala", "Noto Sans Thai", "Noto Sans Lao", "Noto Sans Khmer", "Noto Sans Myanmar", "Noto Sans Ethiopic", "Noto Sans Armenian", "Noto Sans Georgian", "Noto Sans Mongolian", "Noto Serif Tibetan", "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans CJK KR", sans-serif</xsl:variable>

  <!-- Text from the user (country, names, evidence...) in its own <bdi>:
       a bidi control or a right-to-left script in it cannot reorder the
       report's words and figures around it. -->
  <xsl:template name="user-text">
    <xsl:param name="text"/>
    <bdi><xsl:value-of select="$text"/></bdi>
  </xsl:template>

  <!-- A chart (an <svg> made by a template, given as $svg) in the page's
       direction. Right to left, it is mirrored as a whole, so that bars
       grow from the right and the scales and legends run from right to
       left: its drawing in a <g> that flips x across the viewBox's width,
       each <text> (and <tspan>) flipped back at its mirrored place, so that
       it reads as it should; its anchors keep their names, as the page's
       direction (rtl, inherited by the SVG) turns start and end round. The
       title stays outside the flip. Left to right, the chart as it is. -->
  <xsl:template name="svg-dir">
    <xsl:param name="svg"/>
    <xsl:choose>
      <xsl:when test="$rtl"><xsl:apply-templates select="exsl:node-set($svg)/node()" mode="mirror"/></xsl:when>
      <xsl:otherwise><xsl:copy-of select="$svg"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="svg" mode="mirror">
    <!-- viewBox "0 0 W H" -->
    <xsl:variable name="w" select="substring-before(substring-after(substring-after(normalize-space(@viewBox), ' '), ' '), ' ')"/>
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:copy-of select="title | desc"/>
      <g transform="translate({$w} 0) scale(-1 1)">
        <xsl:apply-templates select="node()[not(self::title or self::desc)]" mode="mirror"/>
      </g>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="text | tspan" mode="mirror">
    <xsl:copy>
      <xsl:copy-of select="@*[name() != 'x']"/>
      <xsl:if test="@x"><xsl:attribute name="x"><xsl:value-of select="0 - number(@x)"/></xsl:attribute></xsl:if>
      <xsl:if test="self::text"><xsl:attribute name="transform">scale(-1 1)</xsl:attribute></xsl:if>
      <xsl:apply-templates select="node()" mode="mirror"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="*" mode="mirror">
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates select="node()" mode="mirror"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="text()" mode="mirror"><xsl:copy-of select="."/></xsl:template>

  <!-- While the translation in use is a draft (set by mnr from the
       catalog), the notice that says so, once, at the top of the cover. -->
  <xsl:template name="draft-notice">
    <xsl:if test="$s.translation-draft = 'yes'">
      <p class="draft-notice" role="note"><xsl:value-of select="$s.draft-notice"/></p>
    </xsl:if>
  </xsl:template>

  <!-- The document's <title>, which the PDF keeps as its Title: plain text
       with no bidi control (LRM, RLM, ALM, the embeddings, overrides and
       isolates U+202A-U+202E, U+2066-U+2069), neither the user's nor an
       isolate of ours: it is copied, searched and read out as it is, and
       a control there is an invisible character in it. Direction is
       isolated where the text is shown, in <bdi> and the running head.
       $title, then " - $country" unless the title names it already (in
       either case of A-Z: "Northland: MNR self-assessment 2026"). -->
  <xsl:template name="doc-title">
    <xsl:param name="title"/>
    <xsl:param name="country" select="''"/>
    <xsl:param name="fictional" select="false()"/>
    <xsl:variable name="bidi" select="'&#x200E;&#x200F;&#x061C;&#x202A;&#x202B;&#x202C;&#x202D;&#x202E;&#x2066;&#x2067;&#x2068;&#x2069;'"/>
    <xsl:variable name="t" select="normalize-space(translate($title, $bidi, ''))"/>
    <xsl:variable name="c" select="normalize-space(translate($country, $bidi, ''))"/>
    <xsl:variable name="AZ" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
    <xsl:variable name="az" select="'abcdefghijklmnopqrstuvwxyz'"/>
    <xsl:value-of select="$t"/>
    <xsl:if test="$c != '' and not(contains(translate($t, $AZ, $az), translate($c, $AZ, $az)))">
      <xsl:value-of select="concat(' - ', $c)"/>
    </xsl:if>
    <xsl:if test="$fictional"><xsl:value-of select="concat(' ', $s.fictional)"/></xsl:if>
  </xsl:template>

  <!-- Any text for a running head (the country, the cohort's title), cut
       to $head-chars with an ellipsis, so that a long one cannot run into
       the other head; the cover and the summary give it in full. -->
  <xsl:template name="head-cut">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="string-length($text) &gt; $head-chars">
        <xsl:value-of select="concat(substring($text, 1, $head-chars - 1), '&#8230;')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The page box (A4, or Letter with paper=letter), its running heads
       and the page number: head-left and head-right are CSS string
       contents. With cover true the first page is a cover and shows none
       of them. -->
  <xsl:template name="css-page">
    <xsl:param name="head-left"/>
    <xsl:param name="head-right"/>
    <xsl:param name="cover" select="false()"/>
    <!-- the words of "Page 2 of 9", made safe for a CSS string; the spaces
         around them are added here, as css-string trims its text -->
    <xsl:variable name="page">
      <xsl:call-template name="css-string"><xsl:with-param name="text" select="$s.page"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="page-of">
      <xsl:call-template name="css-string"><xsl:with-param name="text" select="$s.page-of"/></xsl:call-template>
    </xsl:variable>
    <!-- the page's boxes are left and right whatever the direction: right
         to left, the head that starts the line (head-left) is on the
         right, and each box is written right to left -->
    <xsl:variable name="start">
      <xsl:choose><xsl:when test="$rtl">right</xsl:when><xsl:otherwise>left</xsl:otherwise></xsl:choose>
    </xsl:variable>
    <xsl:variable name="end">
      <xsl:choose><xsl:when test="$rtl">left</xsl:when><xsl:otherwise>right</xsl:otherwise></xsl:choose>
    </xsl:variable>
    <xsl:variable name="box-dir">
      <xsl:if test="$rtl"> direction: rtl;</xsl:if>
    </xsl:variable>
    <xsl:value-of select="$nl"/>
    <xsl:text>@page { size: </xsl:text>
    <xsl:choose>
      <xsl:when test="$paper-letter">letter</xsl:when>
      <xsl:otherwise>A4</xsl:otherwise>
    </xsl:choose>
    <xsl:text>; margin: 16mm 17mm 16mm 17mm;
  @top-</xsl:text><xsl:value-of select="$start"/><xsl:text> { content: "</xsl:text><xsl:value-of select="$head-left"/><xsl:text>"; font: 7.5pt/1.2 </xsl:text><xsl:value-of select="$fonts"/><xsl:text>; color: #52606d; vertical-align: bottom; padding-bottom: 4.5mm;</xsl:text><xsl:value-of select="$box-dir"/><xsl:text> }
  @top-</xsl:text><xsl:value-of select="$end"/><xsl:text> { content: "</xsl:text><xsl:value-of select="$head-right"/><xsl:text>"; font: 7.5pt/1.2 </xsl:text><xsl:value-of select="$fonts"/><xsl:text>; color: #52606d; vertical-align: bottom; padding-bottom: 4.5mm;</xsl:text><xsl:value-of select="$box-dir"/><xsl:text> }
  @bottom-center { content: "</xsl:text><xsl:value-of select="$page"/><xsl:text> " counter(page) " </xsl:text><xsl:value-of select="$page-of"/><xsl:text> " counter(pages); font: 7.5pt/1.2 </xsl:text><xsl:value-of select="$fonts"/><xsl:text>; color: #52606d; vertical-align: top; padding-top: 4.5mm;</xsl:text><xsl:value-of select="$box-dir"/><xsl:text> }
}
</xsl:text>
    <xsl:if test="$cover">
      <xsl:text>@page :first {
  @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; }
}
</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- Colours, fonts and the screen view (pages as sheets on grey). -->
  <xsl:template name="css-base">
    <xsl:text>:root { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
* { box-sizing: border-box; }
html { font-family: </xsl:text><xsl:value-of select="$fonts"/><xsl:text>;
  font-size: 9.5pt; line-height: 1.45; color: #1f2933; background: #fff; }
body { margin: 0; }
@media screen {
  html { background: #eef1f4; }
  body { max-width: 190mm; margin: 0 auto; padding: 10mm 0; }
  .cover, .major { background: #fff; padding: 14mm 12mm; margin-bottom: 8mm;
    box-shadow: 0 1px 3px rgba(0,0,0,.15); }
}
</xsl:text>
  </xsl:template>

  <!-- A window narrower than the sheet: a phone, or a page zoomed in
       (1280 px at 400 % is 320 CSS px, WCAG's reflow width). Nothing may
       make the page scroll sideways: boxes wrap or stack, a word breaks
       whole, and what needs its width to be read (a wide table, a chart,
       whose text would shrink past reading) scrolls sideways in its own
       box (.table-scroll, .chart-scroll: focusable, so that a keyboard
       scrolls it too, and a group named by its heading or chart title,
       which a screen reader says on focus; not a region, as a landmark
       per table would crowd the page's sections). Called last in each layout's CSS, so that it
       overrides that layout's rules; print is untouched. -->
  <xsl:template name="css-narrow">
    <xsl:text>/* the boxes pass on what their parent has, not the rule for every div:
   a table wraps in print as it did before it had a box */
.table-scroll, .chart-scroll { overflow-wrap: inherit; }
@media screen {
  .table-scroll, .chart-scroll { overflow-x: auto; }
  /* a box that scrolls keeps its content's margins inside it: the box
     takes them instead (css-table's for a table, the level scale's), so
     that they meet those around it as they did without the box */
  .table-scroll { margin: 1mm 0 4mm; }
  .table-scroll > table, .chart-scroll > svg.scale { margin: 0; }
  .chart-scroll.scale { margin: 0 0 3mm; }
  .table-scroll:focus-visible, .chart-scroll:focus-visible { outline: 2px solid #16365c; outline-offset: 2px; }
}
@media screen and (max-width: 160mm) {
  body { padding: 0; }
  .cover, .major, .minor, main > section { padding: 6mm 4mm; margin: 0 0 3mm; }
  .cover .kicker { margin-top: 0; }
  /* the title's hyphenated word still moves whole to the next line, and
     breaks (at its hyphen first) only when it is wider than the window */
  .cover h1 .nowrap { display: inline-block; max-width: 100%; white-space: normal; }
  .cover .subtitle { margin-bottom: 6mm; }
  .cover dl { margin: 6mm 0; }
  .kpis { flex-wrap: wrap; }
  /* a card as wide as its longest word, but never wider than the window */
  .kpi { flex: 1 1 9rem; max-width: 100%; }
  .kpis.domains .kpi { min-width: auto; }
  .kpis.domains .k { flex: initial; max-width: none; }
  .pair { flex-direction: column; }
  /* a word wraps whole (user text, in bdi, still breaks anywhere): a
     table that cannot narrow further scrolls in its box */
  td { overflow-wrap: break-word; }
  /* but the evidence and the baseline categories, prose in each column
     and no box of their own, break a word too long for a phone's column
     (a long language's) rather than widen the page */
  table.evidence td, table.cats td, table.evidence td div, table.cats td div { overflow-wrap: anywhere; }
  /* a fixed-layout table keeps its printed width */
  .table-scroll > table.capabilities { min-width: 176mm; }
  /* the roadmap's next step and prerequisites, prose under a row, stay
     at the box's left edge, wrapped to the window, while the figures
     beside them scroll */
  .table-scroll tr.sub td > div { position: sticky; inset-inline-start: 0; max-width: calc(100vw - 20mm); }
  /* a chart no narrower than its text can be read at */
  .chart-scroll > svg.chart { min-width: 160mm; }
}
@media screen and (max-width: 110mm) {
  .cover dl, dl.facts, dl.moves { grid-template-columns: 1fr; }
  .cover dd, dl.facts dd, dl.moves dd { margin-bottom: 1.5mm; }
  ul.people.cols, .cover .contents ol { columns: 1; }
}
</xsl:text>
  </xsl:template>

  <!-- Paragraphs, lists, and a major section starting a page. -->
  <xsl:template name="css-flow">
    <xsl:text>p { margin: 0 0 2.2mm; }
ul { margin: 0 0 2.5mm; padding-inline-start: 5mm; }
li { margin: 0 0 .8mm; }
.major { break-before: page; page-break-before: always; }
.draft-notice { margin: 0 0 5mm; padding: 1.5mm 3mm; border: .75pt solid #9b6a00; background: #fff8e1; color: #1f2933; }
</xsl:text>
  </xsl:template>

  <!-- Tables: collapsed borders, the head repeated on each page, rows kept whole. -->
  <xsl:template name="css-table">
    <xsl:text>table { border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 1.35; margin: 1mm 0 4mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th { text-align: start; font-weight: 600; font-size: 8pt; color: #52606d; border-bottom: 1pt solid #16365c;
  padding: 1.3mm 1.2mm; vertical-align: bottom; }
</xsl:text>
  </xsl:template>

  <!-- The level badges, in the palette of common.xsl. -->
  <xsl:template name="css-levels">
    <xsl:text>.lv { display: inline-block; min-width: 1.6em; padding: 0 .3em; border: .5pt solid #7b8794;
  border-radius: 2pt; text-align: center; font-weight: 600; font-variant-numeric: tabular-nums; }
.lv0 { background: #f2f4f7; color: #1f2933; }
.lv1 { background: #bfd3e6; color: #1f2933; }
.lv2 { background: #7ea6cf; color: #1f2933; }
.lv3 { background: #3d6ea5; color: #fff; }
.lv4 { background: #16365c; color: #fff; }
.lvna { background: #fff; color: #52606d; border-style: dashed; }
</xsl:text>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  report-html.xsl - the printable gap report: one self-contained HTML file
  (no script, no external resource, charts as inline SVG), for A4 or Letter.

    mnr report ANSWERS|RESULTS -o report.html [paper=letter via the param option]
    xsltproc [-stringparam paper letter] report-html.xsl results.xml

  Parameters (common.xsl): paper (a4|letter), title, organisation.
  Sections: cover; 1 summary; 2 charts (domain profile, every capability
  against the 2021 review, heat map of criteria met per level); 3 table of
  all capabilities; 4 domain by domain; 5 roadmap; 6 method annex.

  The charts (inline SVG) are in charts.xsl, the words in words.xsl
  (through common.xsl).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="common.xsl"/>
  <xsl:import href="common-html.xsl"/>
  <xsl:import href="charts.xsl"/>

  <xsl:output method="html" doctype-system="about:legacy-compat" encoding="UTF-8" indent="no"/>

  <!-- ================================================================ -->

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="results">
        <xsl:apply-templates select="results"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes"><xsl:value-of select="$s.msg-not-results"/></xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="results">
    <xsl:if test="not(translate($paper, 'A', 'a') = 'a4' or $paper = '' or $paper-letter)">
      <xsl:message terminate="yes">
        <xsl:value-of select="concat('paper=', $paper, ' ', $s.msg-bad-paper)"/>
      </xsl:message>
    </xsl:if>
    <html lang="{$s.lang}" dir="{$dir}">
      <head>
        <title>
          <xsl:call-template name="doc-title">
            <xsl:with-param name="title" select="$report-title"/>
            <xsl:with-param name="country" select="$country"/>
            <xsl:with-param name="fictional" select="$fictional"/>
          </xsl:call-template>
        </title>
        <meta name="generator" content="{@generator}"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <style>
          <xsl:call-template name="css"/>
        </style>
      </head>
      <body>
        <xsl:value-of select="$nl"/>
        <xsl:call-template name="cover"/>
        <main>
          <xsl:call-template name="summary"/>
          <xsl:call-template name="charts"/>
          <xsl:call-template name="capability-table"/>
          <xsl:call-template name="domains"/>
          <xsl:call-template name="roadmap"/>
          <xsl:call-template name="method"/>
          <xsl:if test="$ws-criteria or $ws-off"><xsl:call-template name="workshop"/></xsl:if>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- ================================================================
       CSS
       ================================================================ -->

  <xsl:template name="css">
    <!-- The running head: the country isolated (CSS escapes of U+2068 and
         U+2069, as <bdi> in the body) and cut to fit beside the date; the
         cover and the summary give it in full. -->
    <xsl:variable name="head-country">
      <xsl:call-template name="head-cut"><xsl:with-param name="text" select="$country"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="head-left">
      <xsl:text>\2068 </xsl:text>
      <xsl:call-template name="css-string">
        <xsl:with-param name="text" select="$head-country"/>
      </xsl:call-template>
      <!-- the escape's own space, then a space in the text -->
      <xsl:text>\2069  </xsl:text>
      <xsl:call-template name="css-string">
        <xsl:with-param name="text">
          <xsl:if test="$fictional"><xsl:value-of select="concat($s.fictional, ' ')"/></xsl:if>
          <xsl:value-of select="concat('- ', $s.subtitle)"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="head-right">
      <xsl:call-template name="css-string">
        <xsl:with-param name="text">
          <xsl:call-template name="fmt-date"><xsl:with-param name="date" select="$R/assessment/date"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="css-page">
      <xsl:with-param name="head-left" select="$head-left"/>
      <xsl:with-param name="head-right" select="$head-right"/>
      <xsl:with-param name="cover" select="true()"/>
    </xsl:call-template>
    <xsl:call-template name="css-base"/>
    <xsl:text>h1, h2, h3, h4 { color: #16365c; font-weight: 600; line-height: 1.25;
  break-after: avoid; page-break-after: avoid; }
h2 { font-size: 17pt; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 1.5pt solid #16365c; }
h2 .secno, h3 .secno { color: #616e7c; font-weight: 400; margin-inline-end: .45em; }
h3 { font-size: 12.5pt; margin: 6mm 0 2mm; }
h4 { font-size: 9.5pt; margin: 3.5mm 0 1.2mm; color: #1f2933; }
</xsl:text>
    <xsl:call-template name="css-flow"/>
    <xsl:text>.muted { color: #52606d; }
.small { font-size: 8pt; }
.lead { font-size: 11.5pt; line-height: 1.45; margin-bottom: 4mm; }
.nowrap { white-space: nowrap; }
.pre { white-space: pre-line; }
p, li, dd, dt, h1, h2, h3, h4, div { overflow-wrap: break-word; }
td, th { overflow-wrap: anywhere; }
/* user text: a long word breaks anywhere rather than widen its table or
   box (Chromium would shrink every printed page to fit it) */
bdi { overflow-wrap: anywhere; word-break: break-word; }

/* cover */
.cover { break-after: page; page-break-after: always; }
.cover .kicker { font-size: 9pt; letter-spacing: .12em; text-transform: uppercase; color: #52606d;
  border-top: 4pt solid #16365c; padding-top: 4mm; margin-top: 14mm; }
.cover h1 { font-size: 25pt; margin: 3mm 0 1mm; max-width: 150mm; text-wrap: balance; }
.cover .subtitle { font-size: 15pt; color: #3d6ea5; margin-bottom: 16mm; }
.cover .country { font-size: 22pt; font-weight: 600; color: #1f2933; line-height: 1.2; overflow-wrap: anywhere; }
.cover .fictional { font-size: 11pt; color: #52606d; margin-top: 1mm; }
.cover .org { font-size: 11pt; margin-top: 3mm; }
.cover dl { display: grid; grid-template-columns: 38mm 1fr; column-gap: 5mm; row-gap: 2mm;
  margin: 14mm 0 10mm; font-size: 9pt; }
.cover dt { color: #52606d; }
.cover dd { margin: 0; }
ul.people { list-style: none; padding: 0; margin: 0; }
ul.people.cols { columns: 2; column-gap: 6mm; }
ul.people li { margin-bottom: .6mm; break-inside: avoid; }
.cover .note { border-inline-start: 2.5pt solid #16365c; padding-block: 1mm; padding-inline: 4mm 0; font-size: 8.5pt;
  color: #52606d; max-width: 150mm; margin-bottom: 8mm; }
.cover .contents { font-size: 9pt; }
.cover .contents ol { margin: 1mm 0 0; padding-inline-start: 5mm; columns: 2; }
.cover .contents h2 { font-size: 9.5pt; margin: 0 0 1.2mm; padding: 0; border: none; color: #1f2933; }
.cover .contents a { color: inherit; text-decoration: none; }
@media screen { .cover .contents a { color: #16365c; text-decoration: underline; } }

/* summary */
.kpis { display: flex; gap: 4mm; margin: 0 0 4mm; }
.kpi { flex: 1 1 0; border: .75pt solid #d3d9df; border-top: 2.5pt solid #16365c; padding: 1.8mm 3mm 2mm; }
.kpi .k { font-size: 8.5pt; color: #52606d; }
.kpi .v { font-size: 19pt; font-weight: 600; color: #16365c; line-height: 1.15; margin-top: 1mm;
  font-variant-numeric: tabular-nums; }
.kpi .v.text { font-size: 11.5pt; line-height: 1.3; margin-top: .8mm; }
.kpi .d { font-size: 8.5pt; color: #52606d; line-height: 1.3; }
.kpis.domains .kpi { display: flex; align-items: baseline; gap: 3mm; border-top-width: 1.5pt; padding: 1.6mm 3mm;
  min-width: 0; }
/* the label keeps its line while it takes no more than half the card, and
   a long label or domain name (in a long language) wraps inside the card
   rather than widen it past the page */
.kpis.domains .k { flex: none; max-width: 50%; }
.kpis.domains .v.text { margin-top: 0; min-width: 0; }
#summary h3 { margin-top: 5mm; }
.notes li { margin-bottom: 1.2mm; }

/* tables */
</xsl:text>
    <xsl:call-template name="css-table"/>
    <xsl:text>td { border-bottom: .5pt solid #d3d9df; padding: 1.3mm 1.2mm; vertical-align: top; }
th.num, td.num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
th.num { white-space: normal; }
table.capabilities { table-layout: fixed; font-size: 8pt; }
table.capabilities td { padding-top: .9mm; padding-bottom: .9mm; }
table.capabilities th { font-size: 7.5pt; padding-inline: 1mm; }
table.capabilities td.cmp, table.capabilities th.cmp { padding-inline-start: 2.2mm; }
table.capabilities tbody { break-inside: avoid; page-break-inside: avoid; }
td.num .wrap { white-space: normal; display: inline-block; max-width: 18mm; }
td.c, th.c { text-align: center; }
td.cmp { padding-inline-start: 2.5mm; }
tr.group td { background: #f2f4f7; color: #16365c; font-weight: 600; border-bottom: .75pt solid #9aa5b1; }
tr.group td .num-inline { font-weight: 400; color: #52606d; }
tr.na td { color: #52606d; }
</xsl:text>
    <xsl:call-template name="css-levels"/>
    <xsl:text>.tag { display: inline-block; font-size: 7.5pt; line-height: 1.3; padding: 0 1.2mm; border-radius: 2pt;
  border: .5pt solid currentColor; white-space: nowrap; vertical-align: 1px; }
.st-unmet { color: #9b2c2c; }
.st-partly { color: #8a5a00; }
.st-dont-know, .st-unanswered, .st-skipped, .st-not-applicable { color: #52606d; }
.st-unanswered { border-style: dashed; }
.st-met { color: #2f6b3a; }
.prov { color: #8a5a00; }
.table-note { font-size: 8pt; color: #52606d; margin-top: -2mm; }

/* figures */
figure { margin: 0 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure.page { break-before: page; page-break-before: always; }
figcaption { font-size: 10.5pt; font-weight: 600; color: #16365c; margin-bottom: 1mm; }
figcaption .fig { color: #52606d; font-weight: 400; }
.fig-desc { font-size: 8.5pt; color: #52606d; margin-bottom: 3mm; }
.fig-foot { font-size: 8pt; color: #52606d; margin-top: 2mm; }
svg.chart { display: block; width: 100%; height: auto; overflow: visible; }
svg.scale { margin: 0 0 3mm; }
svg text { font-family: inherit; fill: #1f2933; }
svg .t-lab { font-size: 10px; }
svg .t-dom { font-size: 10px; font-weight: 700; fill: #16365c; }
svg .t-ax { font-size: 9px; fill: #52606d; }
svg .t-axt { font-size: 9px; fill: #52606d; font-style: italic; }
svg .t-hd { font-size: 9px; font-weight: 700; fill: #52606d; }
svg .t-val { font-size: 10px; font-weight: 700; fill: #16365c; }
svg .t-in { font-size: 9px; font-weight: 700; }
svg .t-na { font-size: 9px; font-style: italic; fill: #52606d; }
svg .t-leg { font-size: 9px; fill: #1f2933; }

/* domain detail */
.domain + .domain { margin-top: 10mm; }
.domain-intro { color: #52606d; margin-bottom: 3mm; }
.domain-meta { font-size: 8.5pt; color: #52606d; margin-bottom: 4mm; }
h3.domain-title { font-size: 14pt; margin-top: 0; }
.cap { margin-top: 7mm; }
.cap .cap-head { border-top: 1pt solid #9aa5b1; padding-top: 2.5mm; }
.cap:first-of-type { margin-top: 0; }
h3.domain-title + .domain-meta { margin-bottom: 2mm; }
.cap h3 { margin: 0 0 1.5mm; font-size: 12pt; }
.cap-status { font-size: 8.5pt; color: #52606d; margin-bottom: 2.5mm; }
.cap-status .lv { margin-inline-end: .4em; }
.cap-status b { color: #1f2933; font-weight: 600; }
.cap-status .sep, .domain-meta .sep { color: #616e7c; margin: 0 .35em; }
.cap .desc { font-size: 9pt; color: #52606d; }
.pair { display: flex; gap: 4mm; margin: 2.5mm 0 1mm; break-inside: avoid; page-break-inside: avoid; }
.pair > div { flex: 1 1 0; padding: 2.2mm 3mm; font-size: 9pt; }
.box-now { background: #f2f4f7; border-inline-start: 2.5pt solid #7b8794; }
.box-next { background: #fff; border: .75pt solid #9aa5b1; border-inline-start: 2.5pt solid #16365c; }
.pair h4 { margin: 0 0 1mm; font-size: 8.5pt; text-transform: uppercase; letter-spacing: .04em; color: #52606d; }
.pair h4 b { color: #16365c; text-transform: none; letter-spacing: 0; font-size: 9pt; }
.pair p { margin: 0 0 1.5mm; }
.pair p.later { margin: 2mm 0 0; padding-top: 1.2mm; border-top: .5pt solid #d3d9df; }
ul.criteria { list-style: none; padding: 0; margin: 1mm 0 0; }
ul.criteria li { padding-inline-start: 0; margin-bottom: 1mm; break-inside: avoid; }
ul.criteria .q { color: #616e7c; font-size: 7.5pt; }
.block { break-inside: avoid; page-break-inside: avoid; }
.requires { margin: 2mm 0; break-inside: avoid; }
.requires > div { padding-inline-start: 4mm; }
.baseline-box { font-size: 9pt; border-inline-start: 2.5pt solid #9aa5b1; padding-block: 1mm; padding-inline: 3mm 0; margin: 2mm 0; }
.baseline-box .cat { font-weight: 600; color: #16365c; }
table.evidence td:first-child { width: 45%; }
table.evidence td:nth-child(2) { width: 13%; white-space: nowrap; }

/* roadmap */
table.roadmap tbody { break-inside: avoid; page-break-inside: avoid; }
/* the last priority never stands alone on the roadmap's last page */
table.roadmap tbody:last-of-type { break-before: avoid; page-break-before: avoid; }
table.roadmap tr.main td { border-bottom: none; padding-top: 1mm; padding-bottom: .2mm; }
table.roadmap tr.sub td { padding-top: 0; padding-bottom: 1mm; font-size: 8pt; line-height: 1.3; color: #52606d; }
table.roadmap td.cap-cell { width: 45%; }
table.roadmap .step b, table.roadmap .prereq b { color: #1f2933; font-weight: 600; }
table.roadmap .prereq { margin-top: .4mm; }
.prereq .gap { color: #9b2c2c; }

/* annex */
dl.facts { display: grid; grid-template-columns: 36mm 1fr; column-gap: 4mm; row-gap: 1.2mm; margin: 0 0 3mm; font-size: 9pt; }
dl.facts dt { color: #52606d; }
dl.facts dd { margin: 0; }
ol.rules li { margin-bottom: 1.5mm; }
table.cats td:first-child, table.cats th:first-child { width: 16%; }
table.cats td, table.cats th { width: 42%; }
table.cats th { text-wrap: balance; }
table.summary-cats td { font-size: 8.5pt; }
table.summary-cats .cat-head { margin-bottom: .6mm; }
/* workshop annex: one disputed question is kept on one page */
#workshop ul.people { margin-bottom: 2.5mm; }
.dq { break-inside: avoid; page-break-inside: avoid; margin: 0 0 3.5mm; }
.dq-q { margin-bottom: .8mm; }
table.split { margin: 0; }
table.split th, table.split td { padding-top: .7mm; padding-bottom: .7mm; }
table.split th { width: 31mm; font-size: 8.5pt; color: #52606d; border-bottom: .5pt solid #d3d9df; vertical-align: top; }
table.agreement td:first-child { width: 40%; }
table.glance td, table.glance th { padding-top: .6mm; padding-bottom: .6mm; }
table.glance td:first-child { width: 22mm; }
table.glance td:last-child { width: 38%; }
table.glance a { color: #16365c; }
p.keep { break-after: avoid; page-break-after: avoid; }
table.split td.num { width: 7mm; padding-inline-end: 2.5mm; }
table.split tr.cons th, table.split tr.cons td { background: #f2f4f7; color: #1f2933; }
table.split ul { margin: 0; padding-inline-start: 3.5mm; }
table.split li { margin: 0 0 .4mm; }
</xsl:text>
    <xsl:call-template name="css-narrow"/>
  </xsl:template>

  <!-- ================================================================
       Cover
       ================================================================ -->

  <xsl:template name="cover">
    <xsl:variable name="a" select="$R/assessment"/>
    <header class="cover" id="cover">
      <xsl:call-template name="draft-notice"/>
      <div class="kicker">
        <xsl:choose>
          <xsl:when test="$report-title = $s.title"><xsl:value-of select="$s.mnr"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$s.title"/></xsl:otherwise>
        </xsl:choose>
      </div>
      <h1><bdi>
        <!-- a hyphenated word is not broken at its hyphen on the cover -->
        <xsl:variable name="words">
          <xsl:call-template name="words"><xsl:with-param name="text" select="$report-title"/></xsl:call-template>
        </xsl:variable>
        <xsl:for-each select="exsl:node-set($words)/t">
          <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:choose>
            <xsl:when test="contains(., '-') and string-length(.) &lt;= 30"><span class="nowrap"><xsl:value-of select="."/></span></xsl:when>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </bdi></h1>
      <div class="subtitle"><xsl:value-of select="$s.subtitle"/></div>
      <div class="country"><xsl:call-template name="user-text"><xsl:with-param name="text" select="$country"/></xsl:call-template></div>
      <xsl:if test="$fictional">
        <div class="fictional"><xsl:value-of select="$s.fictional"/></div>
      </xsl:if>
      <xsl:if test="normalize-space($organisation) != ''">
        <div class="org"><xsl:call-template name="user-text"><xsl:with-param name="text" select="normalize-space($organisation)"/></xsl:call-template></div>
      </xsl:if>
      <dl>
        <dt><xsl:value-of select="$s.date"/></dt>
        <dd><xsl:call-template name="fmt-date"><xsl:with-param name="date" select="$a/date"/></xsl:call-template></dd>
        <xsl:if test="normalize-space($a/respondents/@workshop) != ''">
          <dt><xsl:value-of select="$s.workshop"/></dt>
          <dd><xsl:call-template name="user-text"><xsl:with-param name="text" select="normalize-space($a/respondents/@workshop)"/></xsl:call-template></dd>
        </xsl:if>
        <xsl:if test="$a/respondents/respondent">
          <dt><xsl:value-of select="$s.respondents"/></dt>
          <dd>
            <ul>
              <xsl:attribute name="class">
                <xsl:text>people</xsl:text>
                <xsl:if test="count($a/respondents/respondent) &gt; 4"> cols</xsl:if>
              </xsl:attribute>
              <xsl:for-each select="$a/respondents/respondent">
                <li>
                  <xsl:call-template name="user-text"><xsl:with-param name="text" select="normalize-space(.)"/></xsl:call-template>
                  <xsl:if test="normalize-space(@role) != ''">
                    <span class="muted">
                      <xsl:text>, </xsl:text>
                      <xsl:call-template name="user-text"><xsl:with-param name="text" select="normalize-space(@role)"/></xsl:call-template>
                    </span>
                  </xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <dt><xsl:value-of select="$s.model"/></dt>
        <dd><xsl:call-template name="model-line"/></dd>
        <dt><xsl:value-of select="$s.questionnaire"/></dt>
        <dd><xsl:call-template name="questionnaire-line"/></dd>
        <xsl:if test="$R/baseline-source">
          <dt><xsl:value-of select="$s.compared-with"/></dt>
          <dd><xsl:call-template name="baseline-line"/></dd>
        </xsl:if>
        <dt><xsl:value-of select="$s.generator"/></dt>
        <dd><xsl:value-of select="$R/@generator"/></dd>
      </dl>
      <p class="note"><xsl:value-of select="$s.sensitive"/></p>
      <nav class="contents" aria-labelledby="contents-title">
        <h2 id="contents-title"><xsl:value-of select="$s.contents"/></h2>
        <ol>
          <li><a href="#summary"><xsl:value-of select="$s.sec-summary"/></a></li>
          <li><a href="#charts"><xsl:value-of select="$s.sec-charts"/></a></li>
          <li><a href="#capabilities"><xsl:value-of select="$s.sec-table"/></a></li>
          <li><a href="#domains"><xsl:value-of select="$s.sec-domains"/></a></li>
          <li><a href="#roadmap"><xsl:value-of select="$s.sec-roadmap"/></a></li>
          <li><a href="#method"><xsl:value-of select="$s.sec-method"/></a></li>
          <xsl:if test="$ws-criteria or $ws-off">
            <li><a href="#workshop"><xsl:value-of select="$s.sec-workshop"/></a></li>
          </xsl:if>
        </ol>
      </nav>
    </header>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- ================================================================
       1 Summary
       ================================================================ -->

  <xsl:template name="summary">
    <xsl:variable name="sum" select="$R/summary"/>
    <section class="major" id="summary">
      <h2><span class="secno">1</span><xsl:value-of select="$s.sec-summary"/></h2>
      <xsl:choose>
        <xsl:when test="$sum/@assessed = 'true'">
          <p class="lead">
            <xsl:choose>
              <xsl:when test="string($sum/@overall-level) != ''">
                <xsl:value-of select="concat($s.overall-sentence-1, ' ')"/>
                <xsl:call-template name="user-text"><xsl:with-param name="text" select="$country"/></xsl:call-template>
                <xsl:value-of select="concat(' ', $s.reaches, ' ', $s.level-word, ' ', $sum/@overall-level, ', ', $sum/@overall-level-name, ', ', $s.overall-sentence-2, ' ')"/>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="concat($s.index-sentence, ' ')"/></xsl:otherwise>
            </xsl:choose>
            <b><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$sum/@overall-index"/></xsl:call-template></b>
            <xsl:value-of select="concat(' ', $s.out-of, ' ')"/>
            <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="4"/></xsl:call-template>
            <xsl:text>, </xsl:text>
            <xsl:call-template name="coverage"/>
            <xsl:if test="string($sum/@overall-level) = ''">
              <xsl:text>; </xsl:text>
              <xsl:call-template name="overall-level-text"/>
            </xsl:if>
            <xsl:text>.</xsl:text>
          </p>
          <div class="kpis">
            <div class="kpi">
              <div class="k"><xsl:value-of select="$s.overall-index"/></div>
              <div class="v"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$sum/@overall-index"/></xsl:call-template></div>
              <div class="d">
                <xsl:value-of select="concat($s.of-4, ', ')"/>
                <xsl:if test="string($sum/@overall-level) != ''">
                  <xsl:value-of select="concat($s.level-word, ' ', $sum/@overall-level, ' ', $sum/@overall-level-name, ', ')"/>
                </xsl:if>
                <xsl:call-template name="coverage"/>
              </div>
            </div>
            <div class="kpi">
              <div class="k"><xsl:value-of select="$s.to-target"/></div>
              <div class="v"><xsl:call-template name="fmt-pct"><xsl:with-param name="value" select="$sum/@percent-to-target"/></xsl:call-template>%</div>
              <div class="d"><xsl:value-of select="concat($s.to-target-note, ', ')"/><xsl:call-template name="coverage"/></div>
            </div>
            <div class="kpi">
              <div class="k"><xsl:value-of select="$s.completeness"/></div>
              <div class="v"><xsl:call-template name="fmt-completeness"><xsl:with-param name="of" select="$sum"/></xsl:call-template></div>
              <div class="d"><xsl:value-of select="concat($sum/@answered, ' ', $s.of, ' ', $sum/@applicable, ' ', $s.questions-answered)"/></div>
            </div>
            <div class="kpi">
              <div class="k"><xsl:value-of select="$s.capabilities-assessed"/></div>
              <div class="v"><xsl:value-of select="$sum/@capabilities-assessed"/></div>
              <div class="d">
                <xsl:value-of select="concat($s.of, ' ', $sum/@capabilities, ' ', $s.capabilities)"/>
                <xsl:if test="$sum/@capabilities-assessed != $sum/@capabilities">
                  <xsl:text> (</xsl:text>
                  <xsl:call-template name="not-assessed-counts"/>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </div>
            </div>
          </div>
          <div class="chart-scroll scale" tabindex="0" role="group" aria-labelledby="chart-scale-title"><xsl:call-template name="svg-dir"><xsl:with-param name="svg"><xsl:call-template name="chart-scale"/></xsl:with-param></xsl:call-template></div>
          <xsl:if test="string($sum/@strongest-domain) != ''">
          <div class="kpis domains">
            <div class="kpi">
              <div class="k"><xsl:value-of select="$s.strongest"/></div>
              <div class="v text">
                <xsl:call-template name="domain-with-score"><xsl:with-param name="id" select="$sum/@strongest-domain"/></xsl:call-template>
              </div>
            </div>
            <div class="kpi">
              <div class="k"><xsl:value-of select="$s.weakest"/></div>
              <div class="v text">
                <xsl:call-template name="domain-with-score"><xsl:with-param name="id" select="$sum/@weakest-domain"/></xsl:call-template>
              </div>
            </div>
          </div>
          </xsl:if>
          <h3 id="top-priorities-h"><xsl:value-of select="$s.top-priorities"/></h3>
          <xsl:choose>
            <xsl:when test="$R/priorities/priority">
              <xsl:call-template name="priority-table">
                <xsl:with-param name="items" select="$R/priorities/priority[position() &lt;= 5]"/>
                <xsl:with-param name="full" select="false()"/>
              </xsl:call-template>
              <p class="table-note"><xsl:value-of select="concat($s.top-priorities-note, ' 5.')"/></p>
            </xsl:when>
            <xsl:otherwise><p><xsl:value-of select="$s.no-priorities"/></p></xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="summary-comparison"/>
        </xsl:when>
        <xsl:otherwise>
          <p class="lead"><xsl:call-template name="nothing-assessed"/></p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="summary-notes"/>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- Capabilities by baseline category, as the 2 x 2 of the method annex. -->
  <xsl:template name="summary-comparison">
    <xsl:variable name="caps" select="$R/domain/capability[baseline/@category != '']"/>
    <xsl:if test="$caps">
      <h3><xsl:value-of select="$s.comparison"/></h3>
      <table class="cats summary-cats">
        <thead>
          <tr>
            <th><xsl:value-of select="$s.this-country-is"/></th>
            <th><xsl:value-of select="$s.m-share-ge"/></th>
            <th><xsl:value-of select="$s.m-share-lt"/></th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td><b><xsl:value-of select="$s.not-in-place"/></b></td>
            <td><xsl:call-template name="category-cell"><xsl:with-param name="caps" select="$caps[baseline/@category = 'common-missing']"/><xsl:with-param name="label" select="$s.cat-common-missing"/></xsl:call-template></td>
            <td><xsl:call-template name="category-cell"><xsl:with-param name="caps" select="$caps[baseline/@category = 'rare-missing']"/><xsl:with-param name="label" select="$s.cat-rare-missing"/></xsl:call-template></td>
          </tr>
          <tr>
            <td><b><xsl:value-of select="$s.in-place"/></b></td>
            <td><xsl:call-template name="category-cell"><xsl:with-param name="caps" select="$caps[baseline/@category = 'in-line']"/><xsl:with-param name="label" select="$s.cat-in-line"/></xsl:call-template></td>
            <td><xsl:call-template name="category-cell"><xsl:with-param name="caps" select="$caps[baseline/@category = 'ahead']"/><xsl:with-param name="label" select="$s.cat-ahead"/></xsl:call-template></td>
          </tr>
        </tbody>
      </table>
      <xsl:call-template name="summary-comparison-left-out"/>
    </xsl:if>
  </xsl:template>

  <!-- The capabilities the table above leaves out, and why, under it: a
       reader who counts its cells finds them one short of the capabilities
       assessed, and the reason (no figure in the review, a figure the
       cohort withholds, not assessed) is otherwise only in Figure 2. -->
  <xsl:template name="summary-comparison-left-out">
    <xsl:variable name="out" select="$R/domain/capability[not(baseline/@category != '')]"/>
    <xsl:variable name="no-figure" select="$out[@assessed = 'true']"/>
    <xsl:variable name="na" select="$out[@assessed != 'true']"/>
    <xsl:if test="$out">
      <p class="table-note">
        <xsl:value-of select="concat($s.not-in-table, ' ')"/>
        <xsl:for-each select="$no-figure">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <span class="nowrap"><xsl:value-of select="concat(@number, ' ')"/></span>
          <xsl:value-of select="concat(@name, ' (')"/>
          <xsl:choose>
            <xsl:when test="baseline"><xsl:value-of select="$s.no-figure-long"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$s.no-baseline-short"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>)</xsl:text>
        </xsl:for-each>
        <xsl:if test="$no-figure and $na">; </xsl:if>
        <xsl:if test="$na">
          <xsl:value-of select="concat($s.not-assessed, ', ', $s.numbers, ' ')"/>
          <xsl:for-each select="$na">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="@number"/>
          </xsl:for-each>
        </xsl:if>
        <xsl:text>.</xsl:text>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="category-cell">
    <xsl:param name="caps"/>
    <xsl:param name="label"/>
    <div class="cat-head">
      <b><xsl:value-of select="count($caps)"/></b>
      <span class="muted"><xsl:value-of select="concat(' - ', $label)"/></span>
    </div>
    <xsl:choose>
      <xsl:when test="count($caps) &gt; 6">
        <div class="small">
          <xsl:value-of select="concat($s.numbers, ' ')"/>
          <xsl:for-each select="$caps">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:value-of select="@number"/>
          </xsl:for-each>
        </div>
      </xsl:when>
      <xsl:when test="$caps">
        <div class="small">
          <xsl:for-each select="$caps">
            <xsl:if test="position() &gt; 1">; </xsl:if>
            <span class="nowrap"><xsl:value-of select="concat(@number, ' ')"/></span>
            <xsl:value-of select="@name"/>
          </xsl:for-each>
        </div>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="summary-notes">
    <xsl:variable name="caps" select="$R/domain/capability"/>
    <xsl:variable name="prov" select="$caps[@assessed = 'true' and @provisional = 'true']"/>
    <xsl:variable name="na" select="$caps[@assessed != 'true']"/>
    <xsl:variable name="dk" select="sum($caps/@dont-know)"/>
    <xsl:if test="$prov or $na or $dk &gt; 0 or $R/warnings/warning">
      <h3><xsl:value-of select="$s.notes"/></h3>
      <ul class="notes">
        <xsl:if test="$prov">
          <li>
            <xsl:value-of select="count($prov)"/>
            <xsl:text> </xsl:text>
            <xsl:choose>
              <xsl:when test="count($prov) = 1"><xsl:value-of select="$s.capability-1"/> (</xsl:when>
              <xsl:otherwise><xsl:value-of select="$s.capabilities"/> (</xsl:otherwise>
            </xsl:choose>
            <xsl:choose>
              <xsl:when test="count($prov) = 1"><xsl:value-of select="concat($s.number-1, ' ')"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="concat($s.numbers, ' ')"/></xsl:otherwise>
            </xsl:choose>
            <xsl:for-each select="$prov">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="@number"/>
            </xsl:for-each>
            <xsl:choose>
              <xsl:when test="count($prov) = 1"><xsl:value-of select="concat(') ', $s.note-provisional-1)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="concat(') ', $s.note-provisional)"/></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:if>
        <xsl:if test="$dk &gt; 0">
          <li><xsl:value-of select="concat($s.note-dont-know, ' ', $dk, '.')"/></li>
        </xsl:if>
        <xsl:if test="$na">
          <li>
            <xsl:value-of select="concat(count($na), ' ')"/>
            <xsl:choose>
              <xsl:when test="count($na) = 1"><xsl:value-of select="$s.capability-1"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$s.capabilities"/></xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="concat(' ', $s.note-not-assessed, ' ')"/>
            <xsl:for-each select="$na">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="concat(@number, ' ', @name, ' (')"/>
              <xsl:call-template name="not-assessed-label"/>
              <xsl:text>)</xsl:text>
            </xsl:for-each>
            <xsl:text>.</xsl:text>
          </li>
        </xsl:if>
        <xsl:if test="$R/warnings/warning">
          <li><xsl:value-of select="$s.note-warnings"/></li>
        </xsl:if>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- Rank, capability, level now, score, target, gap, share (and, in the
       full roadmap, the next step and the prerequisites). -->
  <xsl:template name="priority-table">
    <xsl:param name="items"/>
    <xsl:param name="full"/>
    <!-- labelled by the heading above it -->
    <div class="table-scroll" tabindex="0" role="group">
      <xsl:attribute name="aria-labelledby">
        <xsl:choose><xsl:when test="$full">roadmap-h</xsl:when><xsl:otherwise>top-priorities-h</xsl:otherwise></xsl:choose>
      </xsl:attribute>
    <table>
      <xsl:attribute name="class">
        <xsl:text>priorities</xsl:text>
        <xsl:if test="$full"> roadmap</xsl:if>
      </xsl:attribute>
      <thead>
        <tr>
          <th class="num"><xsl:value-of select="$s.rank"/></th>
          <th><xsl:value-of select="$s.capability"/></th>
          <th colspan="2"><xsl:value-of select="$s.now"/></th>
          <th class="num"><xsl:value-of select="$s.score"/></th>
          <th class="num"><xsl:value-of select="$s.target"/></th>
          <th class="num"><xsl:value-of select="$s.gap"/></th>
          <th class="num"><xsl:value-of select="$s.baseline-share"/></th>
        </tr>
      </thead>
      <xsl:for-each select="$items">
        <xsl:variable name="cap" select="$R/domain/capability[@id = current()/@capability]"/>
        <xsl:variable name="next" select="$cap/descriptor[@level = number($cap/@level) + 1]"/>
        <tbody>
          <tr data-priority="{@capability}">
            <xsl:if test="$full"><xsl:attribute name="class">main</xsl:attribute></xsl:if>
            <td class="num"><xsl:value-of select="@rank"/></td>
            <td class="cap-cell">
              <xsl:choose>
                <xsl:when test="$full"><b><xsl:value-of select="@name"/></b></xsl:when>
                <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
              </xsl:choose>
            </td>
            <td class="num"><span class="lv lv{@level}"><xsl:value-of select="@level"/></span></td>
            <td class="nowrap"><xsl:call-template name="level-name"><xsl:with-param name="level" select="@level"/></xsl:call-template></td>
            <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@score"/></xsl:call-template></td>
            <td class="num"><xsl:value-of select="@target"/></td>
            <td class="num"><b><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@gap"/></xsl:call-template></b></td>
            <td class="num">
              <xsl:choose>
                <xsl:when test="string(@baseline-percent) != ''">
                  <xsl:call-template name="baseline-share">
                    <xsl:with-param name="cap" select="$cap"/>
                    <xsl:with-param name="with-counts" select="false()"/>
                  </xsl:call-template>
                </xsl:when>
                <xsl:when test="$cap/baseline"><span class="muted"><xsl:value-of select="$s.no-figure-short"/></span></xsl:when>
                <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
          <xsl:if test="$full and ($next or prerequisite)">
            <tr class="sub">
              <td></td>
              <td colspan="7">
                <xsl:if test="$next">
                  <div class="step">
                    <b><xsl:value-of select="concat($s.next-step, ' (', $s.level-word, ' ', $next/@level, ' ')"/>
                      <xsl:call-template name="level-name"><xsl:with-param name="level" select="$next/@level"/></xsl:call-template>
                      <xsl:text>): </xsl:text></b>
                    <xsl:value-of select="normalize-space($next)"/>
                  </div>
                </xsl:if>
                <xsl:for-each select="prerequisite">
                  <xsl:variable name="pc" select="$R/domain/capability[@id = current()/@capability]"/>
                  <div class="prereq">
                    <b><xsl:value-of select="concat($s.builds-on, ': ')"/></b>
                    <xsl:if test="$pc"><xsl:value-of select="concat($pc/@number, ' ')"/></xsl:if>
                    <xsl:value-of select="@name"/>
                    <xsl:text> </xsl:text>
                    <xsl:choose>
                      <xsl:when test="@has-gap = 'true' or @has-gap = '1'">
                        <xsl:variable name="pr" select="$R/priorities/priority[@capability = current()/@capability]"/>
                        <span class="gap">
                          <xsl:text>(</xsl:text>
                          <xsl:value-of select="$s.prereq-gap"/>
                          <xsl:if test="$pr"><xsl:value-of select="concat(' ', $pr/@rank)"/></xsl:if>
                          <xsl:text>)</xsl:text>
                        </span>
                      </xsl:when>
                      <xsl:otherwise>
                        <span class="muted"><xsl:value-of select="concat('(', $s.prereq-no-gap, ')')"/></span>
                      </xsl:otherwise>
                    </xsl:choose>
                    <xsl:if test="normalize-space(.) != ''">
                      <span class="muted"><xsl:value-of select="concat(' - ', normalize-space(.))"/></span>
                    </xsl:if>
                  </div>
                </xsl:for-each>
              </td>
            </tr>
          </xsl:if>
        </tbody>
        <xsl:value-of select="$nl"/>
      </xsl:for-each>
    </table>
    </div>
  </xsl:template>

  <!-- ================================================================
       2 Charts
       ================================================================ -->

  <xsl:template name="charts">
    <section class="major" id="charts">
      <h2><span class="secno">2</span><xsl:value-of select="$s.sec-charts"/></h2>
      <figure id="fig-domains">
        <figcaption><span class="fig"><xsl:value-of select="concat($s.fig, ' 1. ')"/></span><xsl:value-of select="$s.fig-domains"/></figcaption>
        <p class="fig-desc"><xsl:value-of select="$s.fig-domains-desc"/></p>
        <div class="chart-scroll" tabindex="0" role="group" aria-labelledby="chart-domains-title"><xsl:call-template name="svg-dir"><xsl:with-param name="svg"><xsl:call-template name="chart-domains"/></xsl:with-param></xsl:call-template></div>
        <xsl:if test="$uniform-target = '' and $R/domain/capability[@assessed = 'true']">
          <p class="fig-foot"><xsl:value-of select="$s.targets-differ"/></p>
        </xsl:if>
      </figure>
      <h3 id="domain-scores-h"><xsl:value-of select="$s.domain-scores"/></h3>
      <div class="table-scroll" tabindex="0" role="group" aria-labelledby="domain-scores-h">
      <table class="domains">
        <thead>
          <tr>
            <th class="num"><xsl:value-of select="$s.no"/></th>
            <th><xsl:value-of select="$s.domain"/></th>
            <th colspan="2"><xsl:value-of select="$s.level"/></th>
            <th class="num"><xsl:value-of select="$s.score"/></th>
            <th class="num"><xsl:value-of select="$s.capabilities-assessed"/></th>
            <th class="num"><xsl:value-of select="$s.answered"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$R/domain">
            <tr data-domain="{@id}">
              <td class="num"><xsl:value-of select="@number"/></td>
              <td><xsl:value-of select="@name"/></td>
              <xsl:choose>
                <xsl:when test="@assessed = 'true' and string(@score) != ''">
                  <xsl:variable name="lvl" select="floor(number(@score))"/>
                  <td class="num"><span class="lv lv{$lvl}"><xsl:value-of select="$lvl"/></span></td>
                  <td><xsl:call-template name="level-name"><xsl:with-param name="level" select="$lvl"/></xsl:call-template></td>
                  <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@score"/></xsl:call-template></td>
                </xsl:when>
                <xsl:otherwise>
                  <td class="num"><span class="lv lvna">-</span></td>
                  <td class="muted"><xsl:value-of select="$s.not-assessed"/></td>
                  <td class="num"><xsl:value-of select="$s.dash"/></td>
                </xsl:otherwise>
              </xsl:choose>
              <td class="num"><xsl:value-of select="concat(@capabilities-assessed, ' ', $s.of, ' ', @capabilities)"/></td>
              <td class="num"><xsl:call-template name="fmt-completeness"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      </div>

      <figure class="page" id="fig-baseline">
        <figcaption><span class="fig"><xsl:value-of select="concat($s.fig, ' 2. ')"/></span><xsl:value-of select="$s.fig-baseline"/></figcaption>
        <p class="fig-desc"><xsl:value-of select="$s.fig-baseline-desc"/></p>
        <div class="chart-scroll" tabindex="0" role="group" aria-labelledby="chart-baseline-title"><xsl:call-template name="svg-dir"><xsl:with-param name="svg"><xsl:call-template name="chart-baseline"/></xsl:with-param></xsl:call-template></div>
        <xsl:call-template name="shared-items-note"/>
      </figure>

      <figure class="page" id="fig-heatmap">
        <figcaption><span class="fig"><xsl:value-of select="concat($s.fig, ' 3. ')"/></span><xsl:value-of select="$s.fig-heatmap"/></figcaption>
        <p class="fig-desc">
          <xsl:value-of select="$s.fig-heatmap-desc"/>
          <xsl:if test="not($criteria-kind)"><xsl:value-of select="concat(' ', $s.fig-heatmap-rapid)"/></xsl:if>
        </p>
        <div class="chart-scroll" tabindex="0" role="group" aria-labelledby="chart-heatmap-title"><xsl:call-template name="svg-dir"><xsl:with-param name="svg"><xsl:call-template name="chart-heatmap"/></xsl:with-param></xsl:call-template></div>
      </figure>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- Review items that cover more than one capability. -->
  <xsl:template name="shared-items-note">
    <xsl:variable name="shared" select="$R/domain/capability/baseline[contains(normalize-space(@capabilities), ' ')]"/>
    <xsl:for-each select="$shared">
      <!-- once per item: the first capability that carries it -->
      <xsl:if test="not(preceding::baseline[@item = current()/@item])">
        <p class="fig-foot">
          <xsl:value-of select="concat($s.shared-item-1, ' &#8220;', @label, '&#8221; ', $s.shared-item-2, ' ')"/>
          <xsl:variable name="ids">
            <xsl:call-template name="words"><xsl:with-param name="text" select="normalize-space(@capabilities)"/></xsl:call-template>
          </xsl:variable>
          <xsl:for-each select="exsl:node-set($ids)/t">
            <xsl:variable name="c" select="$R/domain/capability[@id = current()]"/>
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:choose>
              <xsl:when test="$c"><xsl:value-of select="concat($c/@number, ' ', $c/@name)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </p>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- == Text helpers == -->

  <!-- The words of a text (single spaces) as <t> elements, for exsl:node-set. -->
  <xsl:template name="words">
    <xsl:param name="text"/>
    <xsl:call-template name="split">
      <xsl:with-param name="text" select="$text"/>
      <xsl:with-param name="c" select="' '"/>
      <xsl:with-param name="nodes" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================
       3 All capabilities
       ================================================================ -->

  <xsl:template name="capability-table">
    <section class="major" id="capabilities">
      <h2 id="capabilities-h"><span class="secno">3</span><xsl:value-of select="$s.sec-table"/></h2>
      <div class="table-scroll" tabindex="0" role="group" aria-labelledby="capabilities-h">
      <table class="capabilities">
        <colgroup>
          <col style="width:3.5%"/><col style="width:29%"/><col style="width:4%"/><col style="width:11%"/>
          <col style="width:6%"/><col style="width:6%"/><col style="width:5.5%"/><col style="width:9%"/>
          <col style="width:7.5%"/><col style="width:18.5%"/>
        </colgroup>
        <thead>
          <tr>
            <th class="num"><xsl:value-of select="$s.no"/></th>
            <th><xsl:value-of select="$s.capability"/></th>
            <th colspan="2"><xsl:value-of select="$s.level"/></th>
            <th class="num"><xsl:value-of select="$s.score"/></th>
            <th class="num"><xsl:value-of select="$s.target"/></th>
            <th class="num"><xsl:value-of select="$s.gap"/></th>
            <th class="num"><xsl:value-of select="$s.answered"/></th>
            <th class="num"><xsl:value-of select="$s.baseline-share"/></th>
            <th class="cmp"><xsl:value-of select="$s.col-compared"/></th>
          </tr>
        </thead>
        <xsl:for-each select="$R/domain">
          <tbody>
            <tr class="group">
              <td colspan="10">
                <xsl:value-of select="concat($s.domain, ' ', @number, ': ', @name)"/>
                <span class="num-inline">
                  <xsl:text> - </xsl:text>
                  <xsl:value-of select="concat($s.domain-score, ' ')"/>
                  <xsl:call-template name="domain-score-text"/>
                </span>
              </td>
            </tr>
            <xsl:for-each select="capability">
              <tr data-capability="{@id}">
                <xsl:if test="@assessed != 'true'"><xsl:attribute name="class">na</xsl:attribute></xsl:if>
                <td class="num"><xsl:value-of select="@number"/></td>
                <td><xsl:value-of select="@name"/></td>
                <xsl:choose>
                  <xsl:when test="@assessed = 'true'">
                    <td class="num"><span class="lv lv{@level}"><xsl:value-of select="@level"/></span></td>
                    <td class="nowrap"><xsl:value-of select="@level-name"/><xsl:if test="@provisional = 'true'"><br/><span class="tag prov"><xsl:value-of select="$s.provisional"/></span></xsl:if></td>
                    <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@score"/></xsl:call-template></td>
                    <td class="num"><xsl:value-of select="@target"/></td>
                    <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@gap"/></xsl:call-template></td>
                  </xsl:when>
                  <xsl:otherwise>
                    <td class="num"><span class="lv lvna">-</span></td>
                    <td class="nowrap"><xsl:call-template name="not-assessed-label"/></td>
                    <td class="num"><xsl:value-of select="$s.dash"/></td>
                    <td class="num"><xsl:value-of select="@target"/></td>
                    <td class="num"><xsl:value-of select="$s.dash"/></td>
                  </xsl:otherwise>
                </xsl:choose>
                <td class="num"><xsl:call-template name="fmt-completeness"/></td>
                <td class="num">
                  <xsl:choose>
                    <xsl:when test="baseline/@status = 'figure'">
                      <xsl:call-template name="fmt-ratio">
                        <xsl:with-param name="part" select="baseline/@yes"/>
                        <xsl:with-param name="whole" select="baseline/@respondents"/>
                      </xsl:call-template>
                      <xsl:text>%</xsl:text>
                    </xsl:when>
                    <xsl:when test="baseline"><span class="muted"><xsl:value-of select="$s.no-figure-short"/></span></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td class="cmp"><xsl:call-template name="category-short"/></td>
              </tr>
              <xsl:value-of select="$nl"/>
            </xsl:for-each>
          </tbody>
        </xsl:for-each>
      </table>
      </div>
      <p class="table-note"><xsl:value-of select="concat($s.capability-table-note, ' ', $s.compared-note)"/></p>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- The baseline category in a few words (the table note spells them
       out); an unknown code keeps the results' own label. -->
  <xsl:template name="category-short">
    <xsl:param name="baseline" select="baseline"/>
    <xsl:choose>
      <xsl:when test="$baseline/@category = 'common-missing'"><xsl:value-of select="$s.cat-short-common-missing"/></xsl:when>
      <xsl:when test="$baseline/@category = 'rare-missing'"><xsl:value-of select="$s.cat-short-rare-missing"/></xsl:when>
      <xsl:when test="$baseline/@category = 'ahead'"><xsl:value-of select="$s.cat-short-ahead"/></xsl:when>
      <xsl:when test="$baseline/@category = 'in-line'"><xsl:value-of select="$s.cat-short-in-line"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="category-label"><xsl:with-param name="baseline" select="$baseline"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       4 Domain by domain
       ================================================================ -->

  <xsl:template name="domains">
    <section class="major" id="domains">
      <h2><span class="secno">4</span><xsl:value-of select="$s.sec-domains"/></h2>
      <xsl:for-each select="$R/domain">
        <div class="domain" id="domain-{@id}">
          <xsl:apply-templates select="capability" mode="detail">
            <xsl:with-param name="domain-no" select="position()"/>
          </xsl:apply-templates>
        </div>
        <xsl:value-of select="$nl"/>
      </xsl:for-each>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- The domain's heading, kept on the page of its first capability. -->
  <xsl:template match="domain" mode="head">
    <xsl:param name="domain-no"/>
          <h3 class="domain-title">
            <span class="secno"><xsl:value-of select="concat('4.', $domain-no)"/></span>
            <xsl:value-of select="concat($s.domain, ' ', @number, ': ', @name)"/>
          </h3>
          <p class="domain-meta">
            <xsl:value-of select="concat($s.domain-score, ' ')"/>
            <xsl:choose>
              <xsl:when test="@assessed = 'true'">
                <b><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@score"/></xsl:call-template></b>
                <xsl:text> </xsl:text>
                <xsl:call-template name="coverage"><xsl:with-param name="of" select="."/></xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <b><xsl:value-of select="$s.dash"/></b>
                <xsl:value-of select="concat(' (', $s.no-assessed-cap, ')')"/>
              </xsl:otherwise>
            </xsl:choose>
            <span class="sep">|</span>
            <xsl:call-template name="fmt-completeness"/>
            <xsl:value-of select="concat(' ', $s.questions-answered)"/>
          </p>
          <xsl:if test="normalize-space(description) != ''">
            <p class="domain-intro pre"><xsl:value-of select="description"/></p>
          </xsl:if>
  </xsl:template>

  <xsl:template match="capability" mode="detail">
    <xsl:param name="domain-no"/>
    <xsl:variable name="lvl" select="number(@level)"/>
    <xsl:variable name="assessed" select="@assessed = 'true'"/>
    <xsl:variable name="open" select="'|unmet|partly|dont-know|unanswered|'"/>
    <article class="cap" id="cap-{@id}">
      <div class="block keep">
        <xsl:if test="not(preceding-sibling::capability)">
          <xsl:apply-templates select=".." mode="head">
            <xsl:with-param name="domain-no" select="$domain-no"/>
          </xsl:apply-templates>
        </xsl:if>
        <div class="cap-head">
        <h3><span class="secno"><xsl:value-of select="@number"/></span><xsl:value-of select="@name"/></h3>
        <div class="cap-status">
          <xsl:choose>
            <xsl:when test="$assessed">
              <span class="lv lv{@level}"><xsl:value-of select="@level"/></span>
              <b><xsl:value-of select="@level-name"/></b>
              <span class="sep">|</span>
              <xsl:value-of select="concat($s.score, ' ')"/>
              <b><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@score"/></xsl:call-template></b>
              <span class="sep">|</span>
              <xsl:value-of select="concat($s.target, ' ')"/><b><xsl:value-of select="@target"/></b>
              <span class="sep">|</span>
              <xsl:value-of select="concat($s.gap, ' ')"/>
              <b><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@gap"/></xsl:call-template></b>
            </xsl:when>
            <xsl:otherwise>
              <span class="lv lvna">-</span><b><xsl:value-of select="$s.Not-assessed"/></b>
              <xsl:value-of select="' ('"/><xsl:call-template name="not-assessed-label"/><xsl:value-of select="')'"/>
            </xsl:otherwise>
          </xsl:choose>
          <span class="sep">|</span>
          <xsl:call-template name="fmt-completeness"/>
          <xsl:value-of select="concat(' ', $s.answered, ' (', @answered, '/', @applicable, ')')"/>
          <xsl:if test="$assessed and @provisional = 'true'">
            <xsl:text> </xsl:text><span class="tag prov"><xsl:value-of select="$s.provisional"/></span>
          </xsl:if>
          <xsl:if test="number(@dont-know) &gt; 0">
            <xsl:text> </xsl:text><span class="tag st-dont-know"><xsl:value-of select="concat(@dont-know, ' ', $s.missing-evidence)"/></span>
          </xsl:if>
        </div>
        </div>
        <xsl:if test="normalize-space(description) != ''">
          <p class="desc pre"><xsl:value-of select="description"/></p>
        </xsl:if>

      <xsl:choose>
        <xsl:when test="not($assessed)">
          <p class="muted"><xsl:call-template name="not-assessed-long"/></p>
        </xsl:when>
        <xsl:otherwise>
          <div class="pair">
            <div class="box-now">
              <h4>
                <xsl:value-of select="concat($s.in-place-now, ': ')"/>
                <b><xsl:value-of select="concat($s.Level-word, ' ', @level, ' ', @level-name)"/></b>
              </h4>
              <xsl:choose>
                <xsl:when test="$lvl &gt;= 1">
                  <p class="pre"><xsl:value-of select="descriptor[@level = $lvl]"/></p>
                </xsl:when>
                <xsl:otherwise><p><xsl:value-of select="$s.nothing-yet"/></p></xsl:otherwise>
              </xsl:choose>
            </div>
            <div class="box-next">
              <xsl:choose>
                <xsl:when test="$lvl &lt; 4">
                  <xsl:variable name="next" select="descriptor[@level = $lvl + 1]"/>
                  <h4>
                    <xsl:value-of select="concat($s.next-level, ': ')"/>
                    <b>
                      <xsl:value-of select="concat($s.Level-word, ' ', $lvl + 1, ' ')"/>
                      <xsl:call-template name="level-name"><xsl:with-param name="level" select="$lvl + 1"/></xsl:call-template>
                    </b>
                  </h4>
                  <p class="pre"><xsl:value-of select="$next"/></p>
                  <xsl:if test="$criteria-kind">
                    <xsl:variable name="todo" select="criterion[@level = $lvl + 1][contains($open, concat('|', @status, '|'))]"/>
                    <p class="small muted">
                      <xsl:value-of select="concat($s.still-to-do, ' (')"/>
                      <xsl:call-template name="fmt-share"><xsl:with-param name="value" select="$next/@share"/></xsl:call-template>
                      <xsl:value-of select="concat(' ', $s.share-met, ', ')"/>
                      <xsl:call-template name="fmt-threshold"/>
                      <xsl:value-of select="concat(' ', $s.threshold-needed, '):')"/>
                    </p>
                    <xsl:choose>
                      <xsl:when test="$todo">
                        <xsl:call-template name="criteria-list"><xsl:with-param name="items" select="$todo"/></xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise><p class="small"><xsl:value-of select="$s.all-met-next"/></p></xsl:otherwise>
                    </xsl:choose>
                    <!-- in the box, so that it stays on the page of the
                         next level it follows -->
                    <xsl:variable name="later" select="criterion[@level &gt; $lvl + 1][contains($open, concat('|', @status, '|'))]"/>
                    <xsl:if test="$later">
                      <p class="small muted later"><xsl:value-of select="concat($s.further-criteria, ' ', count($later), '.')"/></p>
                    </xsl:if>
                  </xsl:if>
                </xsl:when>
                <xsl:otherwise>
                  <h4><xsl:value-of select="$s.next-level"/></h4>
                  <p><xsl:value-of select="$s.top-level"/></p>
                </xsl:otherwise>
              </xsl:choose>
            </div>
          </div>
        </xsl:otherwise>
      </xsl:choose>
      </div>
      <xsl:if test="$assessed">
          <xsl:if test="$criteria-kind">
            <xsl:variable name="also" select="criterion[@level &lt;= $lvl][contains($open, concat('|', @status, '|'))]"/>
            <xsl:if test="$also">
              <div class="block">
                <h4><xsl:value-of select="$s.also-open"/></h4>
                <xsl:call-template name="criteria-list"><xsl:with-param name="items" select="$also"/></xsl:call-template>
              </div>
            </xsl:if>
          </xsl:if>
      </xsl:if>

      <xsl:if test="requires">
        <div class="small requires">
          <b><xsl:value-of select="concat($s.builds-on, ':')"/></b>
          <xsl:for-each select="requires">
            <xsl:variable name="rc" select="$R/domain/capability[@id = current()/@capability]"/>
            <div>
              <xsl:if test="$rc"><xsl:value-of select="concat($rc/@number, ' ')"/></xsl:if>
              <xsl:value-of select="@name"/>
              <xsl:if test="$rc/@assessed = 'true'">
                <span class="muted"><xsl:value-of select="concat(' (', $s.level-word, ' ', $rc/@level, ')')"/></span>
              </xsl:if>
              <xsl:if test="normalize-space(.) != ''">
                <span class="muted"><xsl:value-of select="concat(': ', normalize-space(.))"/></span>
              </xsl:if>
            </div>
          </xsl:for-each>
        </div>
      </xsl:if>

      <xsl:call-template name="evidence"/>
      <xsl:call-template name="baseline-detail"/>
    </article>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template name="criteria-list">
    <xsl:param name="items"/>
    <ul class="criteria">
      <xsl:for-each select="$items">
        <li>
          <span class="tag st-{@status}">
            <xsl:call-template name="status-label"><xsl:with-param name="status" select="@status"/></xsl:call-template>
          </span>
          <xsl:text> </xsl:text>
          <xsl:value-of select="normalize-space(text)"/>
          <xsl:text> </xsl:text>
          <span class="q"><xsl:value-of select="concat('(', $s.level-word, ' ', @level, ', ', @question, ')')"/></span>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template name="evidence">
    <xsl:variable name="with" select="criterion[normalize-space(evidence) != '' or normalize-space(comment) != '']"/>
    <xsl:choose>
      <xsl:when test="$with">
        <h4><xsl:value-of select="$s.evidence"/></h4>
        <table class="evidence">
          <thead>
            <tr>
              <th><xsl:value-of select="$s.criterion"/></th>
              <th><xsl:value-of select="$s.answer"/></th>
              <th><xsl:value-of select="$s.evidence-comment"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$with">
              <tr>
                <td>
                  <xsl:value-of select="normalize-space(text)"/>
                  <div class="q muted small">
                    <xsl:if test="@status != 'picked'"><xsl:value-of select="concat($s.level-word, ' ', @level, ', ')"/></xsl:if>
                    <xsl:value-of select="@question"/>
                  </div>
                </td>
                <td>
                  <span class="tag st-{@status}">
                    <xsl:choose>
                      <xsl:when test="@status = 'picked'">
                        <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="@answer"/></xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise>
                        <xsl:call-template name="status-label"><xsl:with-param name="status" select="@status"/></xsl:call-template>
                      </xsl:otherwise>
                    </xsl:choose>
                  </span>
                </td>
                <td>
                  <xsl:if test="normalize-space(evidence) != ''">
                    <div class="pre"><xsl:call-template name="user-text"><xsl:with-param name="text" select="evidence"/></xsl:call-template></div>
                  </xsl:if>
                  <xsl:if test="normalize-space(comment) != ''">
                    <div class="pre muted"><i><xsl:value-of select="concat($s.comment, ': ')"/></i><xsl:call-template name="user-text"><xsl:with-param name="text" select="comment"/></xsl:call-template></div>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:when test="@assessed = 'true'">
        <p class="small muted"><xsl:value-of select="$s.no-evidence"/></p>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The comparison with the review, then its indicators, notes and
       challenges, each kept whole. After the last capability the roadmap
       starts a new page, so there they move together: a page holding
       only the last few lines of a capability would be nearly empty. -->
  <xsl:template name="baseline-detail">
    <xsl:choose>
      <xsl:when test="not(following-sibling::capability) and not(../following-sibling::domain/capability)">
        <div class="block last-review"><xsl:call-template name="baseline-detail-parts"/></div>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="baseline-detail-parts"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="baseline-detail-parts">
    <xsl:variable name="b" select="baseline"/>
    <div class="block">
      <h4><xsl:value-of select="$s.comparison"/></h4>
      <div class="baseline-box">
        <xsl:choose>
          <xsl:when test="$b/@status = 'figure'">
            <p>
              <xsl:value-of select="concat($s.review-had-1, ' ', $b/@yes, ' ', $s.of, ' ', $b/@respondents, ' ', $s.review-had-2, ' (')"/>
              <xsl:call-template name="fmt-ratio">
                <xsl:with-param name="part" select="$b/@yes"/>
                <xsl:with-param name="whole" select="$b/@respondents"/>
              </xsl:call-template>
              <xsl:value-of select="concat('%) ', $s.review-had-3)"/>
              <xsl:if test="normalize-space($b/@label) != '' and $b/@label != @name">
                <span class="muted"><xsl:value-of select="concat(' ', $s.review-item, ': &#8220;', $b/@label, '&#8221;.')"/></span>
              </xsl:if>
            </p>
          </xsl:when>
          <xsl:when test="$b">
            <p><xsl:value-of select="$s.review-no-figure"/></p>
          </xsl:when>
          <xsl:otherwise><p><xsl:value-of select="$s.no-baseline"/></p></xsl:otherwise>
        </xsl:choose>
        <p>
          <xsl:value-of select="concat($s.this-country-is, ' ')"/>
          <xsl:choose>
            <xsl:when test="@assessed != 'true'"><xsl:call-template name="not-assessed-label"/></xsl:when>
            <xsl:when test="@in-place = 'true'"><b><xsl:value-of select="$s.in-place"/></b><xsl:value-of select="concat(' (', $s.level-word, ' ', @level, ')')"/></xsl:when>
            <xsl:otherwise><b><xsl:value-of select="$s.not-in-place"/></b><xsl:value-of select="concat(' (', $s.level-word, ' ', @level, ')')"/></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="string($b/@category) != '' or string($b/@category-label) != ''">
            <xsl:text>: </xsl:text>
            <span class="cat"><xsl:call-template name="category-label"/></span>
          </xsl:if>
          <xsl:text>.</xsl:text>
        </p>
        <xsl:if test="normalize-space($b/statement) != ''">
          <p class="small muted">
            <xsl:value-of select="normalize-space($b/statement)"/>
            <xsl:if test="normalize-space($b/source) != ''">
              <xsl:value-of select="concat(' ', $s.source, ': ', normalize-space($b/source))"/>
            </xsl:if>
          </p>
        </xsl:if>
        <xsl:for-each select="$b/note">
          <p class="small muted"><xsl:value-of select="normalize-space(.)"/></p>
        </xsl:for-each>
      </div>
    </div>
    <xsl:if test="indicator">
      <div class="block">
        <h4 id="ind-{@id}"><xsl:value-of select="$s.indicators"/></h4>
        <!-- a long word in a long language (a label, a figure, an answer)
             may leave it wider than a phone: it scrolls in its box -->
        <div class="table-scroll" tabindex="0" role="group" aria-labelledby="ind-{@id}">
        <table class="indicators">
          <thead>
            <tr>
              <th><xsl:value-of select="$s.indicator"/></th>
              <th class="num"><xsl:value-of select="$s.surveyed"/></th>
              <th><xsl:value-of select="$s.this-answer"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="indicator">
              <tr>
                <td>
                  <xsl:value-of select="@label"/>
                  <xsl:if test="normalize-space(@population) != ''">
                    <span class="muted"><xsl:value-of select="concat(' (', @population, ')')"/></span>
                  </xsl:if>
                  <xsl:if test="normalize-space(statement) != ''">
                    <div class="muted small"><xsl:value-of select="normalize-space(statement)"/></div>
                  </xsl:if>
                </td>
                <td class="num">
                  <xsl:call-template name="fmt-ratio">
                    <xsl:with-param name="part" select="@yes"/>
                    <xsl:with-param name="whole" select="@respondents"/>
                  </xsl:call-template>
                  <xsl:value-of select="concat('% (', @yes, '/', @respondents, ')')"/>
                </td>
                <td>
                  <xsl:choose>
                    <xsl:when test="string(@answer) != ''">
                      <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="@answer"/></xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise><span class="muted"><xsl:value-of select="$s.dash"/></span></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        </div>
      </div>
    </xsl:if>
    <xsl:if test="group-note">
      <div class="block">
        <h4><xsl:value-of select="$s.group-notes"/></h4>
        <ul>
          <xsl:for-each select="group-note">
            <li>
              <xsl:if test="normalize-space(@name) != ''"><b><xsl:value-of select="concat(@name, ': ')"/></b></xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
    <xsl:if test="$b/challenge">
      <div class="block">
        <h4><xsl:value-of select="$s.challenges"/></h4>
        <ul>
          <xsl:for-each select="$b/challenge">
            <li><xsl:value-of select="normalize-space(.)"/></li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================
       5 Roadmap
       ================================================================ -->

  <xsl:template name="roadmap">
    <section class="major" id="roadmap">
      <h2 id="roadmap-h"><span class="secno">5</span><xsl:value-of select="$s.sec-roadmap"/></h2>
      <p><xsl:value-of select="$s.roadmap-intro"/></p>
      <xsl:choose>
        <xsl:when test="$R/priorities/priority">
          <xsl:call-template name="priority-table">
            <xsl:with-param name="items" select="$R/priorities/priority"/>
            <xsl:with-param name="full" select="true()"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="$R/summary/@assessed = 'true'"><p><xsl:value-of select="$s.no-priorities"/></p></xsl:when>
        <xsl:otherwise><p><xsl:call-template name="nothing-assessed"/></p></xsl:otherwise>
      </xsl:choose>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- ================================================================
       6 Method annex
       ================================================================ -->

  <!-- The workshop annex: a consensus made by mnr merge. The summary
       (agreement, decisions) comes before the long list of disputed
       questions, where each question's answers are grouped by value so the
       split shows at a glance. -->
  <xsl:template name="workshop">
    <section class="major" id="workshop">
      <h2><span class="secno">7</span><xsl:value-of select="$s.sec-workshop"/></h2>
      <p><xsl:value-of select="$s.ws-intro"/></p>
      <!-- 7.1 when there are disputed questions; the parts after it follow -->
      <xsl:variable name="glance" select="number(boolean($ws-criteria[consensus/@disputed = 'true']))"/>
      <xsl:call-template name="ws-glance"/>
      <div class="block">
        <h3><span class="secno"><xsl:value-of select="concat('7.', 1 + $glance)"/></span><xsl:value-of select="$s.ws-participants"/></h3>
        <ul class="people cols">
          <xsl:for-each select="$R/assessment/respondents/respondent">
            <li><xsl:call-template name="ws-who"><xsl:with-param name="name" select="."/><xsl:with-param name="role" select="@role"/></xsl:call-template></li>
          </xsl:for-each>
        </ul>
      </div>
      <h3><span class="secno"><xsl:value-of select="concat('7.', 2 + $glance)"/></span><xsl:value-of select="$s.ws-rules"/></h3>
      <p><xsl:value-of select="$s.ws-rules-text"/></p>

      <h3 id="agreement-h"><span class="secno"><xsl:value-of select="concat('7.', 3 + $glance)"/></span><xsl:value-of select="$s.ws-agreement"/></h3>
      <p class="keep"><xsl:value-of select="$s.ws-agreement-intro"/></p>
      <div class="table-scroll" tabindex="0" role="group" aria-labelledby="agreement-h">
      <table class="agreement">
        <thead>
          <tr>
            <th><xsl:value-of select="$s.capability"/></th>
            <th class="num"><xsl:value-of select="$s.ws-answered-col"/></th>
            <th class="num"><xsl:value-of select="$s.ws-unanimous-col"/></th>
            <th class="num"><xsl:value-of select="$s.ws-disputed-col"/></th>
            <th class="num"><xsl:value-of select="$s.ws-decided-col"/></th>
            <th class="num"><xsl:value-of select="$s.ws-agreeing-col"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$R/domain/capability[criterion/consensus]">
            <xsl:variable name="c">
              <xsl:call-template name="ws-counts"><xsl:with-param name="cap" select="."/></xsl:call-template>
            </xsl:variable>
            <xsl:variable name="n" select="exsl:node-set($c)"/>
            <tr>
              <td><xsl:value-of select="concat(@number, ' ', @name)"/></td>
              <td class="num"><xsl:value-of select="$n/answered"/></td>
              <td class="num"><xsl:value-of select="$n/unanimous"/></td>
              <td class="num"><xsl:value-of select="$n/disputed"/></td>
              <td class="num"><xsl:value-of select="$n/decided"/></td>
              <td class="num">
                <xsl:call-template name="fmt-ratio">
                  <xsl:with-param name="part" select="$n/agreeing"/><xsl:with-param name="whole" select="$n/given"/>
                </xsl:call-template>
                <xsl:value-of select="concat('% (', $n/agreeing, '/', $n/given, ')')"/>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      </div>

      <h3><span class="secno"><xsl:value-of select="concat('7.', 4 + $glance)"/></span><xsl:value-of select="$s.ws-decisions"/></h3>
      <xsl:if test="not($ws-criteria[consensus/@decided = 'true'])">
        <p><xsl:value-of select="$s.ws-no-decisions"/></p>
      </xsl:if>
      <ul>
        <xsl:for-each select="$ws-criteria[consensus/@decided = 'true']">
          <li>
            <strong><xsl:value-of select="@question"/></strong>
            <xsl:value-of select="concat(': ', $s.ws-rule-gave, ' ')"/>
            <xsl:choose>
              <xsl:when test="consensus/@rule-value">
                <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="consensus/@rule-value"/></xsl:call-template>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="$s.ws-nothing"/></xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="concat('; ', $s.ws-decided, ' ')"/>
            <strong><xsl:call-template name="answer-label"><xsl:with-param name="answer" select="@answer"/></xsl:call-template></strong>
            <xsl:if test="consensus/note">
              <xsl:value-of select="concat('. ', $s.ws-note, ': ')"/>
              <xsl:call-template name="user-text"><xsl:with-param name="text" select="consensus/note"/></xsl:call-template>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
      <xsl:if test="$ws-off"><p><xsl:call-template name="ws-off-text"/></p></xsl:if>

      <!-- the heading is kept with the first question -->
      <xsl:variable name="disputed" select="$ws-criteria[consensus/@disputed = 'true']"/>
      <div class="block">
        <h3><span class="secno"><xsl:value-of select="concat('7.', 5 + $glance)"/></span><xsl:value-of select="$s.ws-disputed"/></h3>
        <xsl:choose>
          <xsl:when test="not($disputed)">
            <p><xsl:value-of select="$s.ws-no-disputed"/></p>
          </xsl:when>
          <xsl:otherwise><p><xsl:value-of select="$s.ws-disputed-intro"/></p></xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="$disputed[1]"><xsl:call-template name="ws-disputed"/></xsl:for-each>
      </div>
      <xsl:for-each select="$disputed[position() &gt; 1]">
        <xsl:call-template name="ws-disputed"/>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- The disputed questions at a glance, first in the annex: one row
       each, the answers given with how many gave each, and the consensus;
       the question leads to its detail in the last part of the annex. -->
  <xsl:template name="ws-glance">
    <xsl:variable name="disputed" select="$ws-criteria[consensus/@disputed = 'true']"/>
    <xsl:if test="$disputed">
      <h3><span class="secno">7.1</span><xsl:value-of select="$s.ws-glance"/></h3>
      <p class="keep"><xsl:value-of select="$s.ws-glance-intro"/></p>
      <table class="glance">
        <thead>
          <tr>
            <th><xsl:value-of select="$s.question"/></th>
            <th><xsl:value-of select="$s.ws-answers-given"/></th>
            <th><xsl:value-of select="$s.ws-consensus-row"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$disputed">
            <tr>
              <td class="nowrap"><a href="#dq-{@question}"><xsl:value-of select="@question"/></a></td>
              <td><xsl:call-template name="ws-split"/></td>
              <td><xsl:call-template name="ws-consensus-value"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
  </xsl:template>

  <!-- One disputed question: the consensus, then one row per answer given
       (how many, who gave it), then the evidence and comments the participants gave. -->
  <xsl:template name="ws-disputed">
    <xsl:variable name="crit" select="."/>
    <div class="dq" id="dq-{@question}">
      <p class="dq-q"><strong><xsl:value-of select="@question"/></strong><xsl:value-of select="concat(' ', text)"/></p>
      <table class="split">
        <tbody>
          <tr class="cons">
            <th scope="row"><xsl:value-of select="$s.ws-consensus-row"/></th>
            <td colspan="2"><xsl:call-template name="ws-consensus-value"/></td>
          </tr>
          <xsl:for-each select="participant-answer[not(@value = preceding-sibling::participant-answer/@value)]">
            <xsl:sort select="string-length(substring-before($ws-order, concat('|', @value, '|')))" data-type="number"/>
            <xsl:variable name="v" select="@value"/>
            <tr>
              <th scope="row"><xsl:call-template name="answer-label"><xsl:with-param name="answer" select="$v"/></xsl:call-template></th>
              <td class="num"><xsl:value-of select="count($crit/participant-answer[@value = $v])"/></td>
              <td>
                <xsl:for-each select="$crit/participant-answer[@value = $v]">
                  <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
                  <xsl:call-template name="ws-who"><xsl:with-param name="name" select="@name"/><xsl:with-param name="role" select="@role"/></xsl:call-template>
                </xsl:for-each>
              </td>
            </tr>
          </xsl:for-each>
          <xsl:if test="participant-answer[evidence or comment]">
            <tr class="ev">
              <th scope="row"><xsl:value-of select="$s.evidence-comment"/></th>
              <td colspan="2">
                <ul>
                  <xsl:for-each select="participant-answer[evidence or comment]">
                    <li>
                      <xsl:call-template name="user-text"><xsl:with-param name="text" select="@name"/></xsl:call-template>
                      <xsl:text> (</xsl:text>
                      <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="@value"/></xsl:call-template>
                      <xsl:text>)</xsl:text>
                      <xsl:if test="evidence">
                        <xsl:text>: </xsl:text>
                        <xsl:call-template name="user-text"><xsl:with-param name="text" select="evidence"/></xsl:call-template>
                      </xsl:if>
                      <xsl:if test="comment">
                        <xsl:value-of select="concat(substring('; , ', 1 + 2 * not(evidence), 2), $s.ws-comment, ': ')"/>
                        <xsl:call-template name="user-text"><xsl:with-param name="text" select="comment"/></xsl:call-template>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ul>
              </td>
            </tr>
          </xsl:if>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- A participant: the name, then the role in grey (as on the cover). -->
  <xsl:template name="ws-who">
    <xsl:param name="name"/>
    <xsl:param name="role"/>
    <xsl:call-template name="user-text"><xsl:with-param name="text" select="normalize-space($name)"/></xsl:call-template>
    <xsl:if test="normalize-space($role) != ''">
      <span class="muted">
        <xsl:text>, </xsl:text>
        <xsl:call-template name="user-text"><xsl:with-param name="text" select="normalize-space($role)"/></xsl:call-template>
      </span>
    </xsl:if>
  </xsl:template>

  <!-- The consensus of a criterion; a decision also names the rules' value. -->
  <xsl:template name="ws-consensus-value">
    <strong><xsl:call-template name="answer-label"><xsl:with-param name="answer" select="@answer"/></xsl:call-template></strong>
    <xsl:if test="consensus/@decided = 'true'">
      <xsl:value-of select="concat(' (', $s.ws-decided, '; ', $s.ws-rule-gave, ' ')"/>
      <xsl:choose>
        <xsl:when test="consensus/@rule-value">
          <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="consensus/@rule-value"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$s.ws-nothing"/></xsl:otherwise>
      </xsl:choose>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="method">
    <section class="major" id="method">
      <h2><span class="secno">6</span><xsl:value-of select="$s.sec-method"/></h2>

      <h3><span class="secno">6.1</span><xsl:value-of select="$s.m-scoring"/></h3>
      <ol class="rules">
        <li><xsl:value-of select="$s.m-answers"/></li>
        <li><xsl:value-of select="$s.m-share"/></li>
        <li>
          <xsl:value-of select="concat($s.m-staged-1, ' ')"/>
          <xsl:call-template name="fmt-threshold"/>
          <xsl:text> (</xsl:text>
          <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$threshold"/><xsl:with-param name="pattern" select="'0.00####'"/></xsl:call-template>
          <xsl:value-of select="concat('). ', $s.m-staged-2)"/>
        </li>
        <li><xsl:value-of select="$s.m-score"/></li>
        <li><xsl:value-of select="$s.m-not-assessed"/></li>
        <xsl:if test="not($criteria-kind)"><li><xsl:value-of select="$s.m-rapid"/></li></xsl:if>
        <li><xsl:value-of select="$s.m-domain"/></li>
        <li><xsl:value-of select="$s.m-gap"/></li>
        <li><xsl:value-of select="$s.m-priority"/></li>
        <li><xsl:value-of select="$s.m-completeness"/></li>
      </ol>

      <div class="block">
        <h3 id="m-scale-h"><span class="secno">6.2</span><xsl:value-of select="$s.m-scale"/></h3>
        <div class="table-scroll" tabindex="0" role="group" aria-labelledby="m-scale-h">
        <table class="scale">
          <thead>
            <tr>
              <th class="num"><xsl:value-of select="$s.level"/></th>
              <th><xsl:value-of select="$s.m-name"/></th>
              <th><xsl:value-of select="$s.m-meaning"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$R/scale/level">
              <xsl:sort select="@value" data-type="number"/>
              <tr>
                <td class="num"><span class="lv lv{@value}"><xsl:value-of select="@value"/></span></td>
                <td class="nowrap"><xsl:value-of select="@name"/></td>
                <td><xsl:value-of select="normalize-space(.)"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        </div>
      </div>

      <div class="block">
        <h3><span class="secno">6.3</span><xsl:value-of select="$s.m-comparison"/></h3>
        <p><xsl:value-of select="$s.m-inplace"/></p>
        <table class="cats">
          <thead>
            <tr>
              <th><xsl:value-of select="$s.this-country-is"/></th>
              <th><xsl:value-of select="$s.m-share-ge"/></th>
              <th><xsl:value-of select="$s.m-share-lt"/></th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td><xsl:value-of select="$s.not-in-place"/></td>
              <td><xsl:value-of select="$s.cat-common-missing"/></td>
              <td><xsl:value-of select="$s.cat-rare-missing"/></td>
            </tr>
            <tr>
              <td><xsl:value-of select="$s.in-place"/></td>
              <td><xsl:value-of select="$s.cat-in-line"/></td>
              <td><xsl:value-of select="$s.cat-ahead"/></td>
            </tr>
          </tbody>
        </table>
        <p class="small muted"><xsl:value-of select="$s.m-legislation"/></p>
        <p><b><xsl:value-of select="$s.m-no-rank"/></b></p>
      </div>

      <h3><span class="secno">6.4</span><xsl:value-of select="$s.m-source"/></h3>
      <xsl:variable name="bs" select="$R/baseline-source"/>
      <xsl:choose>
        <xsl:when test="$bs">
          <p><i><xsl:value-of select="normalize-space($bs/title)"/></i></p>
          <dl class="facts">
            <dt><xsl:value-of select="$s.m-publisher"/></dt><dd><xsl:value-of select="$bs/@publisher"/></dd>
            <dt><xsl:value-of select="$s.m-year"/></dt><dd><xsl:value-of select="$bs/@year"/></dd>
            <dt><xsl:value-of select="$s.m-collected"/></dt><dd><xsl:value-of select="$bs/@collected"/></dd>
            <dt><xsl:value-of select="$s.m-cohort"/></dt><dd><xsl:value-of select="$bs/@cohort-size"/></dd>
            <dt><xsl:value-of select="$s.m-document"/></dt><dd><xsl:value-of select="normalize-space($bs/document)"/></dd>
            <dt><xsl:value-of select="$s.m-baseline-id"/></dt><dd><xsl:value-of select="concat($bs/@id, ', ', $s.version, ' ', $bs/@version)"/></dd>
          </dl>
          <xsl:if test="$bs/group">
            <h4><xsl:value-of select="$s.m-groups"/></h4>
            <ul>
              <xsl:for-each select="$bs/group">
                <li>
                  <b><xsl:value-of select="@name"/></b>
                  <xsl:if test="string(@size) != ''"><xsl:value-of select="concat(' (', @size, ' ', $s.m-countries, ')')"/></xsl:if>
                  <xsl:if test="normalize-space(.) != ''"><xsl:value-of select="concat(': ', normalize-space(.))"/></xsl:if>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:if test="$bs/caveat">
            <h4><xsl:value-of select="$s.m-caveats"/></h4>
            <ul>
              <xsl:for-each select="$bs/caveat"><li><xsl:value-of select="normalize-space(.)"/></li></xsl:for-each>
            </ul>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise><p><xsl:value-of select="$s.m-no-baseline-source"/></p></xsl:otherwise>
      </xsl:choose>

      <xsl:if test="$R/enablers/enabler">
        <div>
          <h3><span class="secno">6.5</span><xsl:value-of select="$s.m-enablers"/></h3>
          <p><xsl:value-of select="$s.m-enablers-intro"/></p>
          <ul>
            <xsl:for-each select="$R/enablers/enabler">
              <li>
                <b><xsl:value-of select="@name"/></b>
                <xsl:if test="normalize-space(.) != ''"><xsl:value-of select="concat(': ', normalize-space(.))"/></xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:if>

      <xsl:if test="$R/warnings/warning">
        <div class="block">
          <h3>
            <span class="secno">
              <xsl:choose>
                <xsl:when test="$R/enablers/enabler">6.6</xsl:when>
                <xsl:otherwise>6.5</xsl:otherwise>
              </xsl:choose>
            </span>
            <xsl:value-of select="$s.m-warnings"/>
          </h3>
          <ul>
            <xsl:for-each select="$R/warnings/warning">
              <li>
                <xsl:if test="string(@source) != ''">
                  <span class="muted">
                    <xsl:call-template name="user-text"><xsl:with-param name="text" select="@source"/></xsl:call-template>
                    <xsl:if test="string(@line) != ''"><xsl:value-of select="concat(':', @line)"/></xsl:if>
                    <xsl:text>: </xsl:text>
                  </span>
                </xsl:if>
                <xsl:value-of select="normalize-space(.)"/>
              </li>
            </xsl:for-each>
          </ul>
        </div>
      </xsl:if>
      <p class="small muted">
        <xsl:value-of select="concat($s.generator, ' ', $R/@generator, '; ', $s.m-format, ' ', $R/@format, '.')"/>
      </p>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

</xsl:stylesheet>

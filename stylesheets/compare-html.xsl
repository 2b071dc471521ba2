<?xml version="1.0" encoding="UTF-8"?>
<!--
  compare-html.xsl - one country's progress between two of its assessments:
  one self-contained, printable HTML file (no script, no external resource,
  the chart as inline SVG), for A4 or Letter; mnr compare prints it to PDF
  through headless Chromium.

    mnr compare OLD NEW -o progress.html

  Sections: the two assessments; 1 summary (overall index, level, progress
  to target, what moved, domains); 2 chart of every capability before and
  after; 3 table of all capabilities; 4 criteria newly met and no longer
  met; 5 how the two are compared.

  Input: the comparison document of mnr compare (src/core/compare.h). The
  look follows report-html.xsl: the same fonts, palette (common.xsl) and
  chart geometry (SVG user units on a 680-wide viewBox, labels sized for
  an average glyph of 0.6 em). SVG is written without a namespace: the
  HTML parser puts <svg> in the SVG namespace by itself.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="common.xsl"/>
  <xsl:import href="common-html.xsl"/>
  <xsl:import href="compare-common.xsl"/>

  <xsl:output method="html" doctype-system="about:legacy-compat" encoding="UTF-8" indent="no"/>

  <xsl:variable name="W" select="680"/>
  <xsl:variable name="line-h" select="12"/>

  <xsl:variable name="C" select="/comparison"/>
  <!-- " → " between two figures -->
  <xsl:variable name="to" select="concat(' ', $s.cmp-to, ' ')"/>
  <xsl:variable name="old" select="$C/assessment[@role = 'old']"/>
  <xsl:variable name="new" select="$C/assessment[@role = 'new']"/>
  <xsl:variable name="cmp-country" select="normalize-space($C/country)"/>
  <xsl:variable name="cmp-fictional" select="$C/country/@fictional = 'true' or $C/country/@fictional = '1'"/>
  <xsl:variable name="rapid" select="$old/questionnaire/@kind = 'level-pick'"/>
  <!-- the later assessment's target when every assessed capability has
       the same one, else '' -->
  <xsl:variable name="new-target">
    <xsl:variable name="t" select="$C/domain/capability/new[@assessed = 'true']/@target"/>
    <xsl:if test="$t and not($t[. != $t[1]])"><xsl:value-of select="$t[1]"/></xsl:if>
  </xsl:variable>

  <!-- ================================================================ -->

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="comparison"><xsl:apply-templates select="comparison"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes"><xsl:value-of select="$s.msg-not-comparison"/></xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="comparison">
    <xsl:if test="not(translate($paper, 'A', 'a') = 'a4' or $paper = '' or $paper-letter)">
      <xsl:message terminate="yes">
        <xsl:value-of select="concat('paper=', $paper, ' ', $s.msg-bad-paper)"/>
      </xsl:message>
    </xsl:if>
    <html lang="{$s.lang}" dir="{$dir}">
      <head>
        <title>
          <xsl:call-template name="doc-title">
            <xsl:with-param name="title" select="concat($s.cmp-title, ' - ', $cmp-country)"/>
            <xsl:with-param name="fictional" select="$cmp-fictional"/>
          </xsl:call-template>
        </title>
        <meta name="generator" content="{@generator}"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <xsl:value-of select="$nl"/>
        <xsl:call-template name="cover"/>
        <main>
          <xsl:call-template name="summary"/>
          <xsl:call-template name="chart-section"/>
          <xsl:call-template name="capability-table"/>
          <xsl:call-template name="criteria"/>
          <xsl:call-template name="method"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- ================================================================
       CSS (the shared rules are in common-html.xsl)
       ================================================================ -->

  <xsl:template name="css">
    <xsl:variable name="head-country">
      <xsl:call-template name="head-cut"><xsl:with-param name="text" select="$cmp-country"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="head-left">
      <xsl:text>\2068 </xsl:text>
      <xsl:call-template name="css-string"><xsl:with-param name="text" select="$head-country"/></xsl:call-template>
      <xsl:text>\2069  </xsl:text>
      <xsl:call-template name="css-string">
        <xsl:with-param name="text">
          <xsl:if test="$cmp-fictional"><xsl:value-of select="concat($s.fictional, ' ')"/></xsl:if>
          <xsl:value-of select="concat('- ', $s.cmp-subtitle)"/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="head-right">
      <xsl:call-template name="css-string">
        <xsl:with-param name="text">
          <xsl:call-template name="fmt-date"><xsl:with-param name="date" select="normalize-space($old/date)"/></xsl:call-template>
          <xsl:value-of select="$to"/>
          <xsl:call-template name="fmt-date"><xsl:with-param name="date" select="normalize-space($new/date)"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="css-page">
      <xsl:with-param name="head-left" select="$head-left"/>
      <xsl:with-param name="head-right" select="$head-right"/>
    </xsl:call-template>
    <xsl:call-template name="css-base"/>
    <xsl:text>h1, h2, h3 { color: #16365c; font-weight: 600; line-height: 1.25;
  break-after: avoid; page-break-after: avoid; }
h2 { font-size: 17pt; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 1.5pt solid #16365c; }
h2 .secno { color: #616e7c; font-weight: 400; margin-inline-end: .45em; }
h3 { font-size: 12.5pt; margin: 6mm 0 2mm; }
</xsl:text>
    <xsl:call-template name="css-flow"/>
    <xsl:text>.minor { margin-top: 8mm; }
@media screen { .minor { background: #fff; padding: 8mm 12mm; margin: 0 0 8mm; box-shadow: 0 1px 3px rgba(0,0,0,.15); } }
.muted { color: #52606d; }
.lead { font-size: 11.5pt; margin-bottom: 4mm; }
.nowrap { white-space: nowrap; }
p, li, dd, dt, h1, h2, h3, div { overflow-wrap: break-word; }
td { overflow-wrap: anywhere; }
bdi { overflow-wrap: anywhere; word-break: break-word; }

/* cover */
.cover { break-after: page; page-break-after: always; }
.cover .kicker { font-size: 9pt; letter-spacing: .12em; text-transform: uppercase; color: #52606d;
  border-top: 4pt solid #16365c; padding-top: 4mm; margin-top: 14mm; }
.cover h1 { font-size: 25pt; margin: 3mm 0 1mm; max-width: 150mm; }
.cover .subtitle { font-size: 15pt; color: #3d6ea5; margin-bottom: 16mm; }
.cover .country { font-size: 22pt; font-weight: 600; color: #1f2933; line-height: 1.2; overflow-wrap: anywhere; }
.cover .fictional { font-size: 11pt; color: #52606d; margin-top: 1mm; }
.cover dl { display: grid; grid-template-columns: 38mm 1fr; column-gap: 5mm; row-gap: 2mm;
  margin: 14mm 0 10mm; font-size: 9pt; }
.cover dt { color: #52606d; }
.cover dd { margin: 0; }
.cover .note { border-inline-start: 2.5pt solid #16365c; padding-block: 1mm; padding-inline: 4mm 0; font-size: 8.5pt;
  color: #52606d; max-width: 150mm; margin-bottom: 8mm; }
.cover .contents { font-size: 9pt; }
.cover .contents ol { margin: 1mm 0 0; padding-inline-start: 5mm; }
.cover .contents h2 { font-size: 9.5pt; margin: 0 0 1.2mm; padding: 0; border: none; color: #1f2933; }
.cover .contents a { color: inherit; text-decoration: none; }
@media screen { .cover .contents a { color: #16365c; text-decoration: underline; } }

/* summary */
.kpis { display: flex; gap: 4mm; margin: 0 0 4mm; }
.kpi { flex: 1 1 0; border: .75pt solid #d3d9df; border-top: 2.5pt solid #16365c; padding: 1.8mm 3mm 2mm; }
.kpi .k { font-size: 8.5pt; color: #52606d; }
.kpi .v { font-size: 15pt; font-weight: 600; color: #16365c; line-height: 1.2; margin-top: 1mm;
  font-variant-numeric: tabular-nums; }
.kpi .v.text { font-size: 11.5pt; line-height: 1.3; margin-top: .8mm; }
.kpi .d { font-size: 8.5pt; color: #52606d; line-height: 1.3; }
dl.moves { display: grid; grid-template-columns: 38mm 1fr; column-gap: 4mm; row-gap: 1.5mm; margin: 0 0 4mm; }
dl.moves dt { color: #52606d; }
dl.moves dd { margin: 0; }

/* tables */
</xsl:text>
    <xsl:call-template name="css-table"/>
    <xsl:text>td { border-bottom: .5pt solid #d3d9df; padding: 1.1mm 1.2mm; vertical-align: top; }
th.num, td.num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
th.num { white-space: normal; }
th.grp { text-align: center; border-bottom: .5pt solid #9aa5b1; }
table.capabilities { table-layout: fixed; font-size: 8pt; }
table.capabilities tbody { break-inside: avoid; page-break-inside: avoid; }
tr.group td { background: #f2f4f7; color: #16365c; font-weight: 600; border-bottom: .75pt solid #9aa5b1; }
tr.na td { color: #52606d; }
</xsl:text>
    <xsl:call-template name="css-levels"/>
    <xsl:text>.arrow { color: #52606d; margin: 0 .25em; }
.up { color: #2f6b3a; font-weight: 600; }
.down { color: #9b2c2c; font-weight: 600; }
.table-note { font-size: 8pt; color: #52606d; margin-top: -2mm; }

/* figure */
figure { margin: 0 0 6mm; }
figcaption { font-size: 10.5pt; font-weight: 600; color: #16365c; margin-bottom: 1mm; }
figcaption .fig { color: #52606d; font-weight: 400; }
.fig-desc { font-size: 8.5pt; color: #52606d; margin-bottom: 3mm; }
svg.chart { display: block; width: 100%; height: auto; overflow: visible; }
svg text { font-family: inherit; fill: #1f2933; }
svg .t-lab { font-size: 10px; }
svg .t-dom { font-size: 10px; font-weight: 700; fill: #16365c; }
svg .t-ax { font-size: 9px; fill: #52606d; }
svg .t-axt { font-size: 9px; fill: #52606d; font-style: italic; }
svg .t-old { font-size: 9px; fill: #52606d; }
svg .t-val { font-size: 10px; font-weight: 700; fill: #16365c; }
svg .t-up { font-size: 10px; font-weight: 700; fill: #2f6b3a; }
svg .t-down { font-size: 10px; font-weight: 700; fill: #9b2c2c; }
svg .t-na { font-size: 9px; font-style: italic; fill: #52606d; }
svg .t-leg { font-size: 9px; fill: #1f2933; }

/* criteria */
.cap-criteria { break-inside: avoid; page-break-inside: avoid; margin-bottom: 3mm; }
.cap-criteria h4 { font-size: 9.5pt; margin: 2mm 0 1mm; color: #1f2933; }
ul.criteria { list-style: none; padding: 0; margin: 0; }
ul.criteria li { margin-bottom: 1.2mm; }
ul.criteria .q { color: #52606d; font-size: 8pt; }
.tag { display: inline-block; font-size: 7.5pt; line-height: 1.3; padding: 0 1.2mm; border-radius: 2pt;
  border: .5pt solid currentColor; white-space: nowrap; vertical-align: 1px; }
.st-met { color: #2f6b3a; }
.st-other { color: #52606d; }
ol.rules li { margin-bottom: 1.5mm; }
</xsl:text>
    <xsl:call-template name="css-narrow"/>
  </xsl:template>

  <!-- ================================================================
       Cover: the country and the two assessments
       ================================================================ -->

  <xsl:template name="cover">
    <header class="cover" id="cover">
      <xsl:call-template name="draft-notice"/>
      <div class="kicker"><xsl:value-of select="$s.mnr"/></div>
      <h1><xsl:value-of select="$s.cmp-title"/></h1>
      <div class="subtitle"><xsl:value-of select="$s.cmp-subtitle"/></div>
      <div class="country"><xsl:call-template name="user-text"><xsl:with-param name="text" select="$cmp-country"/></xsl:call-template></div>
      <xsl:if test="$cmp-fictional"><div class="fictional"><xsl:value-of select="$s.fictional"/></div></xsl:if>
      <dl>
        <xsl:call-template name="assessment-facts">
          <xsl:with-param name="key" select="$s.cmp-earlier"/>
          <xsl:with-param name="a" select="$old"/>
        </xsl:call-template>
        <xsl:call-template name="assessment-facts">
          <xsl:with-param name="key" select="$s.cmp-later"/>
          <xsl:with-param name="a" select="$new"/>
        </xsl:call-template>
        <dt><xsl:value-of select="$s.model"/></dt>
        <dd><xsl:value-of select="concat($C/model/@title, ' (', $C/model/@id, ', ', $s.version, ' ', $C/model/@version, ')')"/></dd>
        <dt><xsl:value-of select="$s.generator"/></dt>
        <dd><xsl:value-of select="$C/@generator"/></dd>
      </dl>
      <p class="note"><xsl:value-of select="$s.cmp-sensitive"/></p>
      <nav class="contents" aria-labelledby="contents-title">
        <h2 id="contents-title"><xsl:value-of select="$s.contents"/></h2>
        <ol>
          <li><a href="#summary"><xsl:value-of select="$s.sec-summary"/></a></li>
          <li><a href="#chart"><xsl:value-of select="$s.cmp-sec-chart"/></a></li>
          <li><a href="#capabilities"><xsl:value-of select="$s.sec-table"/></a></li>
          <li><a href="#criteria"><xsl:value-of select="$s.cmp-sec-criteria"/></a></li>
          <li><a href="#method"><xsl:value-of select="$s.cmp-sec-method"/></a></li>
        </ol>
      </nav>
    </header>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- "2024-05-10, MNR full self-assessment (mnr-full, version 1.0)",
       then the workshop and respondents. -->
  <xsl:template name="assessment-facts">
    <xsl:param name="key"/>
    <xsl:param name="a"/>
    <dt><xsl:value-of select="$key"/></dt>
    <dd>
      <b><xsl:call-template name="fmt-date"><xsl:with-param name="date" select="normalize-space($a/date)"/></xsl:call-template></b>
      <xsl:text>, </xsl:text>
      <xsl:call-template name="side-questionnaire"><xsl:with-param name="assessment" select="$a"/></xsl:call-template>
      <xsl:variable name="r" select="$a/respondents"/>
      <xsl:if test="normalize-space($r/@workshop) != '' or $r/respondent">
        <br/>
        <span class="muted">
          <xsl:if test="normalize-space($r/@workshop) != ''">
            <xsl:call-template name="user-text"><xsl:with-param name="text" select="normalize-space($r/@workshop)"/></xsl:call-template>
            <xsl:if test="$r/respondent">: </xsl:if>
          </xsl:if>
          <xsl:for-each select="$r/respondent">
            <xsl:if test="position() &gt; 1">; </xsl:if>
            <xsl:call-template name="user-text"><xsl:with-param name="text" select="normalize-space(.)"/></xsl:call-template>
            <xsl:if test="normalize-space(@role) != ''">
              <xsl:text> (</xsl:text>
              <xsl:call-template name="user-text"><xsl:with-param name="text" select="normalize-space(@role)"/></xsl:call-template>
              <xsl:text>)</xsl:text>
            </xsl:if>
          </xsl:for-each>
        </span>
      </xsl:if>
    </dd>
  </xsl:template>

  <!-- ================================================================
       1 Summary
       ================================================================ -->

  <!-- "1.25 → 1.62" with the change: the pieces of a before/after figure. -->
  <xsl:template name="pair">
    <xsl:param name="before"/>
    <xsl:param name="after"/>
    <xsl:param name="change"/>
    <xsl:param name="pattern" select="'0.00'"/>
    <xsl:param name="unit" select="''"/>
    <xsl:choose>
      <xsl:when test="string($before) != ''">
        <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$before"/><xsl:with-param name="pattern" select="$pattern"/></xsl:call-template>
        <xsl:value-of select="$unit"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
    </xsl:choose>
    <span class="arrow"><xsl:value-of select="$s.cmp-to"/></span>
    <xsl:choose>
      <xsl:when test="string($after) != ''">
        <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$after"/><xsl:with-param name="pattern" select="$pattern"/></xsl:call-template>
        <xsl:value-of select="$unit"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A signed change, marked up or down for colour (the sign says it too). -->
  <xsl:template name="change">
    <xsl:param name="value"/>
    <xsl:param name="pattern" select="'0.00'"/>
    <span>
      <xsl:choose>
        <xsl:when test="number($value) &gt; 0"><xsl:attribute name="class">up</xsl:attribute></xsl:when>
        <xsl:when test="number($value) &lt; 0"><xsl:attribute name="class">down</xsl:attribute></xsl:when>
      </xsl:choose>
      <xsl:call-template name="fmt-change">
        <xsl:with-param name="value" select="$value"/>
        <xsl:with-param name="pattern" select="$pattern"/>
      </xsl:call-template>
    </span>
  </xsl:template>

  <xsl:template name="summary">
    <xsl:variable name="sum" select="$C/summary"/>
    <section class="major" id="summary">
      <h2><span class="secno">1</span><xsl:value-of select="$s.sec-summary"/></h2>
      <div class="kpis">
        <div class="kpi">
          <div class="k"><xsl:value-of select="$s.overall-index"/></div>
          <div class="v">
            <xsl:call-template name="pair">
              <xsl:with-param name="before" select="$sum/old[@assessed = 'true']/@overall-index"/>
              <xsl:with-param name="after" select="$sum/new[@assessed = 'true']/@overall-index"/>
            </xsl:call-template>
          </div>
          <div class="d">
            <xsl:if test="string($sum/@index-change) != ''">
              <xsl:value-of select="concat($s.cmp-change, ' ')"/>
              <xsl:call-template name="change"><xsl:with-param name="value" select="$sum/@index-change"/></xsl:call-template>
              <xsl:text>; </xsl:text>
            </xsl:if>
            <xsl:call-template name="cmp-coverage"><xsl:with-param name="sum" select="$sum"/></xsl:call-template>
          </div>
        </div>
        <div class="kpi">
          <div class="k"><xsl:value-of select="$s.overall-level"/></div>
          <div class="v text">
            <xsl:choose>
              <xsl:when test="string($sum/old/@overall-level) = '' and string($sum/new/@overall-level) = ''">
                <xsl:value-of select="$s.cmp-no-level-either"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="side-overall-level"><xsl:with-param name="side" select="$sum/old"/></xsl:call-template>
                <span class="arrow"><xsl:value-of select="$s.cmp-to"/></span>
                <xsl:call-template name="side-overall-level"><xsl:with-param name="side" select="$sum/new"/></xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </div>
        </div>
        <div class="kpi">
          <div class="k"><xsl:value-of select="$s.to-target"/></div>
          <div class="v">
            <xsl:call-template name="pair">
              <xsl:with-param name="before" select="$sum/old[@assessed = 'true']/@percent-to-target"/>
              <xsl:with-param name="after" select="$sum/new[@assessed = 'true']/@percent-to-target"/>
              <xsl:with-param name="pattern" select="'0.0'"/>
              <xsl:with-param name="unit" select="'%'"/>
            </xsl:call-template>
          </div>
          <xsl:if test="string($sum/@to-target-change) != ''">
            <div class="d">
              <xsl:value-of select="concat($s.cmp-change, ' ')"/>
              <xsl:call-template name="change">
                <xsl:with-param name="value" select="$sum/@to-target-change"/>
                <xsl:with-param name="pattern" select="'0.0'"/>
              </xsl:call-template>
              <xsl:value-of select="concat(' ', $s.cmp-points)"/>
            </div>
          </xsl:if>
        </div>
      </div>
      <dl class="moves">
        <dt><xsl:value-of select="$s.cmp-Capabilities"/></dt>
        <dd>
          <xsl:value-of select="concat($sum/@up, ' ', $s.ch-up, ', ', $sum/@down, ' ', $s.ch-down, ', ')"/>
          <xsl:call-template name="same-level-count"><xsl:with-param name="sum" select="$sum"/></xsl:call-template>
          <xsl:if test="$sum/@newly-assessed &gt; 0"><xsl:value-of select="concat(', ', $sum/@newly-assessed, ' ', $s.ch-newly-assessed)"/></xsl:if>
          <xsl:if test="$sum/@no-longer-assessed &gt; 0"><xsl:value-of select="concat(', ', $sum/@no-longer-assessed, ' ', $s.ch-no-longer-assessed)"/></xsl:if>
          <xsl:if test="$sum/@not-assessed &gt; 0"><xsl:value-of select="concat(', ', $sum/@not-assessed, ' ', $s.ch-not-assessed)"/></xsl:if>
        </dd>
        <xsl:call-template name="moves">
          <xsl:with-param name="key" select="$s.cmp-Newly-in-place"/>
          <xsl:with-param name="caps" select="$C/domain/capability[@in-place-change = 'newly']"/>
        </xsl:call-template>
        <xsl:call-template name="moves">
          <xsl:with-param name="key" select="$s.cmp-No-longer-in-place"/>
          <xsl:with-param name="caps" select="$C/domain/capability[@in-place-change = 'no-longer']"/>
        </xsl:call-template>
        <xsl:call-template name="moves">
          <xsl:with-param name="key" select="concat($s.cmp-regressions, ' (', $s.cmp-regressions-note, ')')"/>
          <xsl:with-param name="caps" select="$C/domain/capability[@regression]"/>
          <xsl:with-param name="regressions" select="true()"/>
        </xsl:call-template>
        <xsl:if test="not($rapid)">
          <dt><xsl:value-of select="$s.cmp-criteria"/></dt>
          <dd><xsl:value-of select="concat($sum/@criteria-newly-met, ' ', $s.cmp-newly-met, ', ', $sum/@criteria-no-longer-met, ' ', $s.cmp-no-longer-met, ', ', $s.of, ' ', $sum/@criteria-compared, ' ', $s.cmp-answered-in-both)"/></dd>
        </xsl:if>
      </dl>
      <h3 id="domain-scores-h"><xsl:value-of select="$s.domain-scores"/></h3>
      <div class="table-scroll" tabindex="0" role="group" aria-labelledby="domain-scores-h">
      <table class="domains">
        <thead>
          <tr>
            <th class="num"><xsl:value-of select="$s.no"/></th>
            <th><xsl:value-of select="$s.domain"/></th>
            <th class="num"><xsl:value-of select="$s.cmp-before"/></th>
            <th class="num"><xsl:value-of select="$s.cmp-after"/></th>
            <th class="num"><xsl:value-of select="$s.cmp-change"/></th>
            <th class="num"><xsl:value-of select="$s.capabilities-assessed"/></th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$C/domain">
            <tr data-domain="{@id}">
              <td class="num"><xsl:value-of select="@number"/></td>
              <td><xsl:value-of select="@name"/></td>
              <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="old[@assessed = 'true']/@score"/></xsl:call-template></td>
              <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="new[@assessed = 'true']/@score"/></xsl:call-template></td>
              <td class="num"><xsl:call-template name="change"><xsl:with-param name="value" select="@score-change"/></xsl:call-template></td>
              <td class="num"><xsl:value-of select="concat(old/@capabilities-assessed, $to, new/@capabilities-assessed, ' ', $s.of, ' ', new/@capabilities)"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      </div>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A row of the summary list: the capabilities, or "none". -->
  <xsl:template name="moves">
    <xsl:param name="key"/>
    <xsl:param name="caps"/>
    <xsl:param name="regressions" select="false()"/>
    <dt><xsl:value-of select="$key"/></dt>
    <dd>
      <xsl:if test="not($caps)"><xsl:value-of select="$s.cmp-none"/></xsl:if>
      <xsl:for-each select="$caps">
        <xsl:if test="position() &gt; 1">; </xsl:if>
        <xsl:value-of select="concat(@number, ' ', @name, ' (')"/>
        <xsl:choose>
          <xsl:when test="$regressions">
            <xsl:call-template name="regression-detail">
              <xsl:with-param name="arrow" select="$to"/>
              <xsl:with-param name="level-word" select="concat($s.level-word, ' ')"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($s.level-word, ' ', old/@level, $to, new/@level)"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>)</xsl:text>
      </xsl:for-each>
    </dd>
  </xsl:template>

  <!-- ================================================================
       2 Chart: every capability before and after
       ================================================================ -->

  <xsl:template name="chart-section">
    <section class="major" id="chart">
      <h2><span class="secno">2</span><xsl:value-of select="$s.cmp-sec-chart"/></h2>
      <figure id="fig-compare">
        <figcaption><span class="fig"><xsl:value-of select="concat($s.fig, ' 1. ')"/></span><xsl:value-of select="$s.cmp-fig"/></figcaption>
        <p class="fig-desc"><xsl:value-of select="$s.cmp-fig-desc"/></p>
        <div class="chart-scroll" tabindex="0" role="group" aria-labelledby="chart-compare-title"><xsl:call-template name="svg-dir"><xsl:with-param name="svg"><xsl:call-template name="chart"/></xsl:with-param></xsl:call-template></div>
      </figure>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- Rows: a heading per domain, then one per capability with its label
       wrapped and its height. -->
  <xsl:template name="chart-rows">
    <xsl:for-each select="$C/domain">
      <row kind="domain" id="{@id}" h="20"><xsl:value-of select="concat($s.domain, ' ', @number, ': ', @name)"/></row>
      <xsl:for-each select="capability">
        <xsl:variable name="lines">
          <xsl:call-template name="wrap">
            <xsl:with-param name="text" select="concat(@number, '  ', @name)"/>
            <xsl:with-param name="width" select="34"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="n">
          <xsl:call-template name="count-lines"><xsl:with-param name="text" select="$lines"/></xsl:call-template>
        </xsl:variable>
        <row kind="cap" id="{@id}">
          <xsl:attribute name="h">
            <xsl:choose>
              <xsl:when test="$n * $line-h + 6 &gt; 28"><xsl:value-of select="$n * $line-h + 6"/></xsl:when>
              <xsl:otherwise>28</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:value-of select="$lines"/>
        </row>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- Lines (newline-separated) as tspans starting at x. -->
  <xsl:template name="svg-lines">
    <xsl:param name="text"/>
    <xsl:param name="x"/>
    <xsl:variable name="lines">
      <xsl:call-template name="split">
        <xsl:with-param name="text" select="$text"/>
        <xsl:with-param name="c" select="$nl"/>
        <xsl:with-param name="nodes" select="true()"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:for-each select="exsl:node-set($lines)/t">
      <tspan x="{$x}">
        <xsl:if test="position() &gt; 1"><xsl:attribute name="dy"><xsl:value-of select="$line-h"/></xsl:attribute></xsl:if>
        <xsl:value-of select="."/>
      </tspan>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="chart">
    <xsl:variable name="rows-rtf"><xsl:call-template name="chart-rows"/></xsl:variable>
    <xsl:variable name="rows" select="exsl:node-set($rows-rtf)/row"/>
    <xsl:variable name="top" select="24"/>
    <xsl:variable name="x0" select="200"/>
    <xsl:variable name="unit" select="100"/>
    <xsl:variable name="xc" select="$W"/>
    <xsl:variable name="bottom" select="$top + sum($rows/@h)"/>
    <xsl:variable name="H" select="$bottom + 72"/>
    <xsl:value-of select="$nl"/>
    <svg class="chart" id="chart-compare" viewBox="0 0 {$W} {$H}" role="img" aria-labelledby="chart-compare-title">
      <title id="chart-compare-title"><xsl:value-of select="$s.cmp-fig"/></title>
      <!-- grid and axis -->
      <xsl:for-each select="$C/scale/level">
        <xsl:sort select="@value" data-type="number"/>
        <xsl:variable name="x" select="$x0 + @value * $unit"/>
        <line x1="{$x}" y1="{$top - 4}" x2="{$x}" y2="{$bottom}" stroke="#d3d9df" stroke-width="0.75"/>
        <text class="t-ax" x="{$x}" y="{$bottom + 13}" text-anchor="middle" style="font-weight:700"><xsl:value-of select="@value"/></text>
        <text class="t-ax" x="{$x}" y="{$bottom + 25}" text-anchor="middle"><xsl:value-of select="@name"/></text>
      </xsl:for-each>
      <line x1="{$x0}" y1="{$bottom}" x2="{$x0 + 4 * $unit}" y2="{$bottom}" stroke="#7b8794" stroke-width="0.75"/>
      <text class="t-axt" x="{$x0 + 2 * $unit}" y="{$bottom + 40}" text-anchor="middle"><xsl:value-of select="$s.axis-score"/></text>
      <text class="t-ax" x="{$xc}" y="{$top - 8}" text-anchor="end" style="font-weight:700"><xsl:value-of select="$s.cmp-change"/></text>
      <xsl:if test="$new-target != ''">
        <xsl:variable name="tx" select="$x0 + $new-target * $unit"/>
        <line x1="{$tx}" y1="{$top - 6}" x2="{$tx}" y2="{$bottom}" stroke="#9b2c2c" stroke-width="1.25" stroke-dasharray="4 3"/>
        <text class="t-ax" x="{$tx}" y="{$top - 9}" text-anchor="middle" style="fill:#9b2c2c;font-weight:700">
          <xsl:value-of select="concat($s.target-line, ' ', $new-target)"/>
        </text>
      </xsl:if>
      <xsl:for-each select="$rows">
        <xsl:variable name="y" select="$top + sum(preceding-sibling::row/@h)"/>
        <xsl:variable name="cy" select="$y + @h div 2"/>
        <xsl:choose>
          <xsl:when test="@kind = 'domain'">
            <text class="t-dom" x="0" y="{$y + 14}"><xsl:value-of select="."/></text>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="c" select="$C/domain/capability[@id = current()/@id]"/>
            <xsl:variable name="n">
              <xsl:call-template name="count-lines"><xsl:with-param name="text" select="string(.)"/></xsl:call-template>
            </xsl:variable>
            <text class="t-lab" y="{$cy - ($n - 1) * $line-h div 2 + 3.5}">
              <xsl:call-template name="svg-lines">
                <xsl:with-param name="text" select="string(.)"/>
                <xsl:with-param name="x" select="8"/>
              </xsl:call-template>
            </text>
            <xsl:choose>
              <xsl:when test="$c/@change = 'not-assessed'">
                <rect x="{$x0 + 2}" y="{$cy - 6}" width="210" height="11" fill="#ffffff"/>
                <text class="t-na" x="{$x0 + 4}" y="{$cy + 3}">
                  <xsl:value-of select="concat($s.ch-not-assessed, ': ')"/>
                  <xsl:call-template name="not-assessed-label"><xsl:with-param name="cap" select="$c/new"/></xsl:call-template>
                </text>
              </xsl:when>
              <xsl:otherwise>
            <xsl:call-template name="bar">
              <xsl:with-param name="side" select="$c/old"/>
              <xsl:with-param name="y" select="$cy - 10"/>
              <xsl:with-param name="x0" select="$x0"/>
              <xsl:with-param name="unit" select="$unit"/>
              <xsl:with-param name="later" select="false()"/>
            </xsl:call-template>
            <xsl:call-template name="bar">
              <xsl:with-param name="side" select="$c/new"/>
              <xsl:with-param name="y" select="$cy + 1"/>
              <xsl:with-param name="x0" select="$x0"/>
              <xsl:with-param name="unit" select="$unit"/>
              <xsl:with-param name="later" select="true()"/>
            </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:if test="string($c/@score-change) != ''">
              <text x="{$xc}" y="{$cy + 3.5}" text-anchor="end">
                <xsl:attribute name="class">
                  <xsl:choose>
                    <xsl:when test="number($c/@score-change) &gt; 0">t-up</xsl:when>
                    <xsl:when test="number($c/@score-change) &lt; 0">t-down</xsl:when>
                    <xsl:otherwise>t-old</xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <xsl:call-template name="fmt-change"><xsl:with-param name="value" select="$c/@score-change"/></xsl:call-template>
              </text>
            </xsl:if>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <!-- legend -->
      <xsl:variable name="ly" select="$bottom + 54"/>
      <rect x="0" y="{$ly}" width="22" height="9" fill="#ffffff" stroke="#52606d" stroke-width="0.9" stroke-dasharray="3 2"/>
      <text class="t-leg" x="28" y="{$ly + 8}"><xsl:value-of select="concat($s.cmp-earlier, ' (')"/><xsl:call-template name="fmt-date"><xsl:with-param name="date" select="normalize-space($old/date)"/></xsl:call-template><xsl:text>)</xsl:text></text>
      <rect x="250" y="{$ly}" width="22" height="9" fill="#7ea6cf" stroke="#16365c" stroke-width="0.6"/>
      <text class="t-leg" x="278" y="{$ly + 8}"><xsl:value-of select="concat($s.cmp-later, ' (')"/><xsl:call-template name="fmt-date"><xsl:with-param name="date" select="normalize-space($new/date)"/></xsl:call-template><xsl:value-of select="concat('), ', $s.cmp-legend-later)"/></text>
    </svg>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- One bar of a capability: the earlier score (outlined, dashed) or the
       later (shaded by its level), the score after it; "not assessed"
       when it was not. -->
  <xsl:template name="bar">
    <xsl:param name="side"/>
    <xsl:param name="y"/>
    <xsl:param name="x0"/>
    <xsl:param name="unit"/>
    <xsl:param name="later"/>
    <xsl:choose>
      <xsl:when test="$side/@assessed = 'true' and string($side/@score) != ''">
        <xsl:variable name="sc" select="number($side/@score)"/>
        <xsl:variable name="w">
          <xsl:call-template name="n"><xsl:with-param name="v" select="$sc * $unit"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$later">
            <rect x="{$x0}" y="{$y}" width="{$w}" height="9" stroke="#16365c" stroke-width="0.6">
              <xsl:attribute name="fill"><xsl:call-template name="level-colour"><xsl:with-param name="level" select="$side/@level"/></xsl:call-template></xsl:attribute>
            </rect>
          </xsl:when>
          <xsl:otherwise>
            <rect x="{$x0}" y="{$y}" width="{$w}" height="9" fill="#ffffff" stroke="#52606d" stroke-width="0.9" stroke-dasharray="3 2"/>
          </xsl:otherwise>
        </xsl:choose>
        <!-- a white backing keeps grid and target lines out of the figure -->
        <rect x="{$x0 + $w + 2}" y="{$y - 1}" width="26" height="11" fill="#ffffff"/>
        <text x="{$x0 + $w + 4}" y="{$y + 8}">
          <xsl:attribute name="class">
            <xsl:choose>
              <xsl:when test="$later">t-val</xsl:when>
              <xsl:otherwise>t-old</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$sc"/></xsl:call-template>
        </text>
      </xsl:when>
      <xsl:otherwise>
        <rect x="{$x0 + 2}" y="{$y - 1}" width="150" height="11" fill="#ffffff"/>
        <text class="t-na" x="{$x0 + 4}" y="{$y + 8}">
          <xsl:call-template name="not-assessed-label"><xsl:with-param name="cap" select="$side"/></xsl:call-template>
        </text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       3 All capabilities
       ================================================================ -->

  <xsl:template name="level-cell">
    <xsl:param name="side"/>
    <xsl:choose>
      <xsl:when test="$side/@assessed = 'true'">
        <span class="lv lv{$side/@level}" title="{$side/@level-name}"><xsl:value-of select="$side/@level"/></span>
      </xsl:when>
      <xsl:otherwise><span class="lv lvna" title="{$s.not-assessed}"><xsl:value-of select="$s.dash"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="capability-table">
    <section class="major" id="capabilities">
      <h2 id="capabilities-h"><span class="secno">3</span><xsl:value-of select="$s.sec-table"/></h2>
      <div class="table-scroll" tabindex="0" role="group" aria-labelledby="capabilities-h">
      <table class="capabilities">
        <colgroup>
          <col style="width:4%"/><col style="width:27%"/><col style="width:7%"/><col style="width:7%"/>
          <col style="width:7.5%"/><col style="width:7%"/><col style="width:7.5%"/><col style="width:7.5%"/>
          <col style="width:7%"/><col style="width:17.5%"/>
        </colgroup>
        <thead>
          <tr>
            <th class="num" rowspan="2"><xsl:value-of select="$s.no"/></th>
            <th rowspan="2"><xsl:value-of select="$s.capability"/></th>
            <th class="grp" colspan="2"><xsl:value-of select="$s.level"/></th>
            <th class="grp" colspan="3"><xsl:value-of select="$s.score"/></th>
            <th class="grp" colspan="2"><xsl:value-of select="$s.gap"/></th>
            <th rowspan="2"><xsl:value-of select="$s.cmp-movement"/></th>
          </tr>
          <tr>
            <th class="num"><xsl:value-of select="$s.cmp-before"/></th>
            <th class="num"><xsl:value-of select="$s.cmp-after"/></th>
            <th class="num"><xsl:value-of select="$s.cmp-before"/></th>
            <th class="num"><xsl:value-of select="$s.cmp-after"/></th>
            <th class="num"><xsl:value-of select="$s.cmp-change"/></th>
            <th class="num"><xsl:value-of select="$s.cmp-before"/></th>
            <th class="num"><xsl:value-of select="$s.cmp-after"/></th>
          </tr>
        </thead>
        <xsl:for-each select="$C/domain">
          <tbody>
            <tr class="group">
              <td colspan="10"><xsl:value-of select="concat($s.domain, ' ', @number, ': ', @name)"/></td>
            </tr>
            <xsl:for-each select="capability">
              <tr data-capability="{@id}">
                <xsl:if test="@change = 'not-assessed'"><xsl:attribute name="class">na</xsl:attribute></xsl:if>
                <td class="num"><xsl:value-of select="@number"/></td>
                <td><xsl:value-of select="@name"/></td>
                <td class="num"><xsl:call-template name="level-cell"><xsl:with-param name="side" select="old"/></xsl:call-template></td>
                <td class="num"><xsl:call-template name="level-cell"><xsl:with-param name="side" select="new"/></xsl:call-template></td>
                <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="old[@assessed = 'true']/@score"/></xsl:call-template></td>
                <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="new[@assessed = 'true']/@score"/></xsl:call-template></td>
                <td class="num"><xsl:call-template name="change"><xsl:with-param name="value" select="@score-change"/></xsl:call-template></td>
                <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="old[@assessed = 'true']/@gap"/></xsl:call-template></td>
                <td class="num"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="new[@assessed = 'true']/@gap"/></xsl:call-template></td>
                <td><xsl:call-template name="change-label"/></td>
              </tr>
              <xsl:value-of select="$nl"/>
            </xsl:for-each>
          </tbody>
        </xsl:for-each>
      </table>
      </div>
      <p class="table-note">
        <xsl:value-of select="$s.cmp-table-note"/>
        <xsl:if test="$C/domain/capability[old/@target != new/@target]">
          <xsl:value-of select="concat(' ', $s.cmp-targets-differ)"/>
        </xsl:if>
      </p>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- ================================================================
       4 Criteria that changed
       ================================================================ -->

  <xsl:template name="criteria">
    <section class="major" id="criteria">
      <h2><span class="secno">4</span><xsl:value-of select="$s.cmp-sec-criteria"/></h2>
      <xsl:choose>
        <xsl:when test="$rapid"><p><xsl:value-of select="$s.cmp-rapid"/></p></xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="criteria-list">
            <xsl:with-param name="title" select="$s.cmp-Newly-met"/>
            <xsl:with-param name="change" select="'newly-met'"/>
            <xsl:with-param name="none" select="$s.cmp-no-newly-met"/>
          </xsl:call-template>
          <xsl:call-template name="criteria-list">
            <xsl:with-param name="title" select="$s.cmp-No-longer-met"/>
            <xsl:with-param name="change" select="'no-longer-met'"/>
            <xsl:with-param name="none" select="$s.cmp-no-no-longer-met"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template name="criteria-list">
    <xsl:param name="title"/>
    <xsl:param name="change"/>
    <xsl:param name="none"/>
    <h3><xsl:value-of select="$title"/></h3>
    <xsl:if test="not($C/domain/capability/criterion[@change = $change])">
      <p><xsl:value-of select="$none"/></p>
    </xsl:if>
    <xsl:for-each select="$C/domain/capability[criterion/@change = $change]">
      <div class="cap-criteria">
        <h4><xsl:value-of select="concat(@number, ' ', @name)"/></h4>
        <ul class="criteria">
          <xsl:for-each select="criterion[@change = $change]">
            <li>
              <xsl:value-of select="normalize-space(text)"/>
              <xsl:text> </xsl:text>
              <span class="q"><xsl:value-of select="concat(@question, ', ', $s.level-word, ' ', @level)"/></span>
              <xsl:text> </xsl:text>
              <span class="tag st-other">
                <xsl:value-of select="concat($s.cmp-was, ' ')"/>
                <xsl:call-template name="status-label"><xsl:with-param name="status" select="@old-status"/></xsl:call-template>
              </span>
              <xsl:text> </xsl:text>
              <span>
                <xsl:attribute name="class">
                  <xsl:choose>
                    <xsl:when test="@new-status = 'met'">tag st-met</xsl:when>
                    <xsl:otherwise>tag st-other</xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <xsl:value-of select="concat($s.cmp-now, ' ')"/>
                <xsl:call-template name="status-label"><xsl:with-param name="status" select="@new-status"/></xsl:call-template>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:for-each>
  </xsl:template>

  <!-- ================================================================
       5 How the two are compared
       ================================================================ -->

  <xsl:template name="method">
    <xsl:variable name="sum" select="$C/summary"/>
    <section class="minor" id="method">
      <h2><span class="secno">5</span><xsl:value-of select="$s.cmp-sec-method"/></h2>
      <ol class="rules">
        <xsl:if test="$old/questionnaire/@version != $new/questionnaire/@version">
          <li><xsl:value-of select="concat($s.cmp-q-versions, ' (', $old/questionnaire/@version, $to, $new/questionnaire/@version, '). ', $s.cmp-only-old, ' ', $sum/@questions-only-old, '; ', $s.cmp-only-new, ' ', $sum/@questions-only-new, '; ', $s.cmp-only-note)"/></li>
        </xsl:if>
        <li><xsl:value-of select="$s.cmp-m-same-rules"/></li>
        <li><xsl:value-of select="$s.cmp-m-change"/></li>
        <li><xsl:value-of select="$s.cmp-m-levels"/></li>
        <li><xsl:value-of select="$s.cmp-m-criteria"/></li>
        <li><xsl:value-of select="$s.cmp-m-target"/></li>
        <li><xsl:value-of select="$s.cmp-m-country"/></li>
      </ol>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

</xsl:stylesheet>

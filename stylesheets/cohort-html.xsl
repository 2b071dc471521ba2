<?xml version="1.0" encoding="UTF-8"?>
<!--
  cohort-html.xsl - the cohort report as one self-contained, printable HTML
  file (no script, no external resource; the levels as inline SVG bars):
  the cohort's figures per capability, then per group when the cohort is
  grouped, then the method and the privacy rules. mnr cohort prints it to
  PDF through headless Chromium, as mnr report does.

    mnr cohort FILES... -o cohort.xml -report cohort.html
    xsltproc cohort-html.xsl cohort.xml

  Input: a cohort baseline (model/schema/baseline.xsd, kind="cohort").
  Words are in words.xsl (s.co-*), number formats and the level palette
  in common.xsl, what the cohort layouts share in cohort-common.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="common.xsl"/>
  <xsl:import href="common-html.xsl"/>
  <xsl:import href="cohort-common.xsl"/>

  <xsl:output method="html" doctype-system="about:legacy-compat" encoding="UTF-8" indent="no"/>

  <xsl:variable name="B" select="/baseline"/>
  <xsl:variable name="caps" select="$B/item | $B/no-figure"/>
  <!-- width of a levels bar, in SVG user units -->
  <xsl:variable name="bar-w" select="126"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="baseline[@kind = 'cohort']"><xsl:apply-templates select="baseline"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes"><xsl:value-of select="$s.msg-not-cohort"/></xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="baseline">
    <html lang="{$s.lang}" dir="{$dir}">
      <head>
        <title>
          <xsl:call-template name="doc-title">
            <xsl:with-param name="title" select="concat($s.co-title, ' - ', normalize-space(title))"/>
          </xsl:call-template>
        </title>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <header class="cover">
          <xsl:call-template name="draft-notice"/>
          <p class="kicker"><xsl:value-of select="$s.mnr"/></p>
          <h1><xsl:value-of select="$s.co-title"/></h1>
          <p class="subtitle"><xsl:value-of select="$s.co-subtitle"/></p>
          <dl>
            <dt><xsl:value-of select="$s.co-baseline-id"/></dt>
            <dd><xsl:value-of select="concat(normalize-space(title), ' (', @id, ', ', $s.version, ' ', @version, ')')"/></dd>
            <dt><xsl:value-of select="$s.co-countries"/></dt>
            <dd><xsl:value-of select="cohort/@size"/></dd>
            <dt><xsl:value-of select="$s.m-collected"/></dt>
            <dd><xsl:value-of select="document/@data-collected"/></dd>
            <dt><xsl:value-of select="$s.co-by"/></dt>
            <dd>
              <xsl:choose>
                <xsl:when test="@by"><xsl:call-template name="co-grouping"><xsl:with-param name="by" select="@by"/></xsl:call-template></xsl:when>
                <xsl:otherwise><xsl:value-of select="$s.co-not-grouped"/></xsl:otherwise>
              </xsl:choose>
            </dd>
            <dt><xsl:value-of select="$s.co-min-group"/></dt>
            <dd><xsl:value-of select="concat(@min-group, ' ', $s.co-countries-lc)"/></dd>
            <dt><xsl:value-of select="$s.co-made"/></dt>
            <dd><xsl:value-of select="document"/></dd>
          </dl>
          <p class="note"><xsl:value-of select="$s.co-note"/></p>
        </header>
        <main>
          <section id="all" aria-labelledby="all-h">
            <h2 id="all-h"><span class="secno">1</span><xsl:value-of select="$s.co-sec-all"/></h2>
            <p><xsl:value-of select="$s.co-all-intro"/></p>
            <xsl:call-template name="legend"/>
            <xsl:call-template name="table">
              <xsl:with-param name="compare" select="true()"/>
              <xsl:with-param name="labelled-by" select="'all-h'"/>
            </xsl:call-template>
            <p class="table-note"><xsl:value-of select="$s.co-table-note"/></p>
          </section>
          <!-- a new page only when there are groups to show -->
          <section id="groups" aria-labelledby="groups-h">
            <xsl:if test="cohort/group"><xsl:attribute name="class">major</xsl:attribute></xsl:if>
            <h2 id="groups-h"><span class="secno">2</span><xsl:call-template name="co-groups-title"/></h2>
            <xsl:choose>
              <xsl:when test="cohort/group">
                <p><xsl:value-of select="$s.co-groups-intro"/></p>
                <xsl:for-each select="cohort/group">
                  <xsl:call-template name="group"/>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise><p><xsl:value-of select="$s.co-no-groups"/></p></xsl:otherwise>
            </xsl:choose>
          </section>
          <section id="method" class="major" aria-labelledby="method-h">
            <h2 id="method-h"><span class="secno">3</span><xsl:value-of select="$s.co-sec-method"/></h2>
            <ul class="rules">
              <li><xsl:value-of select="$s.co-m-latest"/></li>
              <li><xsl:value-of select="$s.co-m-inplace"/></li>
              <li><xsl:value-of select="$s.co-m-median"/></li>
              <li><xsl:value-of select="concat($s.co-m-private, ' ', @min-group, ' ', $s.co-m-private-2)"/></li>
              <li><xsl:value-of select="$s.co-m-complement"/></li>
              <li><xsl:value-of select="$s.co-m-one-grouping"/></li>
              <li><xsl:value-of select="$s.co-m-two-cohorts"/></li>
              <li><xsl:value-of select="$s.co-m-id"/></li>
              <li><xsl:value-of select="$s.co-m-change"/></li>
              <li><xsl:value-of select="$s.co-m-compare"/></li>
            </ul>
            <h3><xsl:value-of select="$s.co-caveats"/></h3>
            <ul>
              <xsl:for-each select="caveat"><li><xsl:value-of select="."/></li></xsl:for-each>
            </ul>
          </section>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- The level names and their shades, once above the tables. -->
  <xsl:template name="legend">
    <p class="legend">
      <span class="k"><xsl:value-of select="concat($s.co-levels-legend, ':')"/></span>
      <xsl:for-each select="$B/scale/level">
        <span class="item"><span class="lv lv{@value}"><xsl:value-of select="@value"/></span>
        <xsl:value-of select="concat(' ', @name)"/></span>
        <xsl:text> </xsl:text>
      </xsl:for-each>
    </p>
  </xsl:template>

  <!-- A table of every capability: over the whole cohort (group empty,
       with the 2021 comparison) or over one group. -->
  <xsl:template name="table">
    <xsl:param name="group" select="''"/>
    <xsl:param name="compare" select="false()"/>
    <xsl:param name="labelled-by"/>
    <div class="table-scroll" tabindex="0" role="group" aria-labelledby="{$labelled-by}">
    <table class="cohort">
      <thead>
        <tr>
          <th class="num" scope="col"><xsl:value-of select="$s.co-col-no"/></th>
          <th scope="col"><xsl:value-of select="$s.co-col-cap"/></th>
          <th class="num" scope="col"><xsl:value-of select="$s.co-col-covered"/></th>
          <th class="num" scope="col"><xsl:value-of select="$s.co-col-in-place"/></th>
          <xsl:if test="$compare">
            <th class="num" scope="col"><xsl:value-of select="$s.co-col-2021"/></th>
            <th class="num" scope="col"><xsl:value-of select="$s.co-col-change"/></th>
          </xsl:if>
          <th class="num" scope="col"><xsl:value-of select="$s.co-col-median"/></th>
          <th scope="col" class="bar"><xsl:value-of select="$s.co-col-levels"/></th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$caps">
          <xsl:sort select="@number" data-type="number"/>
          <xsl:variable name="f" select="(levels[$group = ''] | group-figures[$group != '' and @group = $group])[1]"/>
          <xsl:variable name="yes" select="(@yes[$group = ''] | $f/@yes[$group != ''])[1]"/>
          <xsl:variable name="of" select="(@respondents[$group = ''] | $f/@respondents[$group != ''])[1]"/>
          <tr>
            <td class="num"><xsl:value-of select="@number"/></td>
            <th scope="row"><xsl:value-of select="@label"/></th>
            <xsl:choose>
              <xsl:when test="@withheld = 'true' or $f/@withheld = 'true' or not($f)">
                <td colspan="{3 + 2 * number($compare)}" class="withheld"><xsl:value-of select="$s.co-withheld-row"/></td>
                <td></td>
              </xsl:when>
              <xsl:otherwise>
                <td class="num"><xsl:value-of select="$of"/></td>
                <td class="num">
                  <xsl:call-template name="fmt-ratio"><xsl:with-param name="part" select="$yes"/><xsl:with-param name="whole" select="$of"/></xsl:call-template>
                  <xsl:if test="number($of) &gt; 0">
                    <xsl:text>%</xsl:text><span class="count"><xsl:call-template name="ltr"><xsl:with-param name="text" select="concat($yes, ' / ', $of)"/></xsl:call-template></span>
                  </xsl:if>
                </td>
                <xsl:if test="$compare">
                  <xsl:variable name="c" select="compared"/>
                  <td class="num">
                    <xsl:choose>
                      <xsl:when test="$c">
                        <xsl:call-template name="fmt-ratio"><xsl:with-param name="part" select="$c/@yes"/><xsl:with-param name="whole" select="$c/@respondents"/></xsl:call-template>
                        <xsl:text>%</xsl:text><span class="count"><xsl:call-template name="ltr"><xsl:with-param name="text" select="concat($c/@yes, ' / ', $c/@respondents)"/></xsl:call-template></span>
                      </xsl:when>
                      <xsl:otherwise><span class="muted"><xsl:value-of select="$s.co-no-2021"/></span></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td class="num">
                    <xsl:call-template name="co-change">
                      <xsl:with-param name="yes" select="$yes"/><xsl:with-param name="of" select="$of"/>
                      <xsl:with-param name="yes-then" select="$c/@yes"/><xsl:with-param name="of-then" select="$c/@respondents"/>
                    </xsl:call-template>
                  </td>
                </xsl:if>
                <td class="num">
                  <xsl:choose>
                    <xsl:when test="$f/@median-score"><xsl:call-template name="fmt-human"><xsl:with-param name="number" select="string($f/@median-score)"/></xsl:call-template></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td class="bar"><xsl:call-template name="svg-dir"><xsl:with-param name="svg"><xsl:call-template name="levels-bar"><xsl:with-param name="f" select="$f"/></xsl:call-template></xsl:with-param></xsl:call-template></td>
              </xsl:otherwise>
            </xsl:choose>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    </div>
  </xsl:template>

  <!-- One group: a heading with its size, and its table (or why not). -->
  <xsl:template name="group">
    <xsl:variable name="name">
      <xsl:call-template name="co-grouping"><xsl:with-param name="by" select="$B/@by"/><xsl:with-param name="capital" select="true()"/></xsl:call-template>
      <xsl:value-of select="concat(': ', normalize-space(@name))"/>
    </xsl:variable>
    <div class="group">
      <xsl:choose>
        <xsl:when test="@withheld = 'true'">
          <h3><xsl:value-of select="$name"/></h3>
          <p class="withheld"><xsl:value-of select="$s.co-group-withheld"/></p>
        </xsl:when>
        <xsl:otherwise>
          <h3 id="group-{@id}-h"><xsl:value-of select="$name"/> <span class="muted"><xsl:value-of select="concat(' (', @size, ' ', $s.co-countries-lc, ')')"/></span></h3>
          <xsl:call-template name="table"><xsl:with-param name="group" select="@id"/><xsl:with-param name="labelled-by" select="concat('group-', @id, '-h')"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- The countries at each level as one stacked bar, each part in its
       level's shade with its count on it where it fits; a part too narrow
       for its count has the count beside the bar instead, after a swatch
       of its shade, so that every count can be read (a level-4 count of 4
       among 44 countries is a sliver). The SVG is as wide as the bar and
       the counts beside it. -->
  <xsl:template name="levels-bar">
    <xsl:param name="f"/>
    <xsl:variable name="n" select="$f/@level0 + $f/@level1 + $f/@level2 + $f/@level3 + $f/@level4"/>
    <xsl:variable name="label">
      <xsl:for-each select="$B/scale/level">
        <xsl:variable name="v" select="@value"/>
        <xsl:if test="position() &gt; 1">; </xsl:if>
        <xsl:value-of select="concat($s.co-at-level, ' ', $v, ' (', @name, '): ', $f/@*[name() = concat('level', $v)])"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:if test="$n &gt; 0">
      <xsl:variable name="beside-w">
        <xsl:call-template name="levels-beside">
          <xsl:with-param name="f" select="$f"/><xsl:with-param name="n" select="$n"/><xsl:with-param name="draw" select="false()"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="svg-w" select="$bar-w + number($beside-w)"/>
      <svg class="levels" viewBox="0 0 {$svg-w} 16" width="{$svg-w}" height="16" role="img" aria-label="{$label}">
        <xsl:for-each select="$B/scale/level">
          <xsl:variable name="v" select="@value"/>
          <xsl:variable name="count" select="number($f/@*[name() = concat('level', $v)])"/>
          <xsl:variable name="before" select="sum($f/@*[starts-with(name(), 'level') and number(substring(name(), 6)) &lt; $v])"/>
          <xsl:if test="$count &gt; 0">
            <xsl:variable name="x" select="$bar-w * $before div $n"/>
            <xsl:variable name="w" select="$bar-w * $count div $n"/>
            <xsl:variable name="x-n"><xsl:call-template name="n"><xsl:with-param name="v" select="$x"/></xsl:call-template></xsl:variable>
            <xsl:variable name="w-n"><xsl:call-template name="n"><xsl:with-param name="v" select="$w"/></xsl:call-template></xsl:variable>
            <rect x="{$x-n}" y="0" width="{$w-n}" height="16" stroke="#7b8794" stroke-width="0.5">
              <xsl:attribute name="fill"><xsl:call-template name="level-colour"><xsl:with-param name="level" select="$v"/></xsl:call-template></xsl:attribute>
            </rect>
            <xsl:if test="$w &gt;= 7 * string-length($count) + 4">
              <xsl:variable name="mid-n"><xsl:call-template name="n"><xsl:with-param name="v" select="$x + $w div 2"/></xsl:call-template></xsl:variable>
              <text x="{$mid-n}" y="12" text-anchor="middle" class="t-in">
                <xsl:attribute name="fill"><xsl:call-template name="level-ink"><xsl:with-param name="level" select="$v"/></xsl:call-template></xsl:attribute>
                <xsl:value-of select="$count"/>
              </text>
            </xsl:if>
          </xsl:if>
        </xsl:for-each>
        <xsl:call-template name="levels-beside">
          <xsl:with-param name="f" select="$f"/><xsl:with-param name="n" select="$n"/>
        </xsl:call-template>
      </svg>
    </xsl:if>
  </xsl:template>

  <!-- The counts of the parts too narrow to hold them, level by level from
       $v, right of the bar from $x: a swatch of the level's shade, then the
       count. With draw false, only the width they take (0 for none). -->
  <xsl:template name="levels-beside">
    <xsl:param name="f"/>
    <xsl:param name="n"/>
    <xsl:param name="draw" select="true()"/>
    <xsl:param name="v" select="0"/>
    <xsl:param name="x" select="$bar-w + 4"/>
    <xsl:choose>
      <xsl:when test="$B/scale/level[@value = $v]">
        <xsl:variable name="count" select="number($f/@*[name() = concat('level', $v)])"/>
        <xsl:variable name="narrow" select="$count &gt; 0 and $bar-w * $count div $n &lt; 7 * string-length($count) + 4"/>
        <!-- swatch 7, a gap of 2, the digits, a gap of 5 before the next -->
        <xsl:variable name="w" select="number($narrow) * (14 + 6 * string-length($count))"/>
        <xsl:if test="$draw and $narrow">
          <rect x="{$x}" y="4.5" width="7" height="7" stroke="#7b8794" stroke-width="0.5">
            <xsl:attribute name="fill"><xsl:call-template name="level-colour"><xsl:with-param name="level" select="$v"/></xsl:call-template></xsl:attribute>
          </rect>
          <text x="{$x + 9}" y="12" class="t-out"><xsl:value-of select="$count"/></text>
        </xsl:if>
        <xsl:call-template name="levels-beside">
          <xsl:with-param name="f" select="$f"/><xsl:with-param name="n" select="$n"/><xsl:with-param name="draw" select="$draw"/>
          <xsl:with-param name="v" select="$v + 1"/><xsl:with-param name="x" select="$x + $w"/>
        </xsl:call-template>
      </xsl:when>
      <!-- past the last level: the width taken (a gap of 4 before the
           first, the last one's gap of 5 cut to 3), or 0 -->
      <xsl:when test="not($draw)"><xsl:value-of select="number($x &gt; $bar-w + 4) * ($x - $bar-w - 2)"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The CSS: the rules of common-html.xsl, and the cohort's own around
       them. -->
  <xsl:template name="css">
    <!-- The running heads name no country (a cohort has none to name and
         its outputs must not): the cohort's title on the left, the years
         its assessments are dated on the right, none on the cover. The
         page box is css-page's: mnr cohort passes no paper parameter, so
         it is A4 (paper's default in common.xsl). -->
    <xsl:variable name="head-title">
      <xsl:call-template name="head-cut"><xsl:with-param name="text" select="normalize-space($B/title)"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="head-left">
      <xsl:call-template name="css-string"><xsl:with-param name="text" select="$head-title"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="head-right">
      <xsl:call-template name="css-string"><xsl:with-param name="text" select="$B/document/@data-collected"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="css-page">
      <xsl:with-param name="head-left" select="$head-left"/>
      <xsl:with-param name="head-right" select="$head-right"/>
      <xsl:with-param name="cover" select="true()"/>
    </xsl:call-template>
    <xsl:call-template name="css-base"/>
    <!-- on screen every section is a sheet, not only the .major ones: the
         first follows the cover on its page in print -->
    <xsl:text>@media screen {
  main > section { background: #fff; padding: 14mm 12mm; margin-bottom: 8mm; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
}
h1, h2, h3 { color: #16365c; font-weight: 600; line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 24pt; margin: 2mm 0 1mm; }
h2 { font-size: 16pt; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 1.5pt solid #16365c; }
h2 .secno { color: #616e7c; font-weight: 400; margin-inline-end: .45em; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
</xsl:text>
    <xsl:call-template name="css-flow"/>
    <xsl:text>.muted { color: #52606d; }
.kicker { font-size: 9pt; letter-spacing: .12em; text-transform: uppercase; color: #52606d;
  border-top: 4pt solid #16365c; padding-top: 4mm; margin: 0; }
.subtitle { font-size: 13pt; color: #3d6ea5; margin-bottom: 8mm; }
.cover dl { display: grid; grid-template-columns: 36mm 1fr; column-gap: 5mm; row-gap: 1.5mm; margin: 0 0 6mm; font-size: 9pt; }
.cover dt { color: #52606d; }
.cover dd { margin: 0; }
.note { border-inline-start: 2.5pt solid #16365c; padding-block: 1mm; padding-inline: 4mm 0; font-size: 8.5pt; color: #52606d; }
</xsl:text>
    <xsl:call-template name="css-table"/>
    <xsl:text>tbody th { color: #1f2933; font-weight: 400; font-size: 8.5pt; border-bottom: .5pt solid #d3d9df; vertical-align: middle; }
td { border-bottom: .5pt solid #d3d9df; padding: 1.3mm 1.2mm; vertical-align: middle; }
th.num, td.num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
th.num { white-space: normal; }
td.bar, th.bar { width: 42mm; white-space: nowrap; }
td.withheld, p.withheld { color: #52606d; font-style: italic; }
svg.levels { display: block; }
svg text { font-family: inherit; }
svg .t-in { font-size: 9px; font-weight: 700; }
svg .t-out { font-size: 9px; font-weight: 700; fill: #1f2933; }
.legend { font-size: 8.5pt; }
.legend .k { color: #52606d; margin-inline-end: .5em; }
.legend .item { white-space: nowrap; margin-inline-end: 3.5mm; }
.count { display: block; font-size: 7.5pt; color: #52606d; }
tbody th { width: 34%; }
</xsl:text>
    <xsl:call-template name="css-levels"/>
    <xsl:text>.table-note { font-size: 8pt; color: #52606d; }
ul.rules li { margin-bottom: 1.5mm; }
/* a group is kept on one page: short groups (withheld ones, a few rows)
   share pages, and no region's last rows start a page without its name;
   in print a group's 21 rows and its heading fit one A4 page (the
   cohort report is A4) */
.group { break-inside: avoid; page-break-inside: avoid; }
@media print {
  .group td { padding-top: .9mm; padding-bottom: .9mm; }
  .group h3 { margin-top: 4mm; }
}
</xsl:text>
    <xsl:call-template name="css-narrow"/>
  </xsl:template>

</xsl:stylesheet>

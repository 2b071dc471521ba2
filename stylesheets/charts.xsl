<?xml version="1.0" encoding="UTF-8"?>
<!--
  charts.xsl - the charts of the gap report (report-html.xsl), as inline
  SVG: the maturity scale with the overall index marked (summary), and the
  three figures of section 2: the domain profile (Figure 1), every
  capability against the baseline, the 2021 review or a cohort (Figure 2),
  and the heat map of criteria met per capability and level (Figure 3).
  XSLT 1.0 + exsl:node-set. Imported by report-html.xsl after common.xsl
  and common-html.xsl, whose words (words.xsl), figures, colours and text
  helpers it uses; the figure captions and the section around the charts
  are report-html.xsl's.

  SVG is written without a namespace: the HTML parser puts <svg> in the
  SVG namespace by itself. Chart layout is in SVG user units on a 680-wide
  viewBox (about the printed width in CSS pixels); label widths assume an
  average glyph of 0.6 em, wide enough for the widest fonts of the stack.
  The comparison's chart (compare-html.xsl) and the cohort report's level
  bars (cohort-html.xsl) are their layouts' own.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <!-- chart geometry (user units) -->
  <xsl:variable name="W" select="680"/>
  <xsl:variable name="label-chars" select="38"/>
  <xsl:variable name="line-h" select="12"/>

  <!-- The maturity scale with the overall index marked. -->
  <xsl:template name="chart-scale">
    <xsl:variable name="idx" select="number($R/summary/@overall-index)"/>
    <xsl:variable name="bw" select="$W div 5"/>
    <xsl:variable name="y0" select="30"/>
    <xsl:variable name="mx">
      <xsl:choose>
        <xsl:when test="$idx &gt;= 4"><xsl:value-of select="4.5 * $bw"/></xsl:when>
        <!-- to 2 decimals: processors write the bare product differently
             (0.35 * 136 is 47.6 in libxslt, 47.599999999999994 in Saxon) -->
        <xsl:otherwise><xsl:value-of select="round($idx * $bw * 100) div 100"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="anchor">
      <xsl:choose>
        <xsl:when test="$mx &lt; 60">start</xsl:when>
        <xsl:when test="$mx &gt; $W - 60">end</xsl:when>
        <xsl:otherwise>middle</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="$nl"/>
    <svg class="chart scale" id="chart-scale" viewBox="0 0 {$W} 62" role="img" aria-labelledby="chart-scale-title">
      <title id="chart-scale-title">
        <xsl:value-of select="concat($s.overall-index, ' ')"/>
        <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$idx"/></xsl:call-template>
      </title>
      <xsl:for-each select="$R/scale/level">
        <xsl:sort select="@value" data-type="number"/>
        <xsl:variable name="x" select="@value * $bw"/>
        <rect x="{$x + 1}" y="{$y0}" width="{$bw - 2}" height="13" stroke="#7b8794" stroke-width="0.5">
          <xsl:attribute name="fill"><xsl:call-template name="level-colour"><xsl:with-param name="level" select="@value"/></xsl:call-template></xsl:attribute>
        </rect>
        <text class="t-leg" x="{$x + $bw div 2}" y="{$y0 + 27}" text-anchor="middle">
          <tspan style="font-weight:700"><xsl:value-of select="@value"/></tspan>
          <xsl:value-of select="concat(' ', @name)"/>
        </text>
      </xsl:for-each>
      <xsl:if test="string($idx) != 'NaN'">
        <path d="M{$mx - 6},{$y0 - 10} L{$mx + 6},{$y0 - 10} L{$mx},{$y0 - 2} Z" fill="#16365c"/>
        <!-- a white casing keeps the marker visible on the dark shades -->
        <line x1="{$mx}" y1="{$y0 - 1}" x2="{$mx}" y2="{$y0 + 14}" stroke="#ffffff" stroke-width="5.5"/>
        <line x1="{$mx}" y1="{$y0 - 2}" x2="{$mx}" y2="{$y0 + 15}" stroke="#1f2933" stroke-width="2.5"/>
        <text class="t-val" x="{$mx}" y="{$y0 - 14}" text-anchor="{$anchor}">
          <xsl:value-of select="concat($s.scale-marker, ': ')"/>
          <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$idx"/></xsl:call-template>
        </text>
      </xsl:if>
    </svg>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- == SVG helpers == -->

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
        <!-- a single word cut to fit (no space in the line): squeeze it to the
             width such a line would normally take, so that wide glyphs never
             run into the bars -->
        <xsl:if test="not(contains(., ' ')) and string-length(.) &gt; 16">
          <!-- through n: Saxon writes 3 * 5.4 as 16.200000000000003 -->
          <xsl:attribute name="textLength"><xsl:call-template name="n"><xsl:with-param name="v" select="string-length(.) * 5.4"/></xsl:call-template></xsl:attribute>
          <xsl:attribute name="lengthAdjust">spacingAndGlyphs</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="."/>
      </tspan>
    </xsl:for-each>
  </xsl:template>

  <!-- A wrapped label of n lines vertically centred on cy. -->
  <xsl:template name="svg-label">
    <xsl:param name="lines"/>
    <xsl:param name="x"/>
    <xsl:param name="cy"/>
    <xsl:param name="class" select="'t-lab'"/>
    <xsl:param name="anchor" select="'start'"/>
    <xsl:variable name="n">
      <xsl:call-template name="count-lines"><xsl:with-param name="text" select="$lines"/></xsl:call-template>
    </xsl:variable>
    <text class="{$class}" y="{$cy - ($n - 1) * $line-h div 2 + 3.5}">
      <xsl:if test="$anchor != 'start'"><xsl:attribute name="text-anchor"><xsl:value-of select="$anchor"/></xsl:attribute></xsl:if>
      <xsl:call-template name="svg-lines">
        <xsl:with-param name="text" select="$lines"/>
        <xsl:with-param name="x" select="$x"/>
      </xsl:call-template>
    </text>
  </xsl:template>

  <!-- Rows for the capability charts: a heading row per domain, then one
       row per capability, each with its wrapped label and height. -->
  <xsl:template name="capability-rows">
    <xsl:for-each select="$R/domain">
      <xsl:variable name="dlines">
        <xsl:call-template name="wrap">
          <xsl:with-param name="text" select="concat($s.domain, ' ', @number, ': ', @name)"/>
          <xsl:with-param name="width" select="100"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:variable name="dn">
        <xsl:call-template name="count-lines"><xsl:with-param name="text" select="$dlines"/></xsl:call-template>
      </xsl:variable>
      <row kind="domain" id="{@id}" n="{$dn}" h="{9 + $dn * $line-h}">
        <xsl:value-of select="$dlines"/>
      </row>
      <xsl:for-each select="capability">
        <xsl:variable name="lines">
          <xsl:call-template name="wrap">
            <xsl:with-param name="text" select="@name"/>
            <xsl:with-param name="width" select="$label-chars"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="n">
          <xsl:call-template name="count-lines"><xsl:with-param name="text" select="$lines"/></xsl:call-template>
        </xsl:variable>
        <row kind="cap" id="{@id}" n="{$n}">
          <xsl:attribute name="h">
            <xsl:choose>
              <xsl:when test="$n * $line-h + 5 &gt; 23"><xsl:value-of select="$n * $line-h + 5"/></xsl:when>
              <xsl:otherwise>23</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:value-of select="$lines"/>
        </row>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- == Figure 1: domain profile == -->

  <xsl:template name="chart-domains">
    <xsl:variable name="rows-rtf">
      <xsl:for-each select="$R/domain">
        <xsl:variable name="lines">
          <xsl:call-template name="wrap">
            <xsl:with-param name="text" select="concat(@number, '  ', @name)"/>
            <xsl:with-param name="width" select="31"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="n">
          <xsl:call-template name="count-lines"><xsl:with-param name="text" select="$lines"/></xsl:call-template>
        </xsl:variable>
        <row id="{@id}">
          <xsl:attribute name="h">
            <xsl:choose>
              <xsl:when test="$n * $line-h + 12 &gt; 32"><xsl:value-of select="$n * $line-h + 12"/></xsl:when>
              <xsl:otherwise>32</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:value-of select="$lines"/>
        </row>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="rows" select="exsl:node-set($rows-rtf)/row"/>
    <xsl:variable name="top" select="26"/>
    <xsl:variable name="x0" select="230"/>
    <xsl:variable name="unit" select="92"/>
    <xsl:variable name="plot-h" select="sum($rows/@h)"/>
    <xsl:variable name="bottom" select="$top + $plot-h"/>
    <xsl:variable name="H" select="$bottom + 78"/>
    <xsl:value-of select="$nl"/>
    <svg class="chart" id="chart-domains" viewBox="0 0 {$W} {$H}" role="img" aria-labelledby="chart-domains-title">
      <title id="chart-domains-title"><xsl:value-of select="$s.fig-domains"/></title>
      <!-- grid and axis -->
      <xsl:for-each select="$R/scale/level">
        <xsl:sort select="@value" data-type="number"/>
        <xsl:variable name="x" select="$x0 + @value * $unit"/>
        <line x1="{$x}" y1="{$top - 4}" x2="{$x}" y2="{$bottom}" stroke="#d3d9df" stroke-width="0.75"/>
        <text class="t-ax" x="{$x}" y="{$bottom + 13}" text-anchor="middle" style="font-weight:700"><xsl:value-of select="@value"/></text>
        <text class="t-ax" x="{$x}" y="{$bottom + 25}" text-anchor="middle"><xsl:value-of select="@name"/></text>
      </xsl:for-each>
      <line x1="{$x0}" y1="{$bottom}" x2="{$x0 + 4 * $unit}" y2="{$bottom}" stroke="#7b8794" stroke-width="0.75"/>
      <text class="t-axt" x="{$x0 + 2 * $unit}" y="{$bottom + 41}" text-anchor="middle"><xsl:value-of select="$s.axis-score"/></text>
      <!-- target line -->
      <xsl:if test="$uniform-target != ''">
        <xsl:variable name="tx" select="$x0 + $uniform-target * $unit"/>
        <line x1="{$tx}" y1="{$top - 8}" x2="{$tx}" y2="{$bottom}" stroke="#9b2c2c" stroke-width="1.25" stroke-dasharray="4 3"/>
        <text class="t-ax" x="{$tx}" y="{$top - 12}" text-anchor="middle" style="fill:#9b2c2c;font-weight:700">
          <xsl:value-of select="concat($s.target-line, ' ', $uniform-target)"/>
        </text>
      </xsl:if>
      <!-- bars -->
      <xsl:for-each select="$rows">
        <xsl:variable name="y" select="$top + sum(preceding-sibling::row/@h)"/>
        <xsl:variable name="cy" select="$y + @h div 2"/>
        <xsl:variable name="d" select="$R/domain[@id = current()/@id]"/>
        <xsl:call-template name="svg-label">
          <xsl:with-param name="lines" select="string(.)"/>
          <xsl:with-param name="x" select="0"/>
          <xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="class" select="'t-dom'"/>
        </xsl:call-template>
        <xsl:choose>
          <xsl:when test="$d/@assessed = 'true' and string($d/@score) != ''">
            <xsl:variable name="sc" select="number($d/@score)"/>
            <xsl:variable name="lvl" select="floor($sc)"/>
            <rect x="{$x0}" y="{$cy - 9}" height="18" stroke="#16365c" stroke-width="0.6">
              <xsl:attribute name="width"><xsl:call-template name="n"><xsl:with-param name="v" select="$sc * $unit"/></xsl:call-template></xsl:attribute>
              <xsl:attribute name="fill"><xsl:call-template name="level-colour"><xsl:with-param name="level" select="$lvl"/></xsl:call-template></xsl:attribute>
            </rect>
            <xsl:variable name="bar-end" select="$x0 + $sc * $unit"/>
            <xsl:choose>
              <!-- just short of the target line, the figure goes inside the
                   bar's end, so that the line does not run through it -->
              <xsl:when test="$uniform-target != '' and $sc &lt; number($uniform-target)
                              and $bar-end + 36 &gt; $x0 + $uniform-target * $unit and $sc * $unit &gt;= 36">
                <text class="t-val" y="{$cy + 3.5}" text-anchor="end">
                  <xsl:attribute name="x"><xsl:call-template name="n"><xsl:with-param name="v" select="$bar-end - 4"/></xsl:call-template></xsl:attribute>
                  <xsl:attribute name="style">fill:<xsl:call-template name="level-ink"><xsl:with-param name="level" select="$lvl"/></xsl:call-template></xsl:attribute>
                  <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$sc"/></xsl:call-template>
                </text>
              </xsl:when>
              <xsl:otherwise>
                <!-- a white backing keeps grid and target lines out of the
                     figure (a stroked halo would print the text twice) -->
                <rect y="{$cy - 7}" width="31" height="14" fill="#ffffff">
                  <xsl:attribute name="x"><xsl:call-template name="n"><xsl:with-param name="v" select="$bar-end + 3"/></xsl:call-template></xsl:attribute>
                </rect>
                <text class="t-val" y="{$cy + 3.5}">
                  <xsl:attribute name="x"><xsl:call-template name="n"><xsl:with-param name="v" select="$bar-end + 6"/></xsl:call-template></xsl:attribute>
                  <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$sc"/></xsl:call-template>
                </text>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise>
            <text class="t-na" x="{$x0 + 6}" y="{$cy + 3.5}"><xsl:value-of select="$s.not-assessed"/></text>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <!-- legend: level shades -->
      <xsl:variable name="ly" select="$bottom + 60"/>
      <text class="t-hd" x="0" y="{$ly + 9}"><xsl:value-of select="$s.legend-level"/></text>
      <xsl:for-each select="$R/scale/level">
        <xsl:sort select="@value" data-type="number"/>
        <xsl:variable name="lx" select="150 + @value * 106"/>
        <rect x="{$lx}" y="{$ly}" width="14" height="11" stroke="#16365c" stroke-width="0.6">
          <xsl:attribute name="fill"><xsl:call-template name="level-colour"><xsl:with-param name="level" select="@value"/></xsl:call-template></xsl:attribute>
        </rect>
        <text class="t-leg" x="{$lx + 18}" y="{$ly + 9}"><xsl:value-of select="concat(@value, ' ', @name)"/></text>
      </xsl:for-each>
    </svg>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- == Figure 2: every capability against the 2021 review == -->

  <xsl:template name="chart-baseline">
    <xsl:variable name="rows-rtf"><xsl:call-template name="capability-rows"/></xsl:variable>
    <xsl:variable name="rows" select="exsl:node-set($rows-rtf)/row"/>
    <xsl:variable name="top" select="22"/>
    <xsl:variable name="bx" select="268"/>
    <xsl:variable name="bw" select="232"/>
    <xsl:variable name="cx" select="$bx + $bw + 6"/>
    <xsl:variable name="px" select="552"/>
    <xsl:variable name="pw" select="$W - $px"/>
    <xsl:variable name="bottom" select="$top + sum($rows/@h)"/>
    <xsl:variable name="H" select="$bottom + 96"/>
    <xsl:value-of select="$nl"/>
    <svg class="chart" id="chart-baseline" viewBox="0 0 {$W} {$H}" role="img" aria-labelledby="chart-baseline-title">
      <title id="chart-baseline-title"><xsl:value-of select="$s.fig-baseline"/></title>
      <!-- column heads -->
      <text class="t-hd" x="0" y="{$top - 8}"><xsl:value-of select="$s.capability"/></text>
      <text class="t-hd" x="{$bx}" y="{$top - 8}"><xsl:value-of select="$s.baseline-share-long"/></text>
      <text class="t-hd" x="{$cx + 24}" y="{$top - 8}" text-anchor="middle">n/N</text>
      <text class="t-hd" x="{$px + $pw div 2}" y="{$top - 8}" text-anchor="middle"><xsl:value-of select="$s.col-this-country"/></text>
      <!-- grid -->
      <xsl:variable name="ticks">
        <xsl:call-template name="words"><xsl:with-param name="text" select="'0 25 50 75 100'"/></xsl:call-template>
      </xsl:variable>
      <xsl:for-each select="exsl:node-set($ticks)/t">
        <xsl:variable name="gx" select="$bx + $bw * number(.) div 100"/>
        <line x1="{$gx}" y1="{$top}" x2="{$gx}" y2="{$bottom + 3}" stroke="#d3d9df" stroke-width="0.6">
          <xsl:if test=". = '50'"><xsl:attribute name="stroke">#7b8794</xsl:attribute><xsl:attribute name="stroke-dasharray">3 2</xsl:attribute></xsl:if>
        </line>
        <text class="t-ax" x="{$gx}" y="{$bottom + 14}" text-anchor="middle"><xsl:value-of select="concat(., '%')"/></text>
      </xsl:for-each>
      <text class="t-axt" x="{$bx + $bw div 2}" y="{$bottom + 27}" text-anchor="middle">
        <xsl:value-of select="$s.axis-share"/>
      </text>
      <!-- rows -->
      <xsl:for-each select="$rows">
        <xsl:variable name="y" select="$top + sum(preceding-sibling::row/@h)"/>
        <xsl:variable name="cy" select="$y + @h div 2"/>
        <xsl:choose>
          <xsl:when test="@kind = 'domain'">
            <!-- the heading row is a white band: the grid stops there
                 (a stroked halo would print the text twice) -->
            <rect x="0" y="{$y}" width="{$W}" height="{@h}" fill="#ffffff"/>
            <xsl:if test="preceding-sibling::row">
              <line x1="0" y1="{$y + 2}" x2="{$W}" y2="{$y + 2}" stroke="#9aa5b1" stroke-width="0.6"/>
            </xsl:if>
            <xsl:call-template name="svg-label">
              <xsl:with-param name="lines" select="string(.)"/>
              <xsl:with-param name="x" select="0"/>
              <xsl:with-param name="cy" select="$cy + 1.5"/>
              <xsl:with-param name="class" select="'t-dom'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="c" select="$R/domain/capability[@id = current()/@id]"/>
            <xsl:variable name="b" select="$c/baseline"/>
            <text class="t-lab" x="16" y="{$cy + 3.5}" text-anchor="end"><xsl:value-of select="$c/@number"/></text>
            <xsl:call-template name="svg-label">
              <xsl:with-param name="lines" select="string(.)"/>
              <xsl:with-param name="x" select="22"/>
              <xsl:with-param name="cy" select="$cy"/>
            </xsl:call-template>
            <!-- the review's share -->
            <xsl:choose>
              <xsl:when test="$b/@status = 'figure' and string($b/@percent) != ''">
                <xsl:variable name="yw" select="$bw * number($b/@yes) div number($b/@respondents)"/>
                <rect x="{$bx}" y="{$cy - 8}" width="{$bw}" height="16" fill="#e1e5ea"/>
                <rect x="{$bx}" y="{$cy - 8}" height="16" fill="#616e7c">
                  <xsl:attribute name="width"><xsl:call-template name="n"><xsl:with-param name="v" select="$yw"/></xsl:call-template></xsl:attribute>
                </rect>
                <xsl:choose>
                  <xsl:when test="$yw &gt;= 34">
                    <text class="t-in" y="{$cy + 3.2}" text-anchor="end" style="fill:#ffffff">
                      <xsl:attribute name="x"><xsl:call-template name="n"><xsl:with-param name="v" select="$bx + $yw - 4"/></xsl:call-template></xsl:attribute>
                      <xsl:call-template name="fmt-ratio">
                        <xsl:with-param name="part" select="$b/@yes"/>
                        <xsl:with-param name="whole" select="$b/@respondents"/>
                        <xsl:with-param name="pattern" select="'0'"/>
                      </xsl:call-template>%</text>
                  </xsl:when>
                  <xsl:otherwise>
                    <text class="t-in" y="{$cy + 3.2}">
                      <xsl:attribute name="x"><xsl:call-template name="n"><xsl:with-param name="v" select="$bx + $yw + 4"/></xsl:call-template></xsl:attribute>
                      <xsl:call-template name="fmt-ratio">
                        <xsl:with-param name="part" select="$b/@yes"/>
                        <xsl:with-param name="whole" select="$b/@respondents"/>
                        <xsl:with-param name="pattern" select="'0'"/>
                      </xsl:call-template>%</text>
                  </xsl:otherwise>
                </xsl:choose>
                <text class="t-ax" x="{$cx + 24}" y="{$cy + 3.2}" text-anchor="middle"><xsl:value-of select="concat($b/@yes, '/', $b/@respondents)"/></text>
              </xsl:when>
              <xsl:otherwise>
                <rect x="{$bx + 0.5}" y="{$cy - 8}" width="{$bw - 1}" height="16" fill="#ffffff" stroke="#9aa5b1" stroke-width="0.75" stroke-dasharray="3 2"/>
                <text class="t-na" x="{$bx + $bw div 2}" y="{$cy + 3.2}" text-anchor="middle">
                  <xsl:choose>
                    <xsl:when test="$b"><xsl:value-of select="$s.no-figure-long"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$s.no-baseline"/></xsl:otherwise>
                  </xsl:choose>
                </text>
                <text class="t-ax" x="{$cx + 24}" y="{$cy + 3.2}" text-anchor="middle">-</text>
              </xsl:otherwise>
            </xsl:choose>
            <!-- this country -->
            <xsl:call-template name="svg-status-pill">
              <xsl:with-param name="cap" select="$c"/>
              <xsl:with-param name="x" select="$px"/>
              <xsl:with-param name="w" select="$pw"/>
              <xsl:with-param name="cy" select="$cy"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <!-- legend -->
      <xsl:variable name="ly" select="$bottom + 44"/>
      <text class="t-hd" x="0" y="{$ly + 9}"><xsl:value-of select="$s.baseline-share"/></text>
      <rect x="96" y="{$ly}" width="14" height="11" fill="#616e7c"/>
      <text class="t-leg" x="114" y="{$ly + 9}"><xsl:value-of select="$s.legend-yes"/></text>
      <rect x="268" y="{$ly}" width="14" height="11" fill="#e1e5ea"/>
      <text class="t-leg" x="286" y="{$ly + 9}"><xsl:value-of select="$s.legend-no"/></text>
      <rect x="400" y="{$ly}" width="24" height="11" fill="#ffffff" stroke="#9aa5b1" stroke-width="0.75" stroke-dasharray="3 2"/>
      <text class="t-leg" x="430" y="{$ly + 9}"><xsl:value-of select="$s.no-figure"/></text>
      <xsl:variable name="ly2" select="$ly + 22"/>
      <text class="t-hd" x="0" y="{$ly2 + 9}"><xsl:value-of select="$s.col-this-country"/></text>
      <xsl:call-template name="svg-pill">
        <xsl:with-param name="kind" select="'in'"/>
        <xsl:with-param name="x" select="96"/><xsl:with-param name="w" select="150"/>
        <xsl:with-param name="cy" select="$ly2 + 5.5"/>
        <xsl:with-param name="label" select="concat($s.in-place, ' (', $s.level-word, ' 1-4)')"/>
      </xsl:call-template>
      <xsl:call-template name="svg-pill">
        <xsl:with-param name="kind" select="'out'"/>
        <xsl:with-param name="x" select="256"/><xsl:with-param name="w" select="134"/>
        <xsl:with-param name="cy" select="$ly2 + 5.5"/>
        <xsl:with-param name="label" select="concat($s.not-in-place, ' (', $s.level-word, ' 0)')"/>
      </xsl:call-template>
      <xsl:call-template name="svg-pill">
        <xsl:with-param name="kind" select="'na'"/>
        <xsl:with-param name="x" select="400"/><xsl:with-param name="w" select="100"/>
        <xsl:with-param name="cy" select="$ly2 + 5.5"/>
        <xsl:with-param name="label" select="$s.Not-assessed"/>
      </xsl:call-template>
    </svg>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- This country's status as a pill: filled = in place, outlined = not
       in place, dashed = not assessed; the words say the same. -->
  <xsl:template name="svg-status-pill">
    <xsl:param name="cap"/>
    <xsl:param name="x"/>
    <xsl:param name="w"/>
    <xsl:param name="cy"/>
    <xsl:choose>
      <xsl:when test="$cap/@assessed != 'true'">
        <xsl:call-template name="svg-pill">
          <xsl:with-param name="kind" select="'na'"/>
          <xsl:with-param name="x" select="$x"/><xsl:with-param name="w" select="$w"/><xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="label" select="$s.Not-assessed"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$cap/@in-place = 'true' or ($cap/@in-place != 'false' and $cap/@level &gt;= 1)">
        <xsl:call-template name="svg-pill">
          <xsl:with-param name="kind" select="'in'"/>
          <xsl:with-param name="x" select="$x"/><xsl:with-param name="w" select="$w"/><xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="label" select="concat($s.in-place, ' &#183; ', $s.level-word, ' ', $cap/@level)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="svg-pill">
          <xsl:with-param name="kind" select="'out'"/>
          <xsl:with-param name="x" select="$x"/><xsl:with-param name="w" select="$w"/><xsl:with-param name="cy" select="$cy"/>
          <xsl:with-param name="label" select="$s.not-in-place"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="svg-pill">
    <xsl:param name="kind"/>
    <xsl:param name="x"/>
    <xsl:param name="w"/>
    <xsl:param name="cy"/>
    <xsl:param name="label"/>
    <xsl:choose>
      <xsl:when test="$kind = 'in'">
        <rect x="{$x}" y="{$cy - 8}" width="{$w}" height="16" rx="8" fill="#16365c"/>
        <circle cx="{$x + 9}" cy="{$cy}" r="3.2" fill="#ffffff"/>
        <text class="t-in" x="{$x + 17}" y="{$cy + 3.2}" style="fill:#ffffff"><xsl:value-of select="$label"/></text>
      </xsl:when>
      <xsl:when test="$kind = 'out'">
        <rect x="{$x + 0.6}" y="{$cy - 7.4}" width="{$w - 1.2}" height="14.8" rx="7.4" fill="#ffffff" stroke="#16365c" stroke-width="1.2"/>
        <circle cx="{$x + 9}" cy="{$cy}" r="3" fill="#ffffff" stroke="#16365c" stroke-width="1.2"/>
        <text class="t-in" x="{$x + 17}" y="{$cy + 3.2}" style="fill:#16365c"><xsl:value-of select="$label"/></text>
      </xsl:when>
      <xsl:otherwise>
        <rect x="{$x + 0.6}" y="{$cy - 7.4}" width="{$w - 1.2}" height="14.8" rx="7.4" fill="#ffffff" stroke="#9aa5b1" stroke-width="1" stroke-dasharray="3 2"/>
        <text class="t-na" x="{$x + 17}" y="{$cy + 3.2}"><xsl:value-of select="$label"/></text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- == Figure 3: heat map capability x level == -->

  <xsl:template name="chart-heatmap">
    <xsl:variable name="rows-rtf"><xsl:call-template name="capability-rows"/></xsl:variable>
    <xsl:variable name="rows" select="exsl:node-set($rows-rtf)/row"/>
    <xsl:variable name="top" select="34"/>
    <xsl:variable name="hx" select="268"/>
    <xsl:variable name="cw" select="78"/>
    <xsl:variable name="rx" select="$hx + 4 * $cw + 8"/>
    <xsl:variable name="bottom" select="$top + sum($rows/@h)"/>
    <xsl:variable name="H" select="$bottom + 62"/>
    <xsl:value-of select="$nl"/>
    <svg class="chart" id="chart-heatmap" viewBox="0 0 {$W} {$H}" role="img" aria-labelledby="chart-heatmap-title">
      <title id="chart-heatmap-title"><xsl:value-of select="$s.fig-heatmap"/></title>
      <text class="t-hd" x="0" y="{$top - 8}"><xsl:value-of select="$s.capability"/></text>
      <xsl:for-each select="$R/scale/level[@value &gt;= 1]">
        <xsl:sort select="@value" data-type="number"/>
        <xsl:variable name="x" select="$hx + (@value - 1) * $cw + ($cw - 4) div 2"/>
        <text class="t-hd" x="{$x}" y="{$top - 19}" text-anchor="middle"><xsl:value-of select="concat($s.Level-word, ' ', @value)"/></text>
        <text class="t-ax" x="{$x}" y="{$top - 8}" text-anchor="middle"><xsl:value-of select="@name"/></text>
      </xsl:for-each>
      <text class="t-hd" x="{$rx}" y="{$top - 8}"><xsl:value-of select="$s.col-reached"/></text>
      <xsl:for-each select="$rows">
        <xsl:variable name="y" select="$top + sum(preceding-sibling::row/@h)"/>
        <xsl:variable name="cy" select="$y + @h div 2"/>
        <xsl:choose>
          <xsl:when test="@kind = 'domain'">
            <!-- the heading row is a white band: the grid stops there
                 (a stroked halo would print the text twice) -->
            <rect x="0" y="{$y}" width="{$W}" height="{@h}" fill="#ffffff"/>
            <xsl:if test="preceding-sibling::row">
              <line x1="0" y1="{$y + 2}" x2="{$W}" y2="{$y + 2}" stroke="#9aa5b1" stroke-width="0.6"/>
            </xsl:if>
            <xsl:call-template name="svg-label">
              <xsl:with-param name="lines" select="string(.)"/>
              <xsl:with-param name="x" select="0"/>
              <xsl:with-param name="cy" select="$cy + 1.5"/>
              <xsl:with-param name="class" select="'t-dom'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="c" select="$R/domain/capability[@id = current()/@id]"/>
            <xsl:variable name="ch" select="@h - 4"/>
            <text class="t-lab" x="16" y="{$cy + 3.5}" text-anchor="end"><xsl:value-of select="$c/@number"/></text>
            <xsl:call-template name="svg-label">
              <xsl:with-param name="lines" select="string(.)"/>
              <xsl:with-param name="x" select="22"/>
              <xsl:with-param name="cy" select="$cy"/>
            </xsl:call-template>
            <xsl:choose>
              <xsl:when test="$c/@assessed = 'true'">
                <xsl:for-each select="$c/descriptor">
                  <xsl:sort select="@level" data-type="number"/>
                  <xsl:variable name="x" select="$hx + (@level - 1) * $cw"/>
                  <xsl:variable name="reached" select="number(@level) &lt;= number($c/@level)"/>
                  <xsl:choose>
                    <xsl:when test="$criteria-kind and number(@criteria) = 0">
                      <rect x="{$x + 0.5}" y="{$cy - $ch div 2 + 0.5}" width="{$cw - 5}" height="{$ch - 1}" fill="#ffffff" stroke="#9aa5b1" stroke-width="0.75" stroke-dasharray="3 2"/>
                      <text class="t-na" x="{$x + ($cw - 4) div 2}" y="{$cy + 3.2}" text-anchor="middle"><xsl:value-of select="$s.n-a"/></text>
                    </xsl:when>
                    <xsl:when test="string(@share) != ''">
                      <rect x="{$x}" y="{$cy - $ch div 2}" width="{$cw - 4}" height="{$ch}">
                        <xsl:attribute name="fill"><xsl:call-template name="share-colour"><xsl:with-param name="share" select="@share"/></xsl:call-template></xsl:attribute>
                      </rect>
                      <text class="t-in" x="{$x + ($cw - 4) div 2}" y="{$cy + 3.2}" text-anchor="middle">
                        <xsl:attribute name="style">fill:<xsl:call-template name="share-ink"><xsl:with-param name="share" select="@share"/></xsl:call-template></xsl:attribute>
                        <xsl:call-template name="fmt-share"><xsl:with-param name="value" select="@share"/></xsl:call-template>
                      </text>
                    </xsl:when>
                    <xsl:otherwise>
                      <rect x="{$x + 0.5}" y="{$cy - $ch div 2 + 0.5}" width="{$cw - 5}" height="{$ch - 1}" fill="#ffffff" stroke="#d3d9df" stroke-width="0.75"/>
                    </xsl:otherwise>
                  </xsl:choose>
                  <xsl:if test="$reached">
                    <rect x="{$x}" y="{$cy - $ch div 2}" width="{$cw - 4}" height="{$ch}" fill="none" stroke="#1f2933" stroke-width="2"/>
                    <path d="M{$x + 7},{$cy} l3,3.2 l6,-7" fill="none" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round">
                      <xsl:attribute name="stroke">
                        <xsl:choose>
                          <xsl:when test="$criteria-kind and number(@criteria) = 0"><xsl:value-of select="$c.text"/></xsl:when>
                          <xsl:otherwise><xsl:call-template name="share-ink"><xsl:with-param name="share" select="@share"/></xsl:call-template></xsl:otherwise>
                        </xsl:choose>
                      </xsl:attribute>
                    </path>
                  </xsl:if>
                </xsl:for-each>
                <!-- reached level -->
                <rect x="{$rx}" y="{$cy - 7}" width="16" height="14" stroke="#16365c" stroke-width="0.6">
                  <xsl:attribute name="fill"><xsl:call-template name="level-colour"><xsl:with-param name="level" select="$c/@level"/></xsl:call-template></xsl:attribute>
                </rect>
                <text class="t-in" x="{$rx + 8}" y="{$cy + 3.2}" text-anchor="middle">
                  <xsl:attribute name="style">fill:<xsl:call-template name="level-ink"><xsl:with-param name="level" select="$c/@level"/></xsl:call-template></xsl:attribute>
                  <xsl:value-of select="$c/@level"/>
                </text>
                <text class="t-leg" x="{$rx + 21}" y="{$cy + 3.2}"><xsl:value-of select="$c/@level-name"/></text>
              </xsl:when>
              <xsl:otherwise>
                <rect x="{$hx + 0.5}" y="{$cy - $ch div 2 + 0.5}" width="{4 * $cw - 5}" height="{$ch - 1}" fill="#ffffff" stroke="#9aa5b1" stroke-width="0.75" stroke-dasharray="3 2"/>
                <text class="t-na" x="{$hx + 2 * $cw - 2}" y="{$cy + 3.2}" text-anchor="middle"><xsl:call-template name="not-assessed-label"><xsl:with-param name="cap" select="$c"/></xsl:call-template></text>
                <text class="t-na" x="{$rx}" y="{$cy + 3.2}">-</text>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <!-- legend -->
      <xsl:variable name="ly" select="$bottom + 16"/>
      <text class="t-hd" x="0" y="{$ly + 9}"><xsl:value-of select="$s.legend-share"/></text>
      <xsl:variable name="shares">
        <xsl:call-template name="words"><xsl:with-param name="text" select="'0 0.25 0.5 0.75 1'"/></xsl:call-template>
      </xsl:variable>
      <xsl:for-each select="exsl:node-set($shares)/t">
        <xsl:variable name="lx" select="130 + (position() - 1) * 40"/>
        <rect x="{$lx}" y="{$ly - 1}" width="38" height="13">
          <xsl:attribute name="fill"><xsl:call-template name="share-colour"><xsl:with-param name="share" select="number(.)"/></xsl:call-template></xsl:attribute>
        </rect>
        <text class="t-in" x="{$lx + 19}" y="{$ly + 8.5}" text-anchor="middle">
          <xsl:attribute name="style">fill:<xsl:call-template name="share-ink"><xsl:with-param name="share" select="number(.)"/></xsl:call-template></xsl:attribute>
          <xsl:call-template name="fmt-share"><xsl:with-param name="value" select="number(.)"/></xsl:call-template>
        </text>
      </xsl:for-each>
      <rect x="348" y="{$ly - 1}" width="24" height="13" fill="#ffffff" stroke="#1f2933" stroke-width="2"/>
      <path d="M{354},{$ly + 5.5} l3,3.2 l6,-7" fill="none" stroke="#1f2933" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/>
      <text class="t-leg" x="378" y="{$ly + 9}"><xsl:value-of select="$s.legend-reached"/></text>
      <xsl:if test="$criteria-kind">
        <rect x="456" y="{$ly - 1}" width="24" height="13" fill="#ffffff" stroke="#9aa5b1" stroke-width="0.75" stroke-dasharray="3 2"/>
        <text class="t-leg" x="486" y="{$ly + 9}"><xsl:value-of select="$s.n-a"/></text>
      </xsl:if>
      <text class="t-ax" x="0" y="{$ly + 30}">
        <xsl:value-of select="concat($s.threshold-word, ' ')"/>
        <xsl:call-template name="fmt-threshold"/>
        <xsl:if test="$criteria-kind"><xsl:value-of select="concat('; ', $s.n-a, ': ', $s.legend-na)"/></xsl:if>
      </text>
    </svg>
    <xsl:value-of select="$nl"/>
  </xsl:template>

</xsl:stylesheet>

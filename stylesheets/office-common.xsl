<?xml version="1.0" encoding="UTF-8"?>
<!--
  office-common.xsl - what the Word (office-docx.xsl) and OpenDocument
  (office-odt.xsl) layouts share in reading the HTML of a report: which
  HTML elements are blocks, the runs of inline content between them, the
  paragraph style a class stands for, the weights of table columns, and the
  place, size and colour of an SVG text. No words: every word comes from
  the HTML report, which takes them from words.xsl through common.xsl.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" exclude-result-prefixes="exsl">

  <!-- the HTML elements that make blocks (paragraphs, tables, drawings) -->
  <xsl:variable name="oc-blocks" select="'|p|div|ul|ol|li|table|dl|dt|dd|h1|h2|h3|h4|h5|h6|figure|figcaption|section|article|header|footer|main|nav|aside|svg|blockquote|'"/>

  <!-- The document's language: the html element's lang ("en"), else en. -->
  <xsl:template name="office-lang">
    <xsl:param name="html"/>
    <xsl:choose>
      <xsl:when test="normalize-space($html/@lang) != ''"><xsl:value-of select="normalize-space($html/@lang)"/></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The paragraph style of a div or p by its class. -->
  <xsl:template name="oc-style-of">
    <xsl:variable name="c" select="concat(' ', ancestor-or-self::*[@class][1]/@class, ' ')"/>
    <xsl:choose>
      <xsl:when test="contains($c, ' kicker ') or contains($c, ' subtitle ') or contains($c, ' country ')">Subtitle</xsl:when>
      <xsl:when test="contains($c, ' note ') or contains($c, ' table-note ') or contains($c, ' fig-desc ') or contains($c, ' fig-foot ') or contains($c, ' fictional ')">Note</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The relative widths of a table's columns: each by the longest
       text in its place in the first rows and its heading in the first
       row (a heading spanning n columns counts 1/n in each), 2 to 12. -->
  <xsl:template name="oc-weights">
    <xsl:param name="row"/>
    <xsl:variable name="rows" select="$row/../../*/tr[position() &lt;= 12] | $row/../tr[position() &lt;= 12]"/>
    <xsl:for-each select="$row/th | $row/td">
      <xsl:variable name="n" select="1 + (@colspan &gt; 1) * (number(concat('0', @colspan)) - 1)"/>
      <xsl:call-template name="oc-column-weights">
        <xsl:with-param name="rows" select="$rows"/>
        <xsl:with-param name="col" select="count(preceding-sibling::*[not(@colspan &gt; 1)]) + sum(preceding-sibling::*[@colspan &gt; 1]/@colspan) + 1"/>
        <xsl:with-param name="n" select="$n"/>
        <xsl:with-param name="head" select="string-length(normalize-space(.)) * 0.6 div $n"/>
        <xsl:with-param name="few" select="count($row/th | $row/td) &lt;= 7"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The length of the longest word of $text (words end with a space). -->
  <xsl:template name="oc-longest-word">
    <xsl:param name="text"/>
    <xsl:param name="best" select="0"/>
    <xsl:choose>
      <xsl:when test="contains($text, ' ')">
        <xsl:variable name="w" select="string-length(substring-before($text, ' '))"/>
        <xsl:call-template name="oc-longest-word">
          <xsl:with-param name="text" select="substring-after($text, ' ')"/>
          <xsl:with-param name="best" select="($w &gt; $best) * $w + ($w &lt;= $best) * $best"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$best"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- <w>weight</w> for the columns col to col + n - 1 -->
  <xsl:template name="oc-column-weights">
    <xsl:param name="rows"/>
    <xsl:param name="col"/>
    <xsl:param name="n"/>
    <xsl:param name="head"/>
    <xsl:param name="few"/>
    <xsl:if test="$n &gt; 0">
      <xsl:variable name="longest">
        <xsl:for-each select="$rows[not(*[@colspan &gt; 1])]/*[$col]">
          <xsl:sort select="string-length(normalize-space(.))" data-type="number" order="descending"/>
          <xsl:if test="position() = 1"><xsl:value-of select="string-length(normalize-space(.))"/></xsl:if>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="t" select="number(concat('0', $longest))"/>
      <xsl:variable name="l" select="($t &gt;= $head) * $t + ($t &lt; $head) * $head"/>
      <!-- in a table of a few columns, never narrower than its longest
           word ("Emerging", "Answered") with the cell's padding, so no word
           is broken inside; a table of many columns has not the room -->
      <xsl:variable name="word">
        <xsl:for-each select="$rows[not(*[@colspan &gt; 1])]/*[$col]">
          <xsl:variable name="len">
            <xsl:call-template name="oc-longest-word"><xsl:with-param name="text" select="concat(normalize-space(.), ' ')"/></xsl:call-template>
          </xsl:variable>
          <n><xsl:value-of select="$len"/></n>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="wl">
        <xsl:for-each select="exsl:node-set($word)/n">
          <xsl:sort select="." data-type="number" order="descending"/>
          <xsl:if test="position() = 1"><xsl:value-of select="."/></xsl:if>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="min" select="(number(concat('0', $wl)) + 4) div 4"/>
      <xsl:variable name="base">
        <xsl:choose>
          <xsl:when test="$l &lt; 8">2</xsl:when>
          <xsl:when test="$l &gt; 48">12</xsl:when>
          <xsl:otherwise><xsl:value-of select="$l div 4"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <w>
        <xsl:choose>
          <xsl:when test="$few and $min &gt; $base and $min &lt;= 6"><xsl:value-of select="$min"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$base"/></xsl:otherwise>
        </xsl:choose>
      </w>
      <xsl:call-template name="oc-column-weights">
        <xsl:with-param name="rows" select="$rows"/>
        <xsl:with-param name="col" select="$col + 1"/>
        <xsl:with-param name="n" select="$n - 1"/>
        <xsl:with-param name="head" select="$head"/>
        <xsl:with-param name="few" select="$few"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Arabic letters (with Persian and Urdu ones): a run with one of
       them is a right-to-left run of complex script -->
  <xsl:variable name="oc-arabic" select="'&#x621;&#x622;&#x623;&#x624;&#x625;&#x626;&#x627;&#x628;&#x629;&#x62A;&#x62B;&#x62C;&#x62D;&#x62E;&#x62F;&#x630;&#x631;&#x632;&#x633;&#x634;&#x635;&#x636;&#x637;&#x638;&#x639;&#x63A;&#x641;&#x642;&#x643;&#x644;&#x645;&#x646;&#x647;&#x648;&#x649;&#x64A;&#x67E;&#x686;&#x698;&#x6A9;&#x6AF;&#x6CC;&#x6BE;&#x6C1;&#x6D2;'"/>

  <!-- The font of complex scripts (Arabic) on a page right to left: one
       of fonts-noto-core, as the HTML layouts name it first -->
  <xsl:variable name="oc-font-arabic" select="'Noto Sans Arabic'"/>

  <!-- Right to left, the HTML layouts mirror a chart (common-html.xsl,
       svg-dir): its drawing in a <g transform="translate(W 0) scale(-1
       1)">, each text at -x and flipped back. The office layouts read
       places, not transforms, so they mirror them here: W for a shape of
       such a group, 0 for one that is not mirrored. -->
  <xsl:template name="oc-mirror-w">
    <xsl:variable name="g" select="ancestor::g[contains(@transform, 'scale(-1 1)')][1]"/>
    <xsl:choose>
      <xsl:when test="$g"><xsl:value-of select="number(substring-before(substring-after($g/@transform, 'translate('), ' '))"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An SVG rect or circle as a box: <box x y w h/>, mirrored where the
       chart is. -->
  <xsl:template name="oc-shape-box">
    <xsl:variable name="m"><xsl:call-template name="oc-mirror-w"/></xsl:variable>
    <xsl:variable name="x" select="number(concat('0', self::rect/@x)) + sum(self::circle/@cx) - sum(self::circle/@r)"/>
    <xsl:variable name="w" select="sum(self::rect/@width) + 2 * sum(self::circle/@r)"/>
    <xsl:variable name="y" select="number(concat('0', self::rect/@y)) + sum(self::circle/@cy) - sum(self::circle/@r)"/>
    <box y="{$y}" w="{$w}" h="{sum(self::rect/@height) + 2 * sum(self::circle/@r)}">
      <xsl:attribute name="x">
        <xsl:choose>
          <xsl:when test="$m != 0"><xsl:value-of select="$m - $x - $w"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$x"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
    </box>
  </xsl:template>

  <!-- An SVG line as a box: <box x y w h prst fill flip x1 y1 x2 y2/>
       (mirrored where the chart is); a level or upright one as a
       rectangle as thick as the stroke, filled with its colour (prst
       rect), another as a line. -->
  <xsl:template name="oc-line-box">
    <xsl:variable name="m"><xsl:call-template name="oc-mirror-w"/></xsl:variable>
    <xsl:variable name="x1" select="($m != 0) * ($m - @x1) + ($m = 0) * @x1"/>
    <xsl:variable name="x2" select="($m != 0) * ($m - @x2) + ($m = 0) * @x2"/>
    <xsl:variable name="sw" select="number(concat('0', @stroke-width)) + 1 * not(@stroke-width)"/>
    <xsl:variable name="x" select="($x1 &lt;= $x2) * $x1 + ($x1 &gt; $x2) * $x2"/>
    <xsl:variable name="y" select="(@y1 &lt;= @y2) * @y1 + (@y1 &gt; @y2) * @y2"/>
    <xsl:variable name="w" select="($x2 - $x1) * (1 - 2 * ($x2 &lt; $x1))"/>
    <xsl:variable name="h" select="(@y2 - @y1) * (1 - 2 * (@y2 &lt; @y1))"/>
    <xsl:choose>
      <xsl:when test="@x1 = @x2"><box x="{$x - $sw div 2}" y="{$y}" w="{$sw}" h="{$h}" prst="rect" fill="{@stroke}" flip="false"/></xsl:when>
      <xsl:when test="@y1 = @y2"><box x="{$x}" y="{$y - $sw div 2}" w="{$w}" h="{$sw}" prst="rect" fill="{@stroke}" flip="false"/></xsl:when>
      <xsl:otherwise><box x="{$x}" y="{$y}" w="{$w}" h="{$h}" prst="line" fill="" flip="{($x2 &lt; $x1) != (@y2 &lt; @y1)}" x1="{$x1}" y1="{@y1}" x2="{$x2}" y2="{@y2}"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The svg's viewBox: <box w="680" h="296"/>. -->
  <xsl:template name="oc-viewbox">
    <xsl:variable name="v" select="normalize-space(@viewBox)"/>
    <xsl:variable name="r" select="substring-after(substring-after($v, ' '), ' ')"/>
    <box w="{number(substring-before($r, ' '))}" h="{number(substring-after($r, ' '))}"/>
  </xsl:template>

  <!-- An SVG text (or one line of it, a tspan with its own x) as a box:
       <box x y w h size bold italic colour align text/>, in the units of
       the viewBox. The CSS of the HTML layouts sets the size by class. -->
  <xsl:template name="oc-text-box">
    <xsl:variable name="t" select="ancestor-or-self::text[1]"/>
    <xsl:variable name="c" select="concat(' ', $t/@class, ' ')"/>
    <xsl:variable name="size">
      <xsl:choose>
        <xsl:when test="contains($c, ' t-lab ') or contains($c, ' t-dom ') or contains($c, ' t-val ') or contains($c, ' t-up ') or contains($c, ' t-down ')">10</xsl:when>
        <xsl:otherwise>9</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="bold" select="contains($c, ' t-dom ') or contains($c, ' t-val ') or contains($c, ' t-hd ') or contains($c, ' t-in ') or contains($c, ' t-out ') or contains($c, ' t-up ') or contains($c, ' t-down ') or contains($t/@style, 'font-weight:700') or contains(@style, 'font-weight:700')"/>
    <xsl:variable name="fill" select="substring-before(concat(substring-after($t/@style, 'fill:#'), ';'), ';')"/>
    <xsl:variable name="colour">
      <xsl:choose>
        <xsl:when test="string-length($fill) = 6"><xsl:value-of select="$fill"/></xsl:when>
        <xsl:when test="starts-with($t/@fill, '#')"><xsl:value-of select="substring($t/@fill, 2)"/></xsl:when>
        <xsl:when test="contains($c, ' t-dom ') or contains($c, ' t-val ')">16365c</xsl:when>
        <xsl:when test="contains($c, ' t-up ')">2f6b3a</xsl:when>
        <xsl:when test="contains($c, ' t-down ')">9b2c2c</xsl:when>
        <xsl:when test="contains($c, ' t-ax ') or contains($c, ' t-axt ') or contains($c, ' t-hd ') or contains($c, ' t-na ') or contains($c, ' t-old ')">52606d</xsl:when>
        <xsl:otherwise>1f2933</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="text" select="normalize-space(.)"/>
    <!-- mirrored, a text at -x in a flipped group stands at W - x -->
    <xsl:variable name="m"><xsl:call-template name="oc-mirror-w"/></xsl:variable>
    <xsl:variable name="x" select="sum(@x) + $m"/>
    <xsl:variable name="y" select="number(concat('0', $t/@y)) + sum(self::tspan/@dy | self::tspan/preceding-sibling::tspan/@dy)"/>
    <!-- the width a text of this length takes, with room to spare -->
    <xsl:variable name="w" select="string-length($text) * $size * 0.62 + $size"/>
    <xsl:variable name="anchor" select="$t/@text-anchor"/>
    <box y="{$y - $size}" h="{$size * 1.3}" w="{$w}" size="{$size}" bold="{$bold}"
         italic="{contains($c, ' t-axt ') or contains($c, ' t-na ')}" colour="{translate($colour, 'abcdef', 'ABCDEF')}" text="{$text}">
      <xsl:choose>
        <xsl:when test="$anchor = 'middle'"><xsl:attribute name="x"><xsl:value-of select="$x - $w div 2"/></xsl:attribute><xsl:attribute name="align">center</xsl:attribute></xsl:when>
        <!-- right to left, the page's direction turns the anchors round:
             a text starts (align left, the start of its right-to-left
             paragraph) at its place and runs to the left of it -->
        <xsl:when test="$m != 0 and $anchor = 'end'"><xsl:attribute name="x"><xsl:value-of select="$x"/></xsl:attribute><xsl:attribute name="align">right</xsl:attribute></xsl:when>
        <xsl:when test="$m != 0"><xsl:attribute name="x"><xsl:value-of select="$x - $w"/></xsl:attribute><xsl:attribute name="align">left</xsl:attribute></xsl:when>
        <xsl:when test="$anchor = 'end'"><xsl:attribute name="x"><xsl:value-of select="$x - $w"/></xsl:attribute><xsl:attribute name="align">right</xsl:attribute></xsl:when>
        <xsl:otherwise><xsl:attribute name="x"><xsl:value-of select="$x"/></xsl:attribute><xsl:attribute name="align">left</xsl:attribute></xsl:otherwise>
      </xsl:choose>
    </box>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  compare-common.xsl - what the layouts of the comparison of two assessments
  (mnr compare) share: changes with their sign and the two sides in words.
  XSLT 1.0. Imported by compare-html.xsl, compare-text.xsl and compare-csv.xsl
  only, each of which imports common.xsl first: the templates here use
  its words (words.xsl), number formatting and look-ups.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- A change with its sign: "+0.25", "-1.38", "0.00"; "-" when missing. -->
  <xsl:template name="fmt-change">
    <xsl:param name="value"/>
    <xsl:param name="pattern" select="'0.00'"/>
    <xsl:choose>
      <xsl:when test="string($value) = '' or string(number($value)) = 'NaN'"><xsl:value-of select="$s.dash"/></xsl:when>
      <xsl:otherwise>
        <!-- the sign inside the figure, which fmt-human writes as one -->
        <xsl:variable name="machine">
          <xsl:if test="number($value) &gt; 0">+</xsl:if>
          <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$value"/><xsl:with-param name="pattern" select="$pattern"/><xsl:with-param name="human" select="false()"/></xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="fmt-human"><xsl:with-param name="number" select="string($machine)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What happened to a capability of the comparison, in words:
       "up; newly in place", "same level", "newly assessed". -->
  <xsl:template name="change-label">
    <xsl:param name="cap" select="."/>
    <xsl:choose>
      <xsl:when test="$cap/@change = 'up'"><xsl:value-of select="$s.ch-up"/></xsl:when>
      <xsl:when test="$cap/@change = 'down'"><xsl:value-of select="$s.ch-down"/></xsl:when>
      <xsl:when test="$cap/@change = 'same'"><xsl:value-of select="$s.ch-same"/></xsl:when>
      <xsl:when test="$cap/@change = 'newly-assessed'"><xsl:value-of select="$s.ch-newly-assessed"/></xsl:when>
      <xsl:when test="$cap/@change = 'no-longer-assessed'"><xsl:value-of select="$s.ch-no-longer-assessed"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.ch-not-assessed"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$cap/@regression = 'score'"><xsl:value-of select="concat('; ', $s.ch-lower-score)"/></xsl:if>
    <xsl:if test="$cap/@in-place-change = 'newly'"><xsl:value-of select="concat('; ', $s.ch-newly-in-place)"/></xsl:if>
    <xsl:if test="$cap/@in-place-change = 'no-longer'"><xsl:value-of select="concat('; ', $s.ch-no-longer-in-place)"/></xsl:if>
  </xsl:template>

  <!-- How many capabilities kept their level: "8 at the same level", or
       "8 at the same level (1 with a lower score)". -->
  <xsl:template name="same-level-count">
    <xsl:param name="sum"/>
    <xsl:value-of select="concat($sum/@same, ' ', $s.cmp-at-same-level)"/>
    <xsl:if test="$sum/@same-score-down &gt; 0">
      <xsl:value-of select="concat(' (', $sum/@same-score-down, ' ', $s.cmp-with-lower-score, ')')"/>
    </xsl:if>
  </xsl:template>

  <!-- What a regression lost, after its number and name: "2 -> 1" (the
       level fell; arrow and level word as the layout gives them), or
       "level 1, score 1.25 -> 1.00" (the score fell within the level). -->
  <xsl:template name="regression-detail">
    <xsl:param name="cap" select="."/>
    <xsl:param name="arrow"/>
    <xsl:param name="level-word" select="''"/>
    <xsl:choose>
      <xsl:when test="$cap/@regression = 'score'">
        <xsl:value-of select="concat($s.level-word, ' ', $cap/new/@level, ', ', $s.score-word, ' ')"/>
        <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$cap/old/@score"/></xsl:call-template>
        <xsl:value-of select="$arrow"/>
        <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$cap/new/@score"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($level-word, $cap/old/@level, $arrow, $cap/new/@level)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A level of one side of the comparison (an <old> or <new> holding a
       results element's attributes), as a number: "2", or "-". -->
  <xsl:template name="side-level">
    <xsl:param name="side"/>
    <xsl:choose>
      <xsl:when test="$side/@assessed = 'true' and string($side/@level) != ''"><xsl:value-of select="$side/@level"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The overall level of one side: "1 Emerging", or "no overall level". -->
  <xsl:template name="side-overall-level">
    <xsl:param name="side"/>
    <xsl:choose>
      <xsl:when test="string($side/@overall-level) != ''"><xsl:value-of select="concat($side/@overall-level, ' ', $side/@overall-level-name)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.cmp-no-level"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What the overall index covers before and after: "over 21 of 21
       capabilities in both", "over 5 of 21 capabilities before, 6 after". -->
  <xsl:template name="cmp-coverage">
    <xsl:param name="sum"/>
    <xsl:value-of select="concat($s.over, ' ', $sum/old/@capabilities-assessed, ' ', $s.of, ' ', $sum/new/@capabilities, ' ', $s.capabilities, ' ')"/>
    <xsl:choose>
      <xsl:when test="$sum/old/@capabilities-assessed = $sum/new/@capabilities-assessed"><xsl:value-of select="$s.cmp-in-both"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($s.cmp-before-lc, ', ', $sum/new/@capabilities-assessed, ' ', $s.cmp-after-lc)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "MNR full self-assessment (mnr-full, version 1.0)" of an assessment. -->
  <xsl:template name="side-questionnaire">
    <xsl:param name="assessment"/>
    <xsl:variable name="q" select="$assessment/questionnaire"/>
    <xsl:value-of select="concat($q/@title, ' (', $q/@id, ', ', $s.version, ' ', $q/@version, ')')"/>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  cohort-common.xsl - what the layouts of the cohort report (mnr cohort) share:
  the change against the 2021 review and the names of the grouping.
  XSLT 1.0. Imported by cohort-html.xsl, cohort-text.xsl and cohort-csv.xsl
  only, each of which imports common.xsl first: the templates here use
  its words (words.xsl), number formatting and look-ups.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The change in percentage points between two shares of counts,
       worked out from the counts and rounded once ("+12.3", "-4.0", "0.0");
       empty when either has no count. -->
  <xsl:template name="co-change">
    <xsl:param name="yes"/>
    <xsl:param name="of"/>
    <xsl:param name="yes-then"/>
    <xsl:param name="of-then"/>
    <xsl:if test="number($of) &gt; 0 and number($of-then) &gt; 0">
      <!-- one fraction of the counts: (yes * of-then - yes-then * of) / (of * of-then) -->
      <xsl:variable name="c">
        <xsl:call-template name="fmt-round">
          <xsl:with-param name="value" select="100 * ($yes * $of-then - $yes-then * $of)"/>
          <xsl:with-param name="by" select="$of * $of-then"/>
          <xsl:with-param name="pattern" select="'+0.0;-0.0'"/>
        </xsl:call-template>
      </xsl:variable>
      <!-- no sign on a change that rounds to nothing -->
      <xsl:choose>
        <xsl:when test="$c = '+0.0' or $c = '-0.0'">0.0</xsl:when>
        <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The title of a cohort's section per group. -->
  <xsl:template name="co-groups-title">
    <xsl:choose>
      <xsl:when test="/baseline/@by = 'region'"><xsl:value-of select="$s.co-sec-by-region"/></xsl:when>
      <xsl:when test="/baseline/@by = 'income-group'"><xsl:value-of select="$s.co-sec-by-income-group"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.co-sec-groups"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "region" or "income group", for the grouping a cohort says (@by). -->
  <xsl:template name="co-grouping">
    <xsl:param name="by"/>
    <xsl:param name="capital" select="false()"/>
    <xsl:choose>
      <xsl:when test="$by = 'region' and $capital"><xsl:value-of select="$s.co-Region"/></xsl:when>
      <xsl:when test="$by = 'region'"><xsl:value-of select="$s.co-region"/></xsl:when>
      <xsl:when test="$capital"><xsl:value-of select="$s.co-Income-group"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.co-income-group"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  common-csv.xsl - what report-csv.xsl, compare-csv.xsl and cohort-csv.xsl
  share (one shared module per output, as DocBook XSL does): the line end
  and the cell template, so all quote and guard a cell the same way.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <!-- RFC 4180: CRLF after every record -->
  <xsl:variable name="eol" select="'&#13;&#10;'"/>
  <xsl:variable name="q">"</xsl:variable>
  <!-- a CSV is read by programs: its figures stay machine numbers
       (1234.5) in every language; common.xsl's number templates read
       this (its headings are words, translated like any other) -->
  <xsl:variable name="human-numbers" select="false()"/>

  <!-- The heading line (without its line end): one cell per <h> of $h,
       each a word of words.xsl (s.csv-*), so quoted like any cell when a
       translation has a comma or a quote. -->
  <xsl:template name="csv-headings">
    <xsl:param name="h"/>
    <xsl:for-each select="exsl:node-set($h)/h">
      <xsl:if test="position() &gt; 1">,</xsl:if>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="string(.)"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- One cell: a formula guard (a leading = + - @ tab or CR gets a ',
       so a spreadsheet shows the text instead of running it), then
       RFC 4180 quoting. -->
  <xsl:template name="cell">
    <xsl:param name="v"/>
    <xsl:variable name="first" select="substring($v, 1, 1)"/>
    <!-- a string, not a result tree fragment: libxslt keeps every fragment
         made in a template until the transform ends, and the report makes
         a cell per participant's answer -->
    <xsl:variable name="guarded" select="concat(substring(&quot;'&quot;, 1, number($first != '' and contains('=+-@&#9;&#13;', $first))), $v)"/>
    <xsl:choose>
      <xsl:when test="contains($guarded, ',') or contains($guarded, $q) or contains($guarded, '&#10;') or contains($guarded, '&#13;')">
        <xsl:value-of select="$q"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="$guarded"/>
          <xsl:with-param name="from" select="$q"/>
          <xsl:with-param name="to" select="concat($q, $q)"/>
        </xsl:call-template>
        <xsl:value-of select="$q"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$guarded"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>

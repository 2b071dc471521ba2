<?xml version="1.0" encoding="UTF-8"?>
<!--
  cohort-csv.xsl - the cohort report for spreadsheets (RFC 4180, CRLF):
  per capability one row for the whole cohort (group "all"), then one per
  group of a grouped cohort:

    capability,number,name,group,group_name,countries,in_place,
    percent_in_place,level0,level1,level2,level3,level4,median_score,
    yes_2021,respondents_2021,percent_2021,change_points,withheld

  countries: those whose assessment covers the capability; in_place: of
  them at level 1 or above; percentages worked out from the counts and
  rounded once; change_points: percent_in_place minus percent_2021 (the
  whole cohort only). A withheld figure has withheld = true and every
  count empty.

    mnr cohort FILES... -o cohort.xml -report cohort.csv
    xsltproc cohort-csv.xsl cohort.xml
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="common.xsl"/>
  <xsl:import href="common-csv.xsl"/>
  <xsl:import href="cohort-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="B" select="/baseline"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="baseline[@kind = 'cohort']"><xsl:apply-templates select="baseline"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes"><xsl:value-of select="$s.msg-not-cohort"/></xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="baseline">
    <xsl:call-template name="csv-headings">
      <xsl:with-param name="h">
        <h><xsl:value-of select="$s.csv-capability"/></h>
        <h><xsl:value-of select="$s.csv-number"/></h>
        <h><xsl:value-of select="$s.csv-name"/></h>
        <h><xsl:value-of select="$s.csv-group"/></h>
        <h><xsl:value-of select="$s.csv-group-name"/></h>
        <h><xsl:value-of select="$s.csv-countries"/></h>
        <h><xsl:value-of select="$s.csv-in-place"/></h>
        <h><xsl:value-of select="$s.csv-percent-in-place"/></h>
        <h><xsl:value-of select="$s.csv-level0"/></h>
        <h><xsl:value-of select="$s.csv-level1"/></h>
        <h><xsl:value-of select="$s.csv-level2"/></h>
        <h><xsl:value-of select="$s.csv-level3"/></h>
        <h><xsl:value-of select="$s.csv-level4"/></h>
        <h><xsl:value-of select="$s.csv-median-score"/></h>
        <h><xsl:value-of select="$s.csv-yes-2021"/></h>
        <h><xsl:value-of select="$s.csv-respondents-2021"/></h>
        <h><xsl:value-of select="$s.csv-percent-2021"/></h>
        <h><xsl:value-of select="$s.csv-change-points"/></h>
        <h><xsl:value-of select="$s.csv-withheld"/></h>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:value-of select="$eol"/>
    <xsl:for-each select="item | no-figure">
      <xsl:sort select="@number" data-type="number"/>
      <xsl:variable name="cap" select="."/>
      <xsl:call-template name="row">
        <xsl:with-param name="cap" select="$cap"/>
        <xsl:with-param name="group" select="$s.co-csv-all"/>
        <xsl:with-param name="f" select="levels"/>
        <xsl:with-param name="yes" select="@yes"/>
        <xsl:with-param name="of" select="@respondents"/>
        <xsl:with-param name="withheld" select="@withheld = 'true'"/>
        <xsl:with-param name="compare" select="compared"/>
      </xsl:call-template>
      <xsl:for-each select="$B/cohort/group">
        <xsl:variable name="f" select="$cap/group-figures[@group = current()/@id]"/>
        <xsl:call-template name="row">
          <xsl:with-param name="cap" select="$cap"/>
          <xsl:with-param name="group" select="@id"/>
          <xsl:with-param name="group-name" select="@name"/>
          <xsl:with-param name="f" select="$f"/>
          <xsl:with-param name="yes" select="$f/@yes"/>
          <xsl:with-param name="of" select="$f/@respondents"/>
          <xsl:with-param name="withheld" select="$cap/@withheld = 'true' or @withheld = 'true' or $f/@withheld = 'true'"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="cap"/>
    <xsl:param name="group"/>
    <xsl:param name="group-name" select="''"/>
    <xsl:param name="f"/>
    <xsl:param name="yes"/>
    <xsl:param name="of"/>
    <xsl:param name="withheld"/>
    <xsl:param name="compare" select="/.."/>
    <!-- the cells of text from the model or the labels go through the
         guarded cell of common-csv.xsl; counts are written as they are -->
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$cap/@capabilities"/></xsl:call-template>
    <xsl:value-of select="concat(',', $cap/@number, ',')"/>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$cap/@label"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$group"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$group-name"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:choose>
      <xsl:when test="$withheld">
        <xsl:text>,,,,,,,,</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat($of, ',', $yes, ',')"/>
        <xsl:if test="number($of) &gt; 0">
          <xsl:call-template name="fmt-ratio"><xsl:with-param name="part" select="$yes"/><xsl:with-param name="whole" select="$of"/></xsl:call-template>
        </xsl:if>
        <xsl:value-of select="concat(',', $f/@level0, ',', $f/@level1, ',', $f/@level2, ',', $f/@level3, ',', $f/@level4, ',', $f/@median-score)"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>,</xsl:text>
    <xsl:if test="$compare">
      <xsl:value-of select="concat($compare/@yes, ',', $compare/@respondents, ',')"/>
      <xsl:call-template name="fmt-ratio"><xsl:with-param name="part" select="$compare/@yes"/><xsl:with-param name="whole" select="$compare/@respondents"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:if test="not($withheld)">
        <xsl:call-template name="co-change">
          <xsl:with-param name="yes" select="$yes"/><xsl:with-param name="of" select="$of"/>
          <xsl:with-param name="yes-then" select="$compare/@yes"/><xsl:with-param name="of-then" select="$compare/@respondents"/>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
    <xsl:if test="not($compare)"><xsl:text>,,,</xsl:text></xsl:if>
    <xsl:value-of select="concat(',', $withheld = true(), $eol)"/>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  compare-csv.xsl - one country's progress between two of its assessments,
  for spreadsheets (RFC 4180, lines ending in CRLF). Two tables, the second
  after an empty line.

  1. One row for the overall index, one per domain, one per capability:

    record,id,number,name,domain,change,level_before,level_after,
    level_change,score_before,score_after,score_change,in_place_before,
    in_place_after,target_before,target_after,gap_before,gap_after,
    not_assessed_before,not_assessed_after,criteria_newly_met,
    criteria_no_longer_met,to_target_before,to_target_after,
    to_target_change

  record is overall, domain or capability. For the overall row the level
  is the overall level, the score the overall index, and to_target_* the
  progress to target in percent (empty on other rows); a domain row has
  its score only. change says what happened to a capability (up, down,
  same level, newly assessed, no longer assessed, assessed in neither,
  then lower score when the score fell within the same level, and newly /
  no longer in place). Changes are the later figure minus the
  earlier, without a sign when positive; empty when either is missing.

  2. The criteria that changed, one row each:

    record,capability,question,level,before,after,text

  record is newly-met or no-longer-met; before and after are the
  criterion's status in each assessment.

  Text cells are quoted as report-csv.xsl quotes them (a cell that starts
  with = + - @ gets a leading single quote, so a spreadsheet never runs it
  as a formula); figures are written as numbers.

  Input: the comparison document of mnr compare (src/core/compare.h).

    mnr compare OLD NEW -o progress.csv
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="common.xsl"/>
  <xsl:import href="common-csv.xsl"/>
  <xsl:import href="compare-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- eol, q and the cell template are in common-csv.xsl -->
  <xsl:variable name="C" select="/comparison"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="comparison"><xsl:apply-templates select="comparison"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes"><xsl:value-of select="$s.msg-not-comparison"/></xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="comparison">
    <xsl:call-template name="csv-headings">
      <xsl:with-param name="h">
        <h><xsl:value-of select="$s.csv-record"/></h>
        <h><xsl:value-of select="$s.csv-id"/></h>
        <h><xsl:value-of select="$s.csv-number"/></h>
        <h><xsl:value-of select="$s.csv-name"/></h>
        <h><xsl:value-of select="$s.csv-domain"/></h>
        <h><xsl:value-of select="$s.csv-change"/></h>
        <h><xsl:value-of select="$s.csv-level-before"/></h>
        <h><xsl:value-of select="$s.csv-level-after"/></h>
        <h><xsl:value-of select="$s.csv-level-change"/></h>
        <h><xsl:value-of select="$s.csv-score-before"/></h>
        <h><xsl:value-of select="$s.csv-score-after"/></h>
        <h><xsl:value-of select="$s.csv-score-change"/></h>
        <h><xsl:value-of select="$s.csv-in-place-before"/></h>
        <h><xsl:value-of select="$s.csv-in-place-after"/></h>
        <h><xsl:value-of select="$s.csv-target-before"/></h>
        <h><xsl:value-of select="$s.csv-target-after"/></h>
        <h><xsl:value-of select="$s.csv-gap-before"/></h>
        <h><xsl:value-of select="$s.csv-gap-after"/></h>
        <h><xsl:value-of select="$s.csv-not-assessed-before"/></h>
        <h><xsl:value-of select="$s.csv-not-assessed-after"/></h>
        <h><xsl:value-of select="$s.csv-criteria-newly-met"/></h>
        <h><xsl:value-of select="$s.csv-criteria-no-longer-met"/></h>
        <h><xsl:value-of select="$s.csv-to-target-before"/></h>
        <h><xsl:value-of select="$s.csv-to-target-after"/></h>
        <h><xsl:value-of select="$s.csv-to-target-change"/></h>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:value-of select="$eol"/>
    <xsl:call-template name="overall-row"/>
    <xsl:for-each select="domain">
      <xsl:call-template name="domain-row"/>
    </xsl:for-each>
    <xsl:for-each select="domain/capability">
      <xsl:call-template name="capability-row"/>
    </xsl:for-each>
    <xsl:value-of select="$eol"/>
    <xsl:call-template name="csv-headings">
      <xsl:with-param name="h">
        <h><xsl:value-of select="$s.csv-record"/></h>
        <h><xsl:value-of select="$s.csv-capability"/></h>
        <h><xsl:value-of select="$s.csv-question"/></h>
        <h><xsl:value-of select="$s.csv-level"/></h>
        <h><xsl:value-of select="$s.csv-before"/></h>
        <h><xsl:value-of select="$s.csv-after"/></h>
        <h><xsl:value-of select="$s.csv-text"/></h>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:value-of select="$eol"/>
    <xsl:for-each select="domain/capability/criterion">
      <xsl:value-of select="concat(@change, ',', ../@id, ',')"/>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@question"/></xsl:call-template>
      <xsl:value-of select="concat(',', @level, ',')"/>
      <xsl:call-template name="cell">
        <xsl:with-param name="v"><xsl:call-template name="status-label"><xsl:with-param name="status" select="@old-status"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell">
        <xsl:with-param name="v"><xsl:call-template name="status-label"><xsl:with-param name="status" select="@new-status"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="normalize-space(text)"/></xsl:call-template>
      <xsl:value-of select="$eol"/>
    </xsl:for-each>
  </xsl:template>

  <!-- A score or gap of one side, empty when not assessed. -->
  <xsl:template name="num">
    <xsl:param name="v"/>
    <xsl:param name="pattern" select="'0.00'"/>
    <xsl:if test="string($v) != '' and string(number($v)) != 'NaN'">
      <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$v"/><xsl:with-param name="pattern" select="$pattern"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="overall-row">
    <xsl:variable name="sum" select="$C/summary"/>
    <xsl:text>overall,,,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$s.overall-index"/></xsl:call-template>
    <xsl:text>,,,</xsl:text>
    <xsl:value-of select="concat($sum/old/@overall-level, ',', $sum/new/@overall-level, ',', $sum/@level-change, ',')"/>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$sum/old[@assessed = 'true']/@overall-index"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$sum/new[@assessed = 'true']/@overall-index"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$sum/@index-change"/></xsl:call-template>
    <xsl:text>,,,,,,,,,,,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$sum/old[@assessed = 'true']/@percent-to-target"/><xsl:with-param name="pattern" select="'0.0'"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$sum/new[@assessed = 'true']/@percent-to-target"/><xsl:with-param name="pattern" select="'0.0'"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$sum/@to-target-change"/><xsl:with-param name="pattern" select="'0.0'"/></xsl:call-template>
    <xsl:value-of select="$eol"/>
  </xsl:template>

  <xsl:template name="domain-row">
    <xsl:value-of select="concat('domain,', @id, ',', @number, ',')"/>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="@name"/></xsl:call-template>
    <xsl:text>,,,,,,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="old[@assessed = 'true']/@score"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="new[@assessed = 'true']/@score"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="@score-change"/></xsl:call-template>
    <xsl:text>,,,,,,,,,,,,,</xsl:text>
    <xsl:value-of select="$eol"/>
  </xsl:template>

  <xsl:template name="capability-row">
    <xsl:variable name="o" select="old[@assessed = 'true']"/>
    <xsl:variable name="n" select="new[@assessed = 'true']"/>
    <xsl:value-of select="concat('capability,', @id, ',', @number, ',')"/>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="@name"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="../@name"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell">
      <xsl:with-param name="v"><xsl:call-template name="change-label"/></xsl:with-param>
    </xsl:call-template>
    <xsl:value-of select="concat(',', $o/@level, ',', $n/@level, ',', @level-change, ',')"/>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$o/@score"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$n/@score"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="@score-change"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:if test="$o"><xsl:value-of select="$o/@in-place = 'true'"/></xsl:if>
    <xsl:text>,</xsl:text>
    <xsl:if test="$n"><xsl:value-of select="$n/@in-place = 'true'"/></xsl:if>
    <xsl:value-of select="concat(',', old/@target, ',', new/@target, ',')"/>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$o/@gap"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="num"><xsl:with-param name="v" select="$n/@gap"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:if test="not($o)">
      <xsl:call-template name="cell">
        <xsl:with-param name="v"><xsl:call-template name="not-assessed-label"><xsl:with-param name="cap" select="old"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:text>,</xsl:text>
    <xsl:if test="not($n)">
      <xsl:call-template name="cell">
        <xsl:with-param name="v"><xsl:call-template name="not-assessed-label"><xsl:with-param name="cap" select="new"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:value-of select="concat(',', @criteria-newly-met, ',', @criteria-no-longer-met, ',,,')"/>
    <xsl:value-of select="$eol"/>
  </xsl:template>

</xsl:stylesheet>

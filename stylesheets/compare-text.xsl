<?xml version="1.0" encoding="UTF-8"?>
<!--
  compare-text.xsl - one country's progress between two of its assessments,
  as plain text for a terminal: the two assessments, the summary (overall
  index, level, progress to target, what moved), domains and capabilities
  before and after, and the criteria newly met and no longer met. Every
  line is at most 100 columns. Same figures as compare-html.xsl.

  Input: the comparison document of mnr compare (src/core/compare.h).

    mnr compare OLD NEW [-o progress.txt]
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="common.xsl"/>
  <xsl:import href="common-text.xsl"/>
  <xsl:import href="compare-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="C" select="/comparison"/>
  <xsl:variable name="old" select="$C/assessment[@role = 'old']"/>
  <xsl:variable name="new" select="$C/assessment[@role = 'new']"/>

  <!-- Table columns: no. (5) | name (nw + 1) | level "1 -> 3" (8) |
       score before, after, change, gap before, after (7 each) | 2 spaces |
       what happened (22; the longest, 24, ends the line at 100). -->
  <xsl:variable name="nw" select="$tw - 5 - 1 - 8 - 5 * 7 - 2 - 22"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="comparison"><xsl:apply-templates select="comparison"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes"><xsl:value-of select="$s.msg-not-comparison"/></xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="comparison">
    <xsl:call-template name="draft-notice"/>
    <xsl:call-template name="header"/>
    <xsl:call-template name="summary"/>
    <xsl:call-template name="domains"/>
    <xsl:call-template name="capabilities"/>
    <xsl:call-template name="criteria"/>
    <xsl:call-template name="notes"/>
  </xsl:template>

  <!-- ================================================================
       Helpers
       ================================================================ -->
  <!-- clean, para, kv, heading, rule and row are in common-text.xsl -->

  <xsl:template name="cell">
    <xsl:param name="text"/>
    <xsl:param name="width"/>
    <xsl:call-template name="pad-left">
      <xsl:with-param name="text" select="$text"/>
      <xsl:with-param name="width" select="$width"/>
    </xsl:call-template>
  </xsl:template>

  <!-- "before -> after (change)" of two scores. -->
  <xsl:template name="score-pair">
    <xsl:param name="before"/>
    <xsl:param name="after"/>
    <xsl:param name="change"/>
    <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$before"/></xsl:call-template>
    <xsl:value-of select="$s.cmp-arrow"/>
    <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$after"/></xsl:call-template>
    <xsl:if test="string($change) != ''">
      <xsl:text> (</xsl:text>
      <xsl:call-template name="fmt-change"><xsl:with-param name="value" select="$change"/></xsl:call-template>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- "12 CSEA hotline (0 -> 1); 4 ..." for a set of capabilities, or "none". -->
  <xsl:template name="cap-list">
    <xsl:param name="caps"/>
    <xsl:param name="regressions" select="false()"/>
    <xsl:choose>
      <xsl:when test="not($caps)"><xsl:value-of select="$s.cmp-none"/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$caps">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:value-of select="concat(@number, ' ', @name, ' (')"/>
          <xsl:choose>
            <xsl:when test="$regressions">
              <xsl:call-template name="regression-detail"><xsl:with-param name="arrow" select="$s.cmp-arrow"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="concat(old/@level, $s.cmp-arrow, new/@level)"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>)</xsl:text>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       Sections
       ================================================================ -->

  <xsl:template name="header">
    <xsl:call-template name="rule"/>
    <xsl:call-template name="para">
      <xsl:with-param name="text" select="$s.cmp-title"/>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text">
        <xsl:value-of select="normalize-space($C/country)"/>
        <xsl:if test="$C/country/@fictional = 'true' or $C/country/@fictional = '1'">
          <xsl:value-of select="concat(' ', $s.fictional)"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="rule"/>
    <xsl:call-template name="assessment-line">
      <xsl:with-param name="key" select="$s.cmp-earlier"/>
      <xsl:with-param name="a" select="$old"/>
    </xsl:call-template>
    <xsl:call-template name="assessment-line">
      <xsl:with-param name="key" select="$s.cmp-later"/>
      <xsl:with-param name="a" select="$new"/>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.model"/>
      <xsl:with-param name="value" select="concat($C/model/@title, ' (', $C/model/@id, ', ', $s.version, ' ', $C/model/@version, ')')"/>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.cmp-levels"/>
      <xsl:with-param name="value">
        <xsl:for-each select="$C/scale/level">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:value-of select="concat(@value, ' ', @name)"/>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.generator"/>
      <xsl:with-param name="value" select="$C/@generator"/>
    </xsl:call-template>
  </xsl:template>

  <!-- "2024-05-10; MNR full self-assessment (mnr-full, version 1.0);
       Workshop: A (role); B (role)" -->
  <xsl:template name="assessment-line">
    <xsl:param name="key"/>
    <xsl:param name="a"/>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$key"/>
      <xsl:with-param name="value">
        <xsl:call-template name="fmt-date"><xsl:with-param name="date" select="normalize-space($a/date)"/></xsl:call-template>
        <xsl:text>; </xsl:text>
        <xsl:call-template name="side-questionnaire"><xsl:with-param name="assessment" select="$a"/></xsl:call-template>
        <xsl:variable name="r" select="$a/respondents"/>
        <xsl:if test="normalize-space($r/@workshop) != '' or $r/respondent">
          <xsl:text>; </xsl:text>
          <xsl:if test="normalize-space($r/@workshop) != ''">
            <xsl:value-of select="normalize-space($r/@workshop)"/>
            <xsl:if test="$r/respondent">: </xsl:if>
          </xsl:if>
          <xsl:for-each select="$r/respondent">
            <xsl:if test="position() &gt; 1">; </xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
            <xsl:if test="normalize-space(@role) != ''"><xsl:value-of select="concat(' (', normalize-space(@role), ')')"/></xsl:if>
          </xsl:for-each>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="summary">
    <xsl:variable name="sum" select="$C/summary"/>
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.sec-summary"/></xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.overall-index"/>
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="$sum/old/@assessed = 'true' or $sum/new/@assessed = 'true'">
            <xsl:call-template name="score-pair">
              <xsl:with-param name="before" select="$sum/old/@overall-index"/>
              <xsl:with-param name="after" select="$sum/new/@overall-index"/>
              <xsl:with-param name="change" select="$sum/@index-change"/>
            </xsl:call-template>
            <xsl:text>, </xsl:text>
            <xsl:call-template name="cmp-coverage"><xsl:with-param name="sum" select="$sum"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$s.cmp-no-index"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.overall-level"/>
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="string($sum/old/@overall-level) = '' and string($sum/new/@overall-level) = ''">
            <xsl:value-of select="$s.cmp-no-level-either"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="side-overall-level"><xsl:with-param name="side" select="$sum/old"/></xsl:call-template>
            <xsl:value-of select="$s.cmp-arrow"/>
            <xsl:call-template name="side-overall-level"><xsl:with-param name="side" select="$sum/new"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.to-target"/>
      <xsl:with-param name="value">
        <xsl:call-template name="fmt-pct"><xsl:with-param name="value" select="$sum/old/@percent-to-target"/></xsl:call-template>
        <xsl:if test="string($sum/old/@percent-to-target) != ''">%</xsl:if>
        <xsl:value-of select="$s.cmp-arrow"/>
        <xsl:call-template name="fmt-pct"><xsl:with-param name="value" select="$sum/new/@percent-to-target"/></xsl:call-template>
        <xsl:if test="string($sum/new/@percent-to-target) != ''">%</xsl:if>
        <xsl:if test="string($sum/@to-target-change) != ''">
          <xsl:text> (</xsl:text>
          <xsl:call-template name="fmt-change">
            <xsl:with-param name="value" select="$sum/@to-target-change"/>
            <xsl:with-param name="pattern" select="'0.0'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', $s.cmp-points, ')')"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.cmp-Capabilities"/>
      <xsl:with-param name="value">
        <xsl:value-of select="concat($sum/@up, ' ', $s.ch-up, ', ', $sum/@down, ' ', $s.ch-down, ', ')"/>
        <xsl:call-template name="same-level-count"><xsl:with-param name="sum" select="$sum"/></xsl:call-template>
        <xsl:if test="$sum/@newly-assessed &gt; 0"><xsl:value-of select="concat(', ', $sum/@newly-assessed, ' ', $s.ch-newly-assessed)"/></xsl:if>
        <xsl:if test="$sum/@no-longer-assessed &gt; 0"><xsl:value-of select="concat(', ', $sum/@no-longer-assessed, ' ', $s.ch-no-longer-assessed)"/></xsl:if>
        <xsl:if test="$sum/@not-assessed &gt; 0"><xsl:value-of select="concat(', ', $sum/@not-assessed, ' ', $s.ch-not-assessed)"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.cmp-Newly-in-place"/>
      <xsl:with-param name="value">
        <xsl:call-template name="cap-list"><xsl:with-param name="caps" select="$C/domain/capability[@in-place-change = 'newly']"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.cmp-No-longer-in-place"/>
      <xsl:with-param name="value">
        <xsl:call-template name="cap-list"><xsl:with-param name="caps" select="$C/domain/capability[@in-place-change = 'no-longer']"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.cmp-regressions"/>
      <xsl:with-param name="value">
        <xsl:call-template name="cap-list">
          <xsl:with-param name="caps" select="$C/domain/capability[@regression]"/>
          <xsl:with-param name="regressions" select="true()"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="$old/questionnaire/@kind != 'level-pick'">
      <xsl:call-template name="kv">
        <xsl:with-param name="key" select="$s.cmp-criteria"/>
        <xsl:with-param name="value" select="concat($sum/@criteria-newly-met, ' ', $s.cmp-newly-met, ', ', $sum/@criteria-no-longer-met, ' ', $s.cmp-no-longer-met, ', ', $s.of, ' ', $sum/@criteria-compared, ' ', $s.cmp-answered-in-both)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="domains">
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.domains"/></xsl:call-template>
    <xsl:call-template name="row">
      <xsl:with-param name="before" select="concat(' ', substring($s.no, 1, 3), ' ')"/>
      <xsl:with-param name="name" select="$s.domain"/>
      <xsl:with-param name="after">
        <xsl:value-of select="substring($spaces, 1, 8)"/>
        <xsl:call-template name="cell"><xsl:with-param name="text" select="$s.cmp-before"/><xsl:with-param name="width" select="7"/></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="text" select="$s.cmp-after"/><xsl:with-param name="width" select="7"/></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="text" select="$s.cmp-change"/><xsl:with-param name="width" select="7"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="$C/domain">
      <xsl:call-template name="row">
        <xsl:with-param name="before">
          <xsl:call-template name="cell"><xsl:with-param name="text" select="@number"/><xsl:with-param name="width" select="3"/></xsl:call-template>
          <xsl:text>  </xsl:text>
        </xsl:with-param>
        <xsl:with-param name="name" select="@name"/>
        <xsl:with-param name="after">
          <xsl:value-of select="substring($spaces, 1, 8)"/>
          <xsl:call-template name="cell">
            <xsl:with-param name="text"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="old[@assessed = 'true']/@score"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="width" select="7"/>
          </xsl:call-template>
          <xsl:call-template name="cell">
            <xsl:with-param name="text"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="new[@assessed = 'true']/@score"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="width" select="7"/>
          </xsl:call-template>
          <xsl:call-template name="cell">
            <xsl:with-param name="text"><xsl:call-template name="fmt-change"><xsl:with-param name="value" select="@score-change"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="width" select="7"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="capabilities">
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.sec-table"/></xsl:call-template>
    <!-- two header lines: what, then before / after -->
    <xsl:value-of select="substring($spaces, 1, 5 + $nw + 1)"/>
    <xsl:call-template name="pad-right"><xsl:with-param name="text" select="$s.level"/><xsl:with-param name="width" select="8"/></xsl:call-template>
    <xsl:call-template name="pad-right"><xsl:with-param name="text" select="concat(' ', $s.score)"/><xsl:with-param name="width" select="21"/></xsl:call-template>
    <xsl:value-of select="concat(' ', $s.gap)"/>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="row">
      <xsl:with-param name="before" select="concat(' ', substring($s.no, 1, 3), ' ')"/>
      <xsl:with-param name="name" select="$s.capability"/>
      <xsl:with-param name="after">
        <xsl:value-of select="substring($spaces, 1, 8)"/>
        <xsl:call-template name="cell"><xsl:with-param name="text" select="$s.cmp-before"/><xsl:with-param name="width" select="7"/></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="text" select="$s.cmp-after"/><xsl:with-param name="width" select="7"/></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="text" select="$s.cmp-change"/><xsl:with-param name="width" select="7"/></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="text" select="$s.cmp-before"/><xsl:with-param name="width" select="7"/></xsl:call-template>
        <xsl:call-template name="cell"><xsl:with-param name="text" select="$s.cmp-after"/><xsl:with-param name="width" select="7"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="$C/domain">
      <xsl:call-template name="para">
        <xsl:with-param name="text" select="concat($s.domain, ' ', @number, ': ', @name)"/>
        <xsl:with-param name="first" select="'  '"/>
        <xsl:with-param name="indent" select="'  '"/>
      </xsl:call-template>
      <xsl:for-each select="capability">
        <xsl:call-template name="row">
          <xsl:with-param name="before">
            <xsl:call-template name="cell"><xsl:with-param name="text" select="@number"/><xsl:with-param name="width" select="3"/></xsl:call-template>
            <xsl:text>  </xsl:text>
          </xsl:with-param>
          <xsl:with-param name="name" select="@name"/>
          <xsl:with-param name="after">
            <xsl:variable name="levels">
              <xsl:call-template name="side-level"><xsl:with-param name="side" select="old"/></xsl:call-template>
              <xsl:value-of select="$s.cmp-arrow"/>
              <xsl:call-template name="side-level"><xsl:with-param name="side" select="new"/></xsl:call-template>
            </xsl:variable>
            <xsl:call-template name="pad-right"><xsl:with-param name="text" select="$levels"/><xsl:with-param name="width" select="8"/></xsl:call-template>
            <xsl:call-template name="cell">
              <xsl:with-param name="text"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="old[@assessed = 'true']/@score"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="width" select="7"/>
            </xsl:call-template>
            <xsl:call-template name="cell">
              <xsl:with-param name="text"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="new[@assessed = 'true']/@score"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="width" select="7"/>
            </xsl:call-template>
            <xsl:call-template name="cell">
              <xsl:with-param name="text"><xsl:call-template name="fmt-change"><xsl:with-param name="value" select="@score-change"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="width" select="7"/>
            </xsl:call-template>
            <xsl:call-template name="cell">
              <xsl:with-param name="text"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="old[@assessed = 'true']/@gap"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="width" select="7"/>
            </xsl:call-template>
            <xsl:call-template name="cell">
              <xsl:with-param name="text"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="new[@assessed = 'true']/@gap"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="width" select="7"/>
            </xsl:call-template>
            <xsl:text>  </xsl:text>
            <xsl:call-template name="change-label"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="criteria">
    <xsl:choose>
      <xsl:when test="$old/questionnaire/@kind = 'level-pick'">
        <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.cmp-sec-criteria"/></xsl:call-template>
        <xsl:call-template name="para"><xsl:with-param name="text" select="$s.cmp-rapid"/></xsl:call-template>
      </xsl:when>
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
  </xsl:template>

  <!-- Per capability: "- C01.L2.a (level 2; was partly met): text". -->
  <xsl:template name="criteria-list">
    <xsl:param name="title"/>
    <xsl:param name="change"/>
    <xsl:param name="none"/>
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$title"/></xsl:call-template>
    <xsl:if test="not($C/domain/capability/criterion[@change = $change])">
      <xsl:call-template name="para"><xsl:with-param name="text" select="$none"/></xsl:call-template>
    </xsl:if>
    <xsl:for-each select="$C/domain/capability[criterion/@change = $change]">
      <xsl:call-template name="para"><xsl:with-param name="text" select="concat(@number, ' ', @name)"/></xsl:call-template>
      <xsl:for-each select="criterion[@change = $change]">
        <xsl:call-template name="para">
          <xsl:with-param name="first" select="'  - '"/>
          <xsl:with-param name="indent" select="'    '"/>
          <xsl:with-param name="text">
            <xsl:value-of select="concat(@question, ' (', $s.level-word, ' ', @level, '; ')"/>
            <xsl:choose>
              <xsl:when test="$change = 'newly-met'">
                <xsl:value-of select="concat($s.cmp-was, ' ')"/>
                <xsl:call-template name="status-label"><xsl:with-param name="status" select="@old-status"/></xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:value-of select="concat($s.cmp-now, ' ')"/>
                <xsl:call-template name="status-label"><xsl:with-param name="status" select="@new-status"/></xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="concat('): ', text)"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="notes">
    <xsl:variable name="sum" select="$C/summary"/>
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.cmp-sec-method"/></xsl:call-template>
    <xsl:if test="$old/questionnaire/@version != $new/questionnaire/@version">
      <xsl:call-template name="para">
        <xsl:with-param name="first" select="'- '"/>
        <xsl:with-param name="indent" select="'  '"/>
        <xsl:with-param name="text" select="concat($s.cmp-q-versions, ' (', $old/questionnaire/@version, $s.cmp-arrow, $new/questionnaire/@version, '). ', $s.cmp-only-old, ' ', $sum/@questions-only-old, '; ', $s.cmp-only-new, ' ', $sum/@questions-only-new, '; ', $s.cmp-only-note)"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$C/domain/capability[old/@target != new/@target]">
      <xsl:call-template name="para">
        <xsl:with-param name="first" select="'- '"/>
        <xsl:with-param name="indent" select="'  '"/>
        <xsl:with-param name="text" select="$s.cmp-targets-differ"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:for-each select="exsl:node-set($method-notes)/t">
      <xsl:call-template name="para">
        <xsl:with-param name="first" select="'- '"/>
        <xsl:with-param name="indent" select="'  '"/>
        <xsl:with-param name="text" select="."/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:variable name="method-notes">
    <t><xsl:value-of select="$s.cmp-m-same-rules"/></t>
    <t><xsl:value-of select="$s.cmp-m-change"/></t>
    <t><xsl:value-of select="$s.cmp-m-levels"/></t>
    <t><xsl:value-of select="$s.cmp-m-criteria"/></t>
    <t><xsl:value-of select="$s.cmp-m-target"/></t>
    <t><xsl:value-of select="$s.cmp-m-country"/></t>
  </xsl:variable>

</xsl:stylesheet>

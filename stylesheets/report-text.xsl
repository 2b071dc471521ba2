<?xml version="1.0" encoding="UTF-8"?>
<!--
  report-text.xsl - the gap report as plain text for a terminal: summary,
  domains, capability table, comparison with the 2021 review, roadmap.
  Every line is at most 100 columns (long text is wrapped; columns are
  padded with pad-right / pad-left from common.xsl). Same figures as the
  HTML report.

    mnr report ANSWERS|RESULTS -o report.txt
    xsltproc report-text.xsl results.xml
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="common.xsl"/>
  <xsl:import href="common-text.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- Column widths of the capability and roadmap tables. The level column
       fits the longest level name ("0 Not in place *"); the name column
       takes what is left of the width. -->
  <xsl:variable name="lvw">
    <xsl:for-each select="/results/scale/level">
      <xsl:sort select="string-length(@name)" data-type="number" order="descending"/>
      <xsl:if test="position() = 1">
        <xsl:choose>
          <xsl:when test="string-length(@name) + 4 &gt; 12"><xsl:value-of select="string-length(@name) + 4"/></xsl:when>
          <xsl:otherwise>12</xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </xsl:for-each>
  </xsl:variable>
  <!-- no (5) | name (nw + 1) | level (lvw + 1) | score (6) | target (7) |
       gap (6) | answered (9) | 2 spaces | review ("100.0% (42/42)", 14) -->
  <xsl:variable name="nw" select="$tw - 5 - 1 - ($lvw + 1) - 6 - 7 - 6 - 9 - 2 - 14"/>

  <!-- ================================================================ -->

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="results"><xsl:apply-templates select="results"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes"><xsl:value-of select="$s.msg-not-results"/></xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="results">
    <xsl:call-template name="draft-notice"/>
    <xsl:call-template name="header"/>
    <xsl:call-template name="summary"/>
    <xsl:call-template name="domains"/>
    <xsl:call-template name="capabilities"/>
    <xsl:call-template name="comparison"/>
    <xsl:call-template name="roadmap"/>
    <xsl:if test="$ws-criteria or $ws-off"><xsl:call-template name="workshop"/></xsl:if>
    <xsl:call-template name="notes"/>
  </xsl:template>

  <!-- ================================================================
       Helpers
       ================================================================ -->
  <!-- clean, para, kv, heading, rule and row are in common-text.xsl -->

  <!-- The numeric cells shared by both tables: level, score, target, gap. -->
  <xsl:template name="figures">
    <xsl:param name="assessed" select="true()"/>
    <xsl:param name="na-label" select="$s.not-assessed"/>
    <xsl:param name="level"/>
    <xsl:param name="level-name"/>
    <xsl:param name="provisional" select="false()"/>
    <xsl:param name="score"/>
    <xsl:param name="target"/>
    <xsl:param name="gap"/>
    <xsl:call-template name="pad-right">
      <xsl:with-param name="text">
        <xsl:choose>
          <xsl:when test="$assessed">
            <xsl:value-of select="concat($level, ' ', $level-name)"/>
            <xsl:if test="$provisional"> *</xsl:if>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$na-label"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="width" select="$lvw + 1"/>
    </xsl:call-template>
    <xsl:call-template name="pad-left">
      <xsl:with-param name="text"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$score"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="width" select="6"/>
    </xsl:call-template>
    <xsl:call-template name="pad-left">
      <xsl:with-param name="text" select="$target"/>
      <xsl:with-param name="width" select="7"/>
    </xsl:call-template>
    <xsl:call-template name="pad-left">
      <xsl:with-param name="text"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$gap"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="width" select="6"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================
       Sections
       ================================================================ -->

  <xsl:template name="header">
    <xsl:call-template name="rule"/>
    <xsl:call-template name="para">
      <xsl:with-param name="text" select="concat($report-title, ' - ', $s.subtitle)"/>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text"><xsl:call-template name="country-line"/></xsl:with-param>
    </xsl:call-template>
    <xsl:if test="normalize-space($organisation) != ''">
      <xsl:call-template name="para"><xsl:with-param name="text" select="$organisation"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="rule"/>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.date"/>
      <xsl:with-param name="value">
        <xsl:call-template name="fmt-date"><xsl:with-param name="date" select="$R/assessment/date"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="normalize-space($R/assessment/respondents/@workshop) != ''">
      <xsl:call-template name="kv">
        <xsl:with-param name="key" select="$s.workshop"/>
        <xsl:with-param name="value" select="$R/assessment/respondents/@workshop"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$R/assessment/respondents/respondent">
      <xsl:call-template name="kv">
        <xsl:with-param name="key" select="$s.respondents"/>
        <xsl:with-param name="value">
          <xsl:for-each select="$R/assessment/respondents/respondent">
            <xsl:if test="position() &gt; 1">; </xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
            <xsl:if test="normalize-space(@role) != ''"><xsl:value-of select="concat(' (', normalize-space(@role), ')')"/></xsl:if>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.model"/>
      <xsl:with-param name="value"><xsl:call-template name="model-line"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.questionnaire"/>
      <xsl:with-param name="value"><xsl:call-template name="questionnaire-line"/></xsl:with-param>
    </xsl:call-template>
    <xsl:if test="$R/baseline-source">
      <xsl:call-template name="kv">
        <xsl:with-param name="key" select="$s.compared-with"/>
        <xsl:with-param name="value"><xsl:call-template name="baseline-line"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.generator"/>
      <xsl:with-param name="value" select="$R/@generator"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="summary">
    <xsl:variable name="sum" select="$R/summary"/>
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.sec-summary"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="$sum/@assessed = 'true'">
        <xsl:call-template name="kv">
          <xsl:with-param name="key" select="$s.overall-index"/>
          <xsl:with-param name="value">
            <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$sum/@overall-index"/></xsl:call-template>
            <xsl:value-of select="concat(' ', $s.of-4, ', ')"/>
            <xsl:call-template name="coverage"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="kv">
          <xsl:with-param name="key" select="$s.overall-level"/>
          <xsl:with-param name="value"><xsl:call-template name="overall-level-text"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="kv">
          <xsl:with-param name="key" select="$s.to-target"/>
          <xsl:with-param name="value">
            <xsl:call-template name="fmt-pct"><xsl:with-param name="value" select="$sum/@percent-to-target"/></xsl:call-template>
            <xsl:text>%, </xsl:text>
            <xsl:call-template name="coverage"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="para">
          <xsl:with-param name="text"><xsl:call-template name="nothing-assessed"/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.completeness"/>
      <xsl:with-param name="value">
        <xsl:call-template name="fmt-completeness"><xsl:with-param name="of" select="$sum"/></xsl:call-template>
        <xsl:value-of select="concat(' (', $sum/@answered, ' ', $s.of, ' ', $sum/@applicable, ' ', $s.questions-answered, ')')"/>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.capabilities-assessed"/>
      <xsl:with-param name="value">
        <xsl:value-of select="concat($sum/@capabilities-assessed, ' ', $s.of, ' ', $sum/@capabilities)"/>
        <xsl:if test="$sum/@capabilities-assessed != $sum/@capabilities">
          <xsl:text> (</xsl:text>
          <xsl:call-template name="not-assessed-counts"/>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="string($sum/@strongest-domain) != ''">
      <xsl:call-template name="kv">
        <xsl:with-param name="key" select="$s.strongest"/>
        <xsl:with-param name="value"><xsl:call-template name="domain-with-score"><xsl:with-param name="id" select="$sum/@strongest-domain"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="string($sum/@weakest-domain) != ''">
      <xsl:call-template name="kv">
        <xsl:with-param name="key" select="$s.weakest"/>
        <xsl:with-param name="value"><xsl:call-template name="domain-with-score"><xsl:with-param name="id" select="$sum/@weakest-domain"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="domains">
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.domains"/></xsl:call-template>
    <xsl:call-template name="row">
      <xsl:with-param name="before" select="concat(' ', substring($s.no, 1, 3), ' ')"/>
      <xsl:with-param name="name" select="$s.domain"/>
      <xsl:with-param name="after">
        <xsl:call-template name="pad-right">
          <xsl:with-param name="text" select="$s.level"/>
          <xsl:with-param name="width" select="$lvw + 1"/>
        </xsl:call-template>
        <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.score"/><xsl:with-param name="width" select="6"/></xsl:call-template>
        <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.assessed-col"/><xsl:with-param name="width" select="14"/></xsl:call-template>
        <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.answered"/><xsl:with-param name="width" select="10"/></xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="$R/domain">
      <xsl:variable name="assessed" select="@assessed = 'true' and string(@score) != ''"/>
      <xsl:call-template name="row">
        <xsl:with-param name="before">
          <xsl:call-template name="pad-left"><xsl:with-param name="text" select="@number"/><xsl:with-param name="width" select="3"/></xsl:call-template>
          <xsl:text>  </xsl:text>
        </xsl:with-param>
        <xsl:with-param name="name" select="@name"/>
        <xsl:with-param name="after">
          <xsl:call-template name="pad-right">
            <xsl:with-param name="text">
              <xsl:choose>
                <xsl:when test="$assessed">
                  <xsl:value-of select="concat(floor(number(@score)), ' ')"/>
                  <xsl:call-template name="level-name"><xsl:with-param name="level" select="floor(number(@score))"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise><xsl:value-of select="$s.not-assessed"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="width" select="$lvw + 1"/>
          </xsl:call-template>
          <xsl:call-template name="pad-left">
            <xsl:with-param name="text"><xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@score"/></xsl:call-template></xsl:with-param>
            <xsl:with-param name="width" select="6"/>
          </xsl:call-template>
          <xsl:call-template name="pad-left">
            <xsl:with-param name="text" select="concat(@capabilities-assessed, ' ', $s.of, ' ', @capabilities)"/>
            <xsl:with-param name="width" select="14"/>
          </xsl:call-template>
          <xsl:call-template name="pad-left">
            <xsl:with-param name="text"><xsl:call-template name="fmt-completeness"/></xsl:with-param>
            <xsl:with-param name="width" select="10"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="capabilities">
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.sec-table"/></xsl:call-template>
    <xsl:call-template name="row">
      <xsl:with-param name="before" select="concat(' ', substring($s.no, 1, 3), ' ')"/>
      <xsl:with-param name="name" select="$s.capability"/>
      <xsl:with-param name="after">
        <xsl:call-template name="pad-right"><xsl:with-param name="text" select="$s.level"/><xsl:with-param name="width" select="$lvw + 1"/></xsl:call-template>
        <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.score"/><xsl:with-param name="width" select="6"/></xsl:call-template>
        <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.target"/><xsl:with-param name="width" select="7"/></xsl:call-template>
        <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.gap"/><xsl:with-param name="width" select="6"/></xsl:call-template>
        <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.answered"/><xsl:with-param name="width" select="9"/></xsl:call-template>
        <xsl:value-of select="concat('  ', $s.baseline-share)"/>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="$R/domain">
      <xsl:call-template name="para">
        <xsl:with-param name="text">
          <xsl:value-of select="concat($s.domain, ' ', @number, ': ', @name, ' (')"/>
          <xsl:call-template name="domain-score-text"/>
          <xsl:text>)</xsl:text>
        </xsl:with-param>
        <xsl:with-param name="first" select="'  '"/>
        <xsl:with-param name="indent" select="'  '"/>
      </xsl:call-template>
      <xsl:for-each select="capability">
        <xsl:call-template name="row">
          <xsl:with-param name="before">
            <xsl:call-template name="pad-left"><xsl:with-param name="text" select="@number"/><xsl:with-param name="width" select="3"/></xsl:call-template>
            <xsl:text>  </xsl:text>
          </xsl:with-param>
          <xsl:with-param name="name" select="@name"/>
          <xsl:with-param name="after">
            <xsl:call-template name="figures">
              <xsl:with-param name="assessed" select="@assessed = 'true'"/>
              <xsl:with-param name="na-label"><xsl:call-template name="not-assessed-label"/></xsl:with-param>
              <xsl:with-param name="level" select="@level"/>
              <xsl:with-param name="level-name" select="@level-name"/>
              <xsl:with-param name="provisional" select="@provisional = 'true'"/>
              <xsl:with-param name="score" select="@score"/>
              <xsl:with-param name="target" select="@target"/>
              <xsl:with-param name="gap" select="@gap"/>
            </xsl:call-template>
            <xsl:call-template name="pad-left">
              <xsl:with-param name="text"><xsl:call-template name="fmt-completeness"/></xsl:with-param>
              <xsl:with-param name="width" select="9"/>
            </xsl:call-template>
            <xsl:text>  </xsl:text>
            <xsl:call-template name="baseline-share">
              <xsl:with-param name="no-figure" select="$s.no-figure-short"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:if test="$R/domain/capability[@assessed = 'true' and @provisional = 'true']">
      <xsl:value-of select="$nl"/>
      <xsl:call-template name="para"><xsl:with-param name="text" select="$s.t-star"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="comparison">
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.comparison"/></xsl:call-template>
    <xsl:for-each select="$R/domain/capability">
      <xsl:variable name="b" select="baseline"/>
      <xsl:call-template name="para">
        <xsl:with-param name="first">
          <xsl:call-template name="pad-left"><xsl:with-param name="text" select="@number"/><xsl:with-param name="width" select="3"/></xsl:call-template>
          <xsl:text>  </xsl:text>
        </xsl:with-param>
        <xsl:with-param name="indent" select="'     '"/>
        <xsl:with-param name="text">
          <xsl:value-of select="concat(@name, ': ')"/>
          <xsl:choose>
            <xsl:when test="@assessed != 'true'"><xsl:call-template name="not-assessed-label"/></xsl:when>
            <xsl:when test="@in-place = 'true'"><xsl:value-of select="concat($s.t-in-place, ' (', $s.level-word, ' ', @level, ')')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="concat($s.t-not-in-place, ' (', $s.level-word, ' ', @level, ')')"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>; </xsl:text>
          <xsl:choose>
            <xsl:when test="$b/@status = 'figure'">
              <xsl:value-of select="concat($s.t-review-with, ' ', $b/@yes, ' ', $s.of, ' ', $b/@respondents, ' (')"/>
              <xsl:call-template name="fmt-ratio">
                <xsl:with-param name="part" select="$b/@yes"/>
                <xsl:with-param name="whole" select="$b/@respondents"/>
              </xsl:call-template>
              <xsl:text>%)</xsl:text>
            </xsl:when>
            <xsl:when test="$b"><xsl:value-of select="$s.no-figure-long"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$s.no-baseline"/></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="string($b/@category) != '' or string($b/@category-label) != ''">
            <xsl:text>; </xsl:text>
            <xsl:call-template name="category-label"/>
          </xsl:if>
          <xsl:text>.</xsl:text>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="para"><xsl:with-param name="text" select="$s.m-no-rank"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="roadmap">
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.sec-roadmap"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="$R/priorities/priority">
        <xsl:call-template name="para"><xsl:with-param name="text" select="$s.roadmap-intro"/></xsl:call-template>
        <xsl:value-of select="$nl"/>
        <xsl:call-template name="row">
          <xsl:with-param name="before" select="concat(substring($s.rank, 1, 4), ' ')"/>
          <xsl:with-param name="name" select="$s.capability"/>
          <xsl:with-param name="after">
            <xsl:call-template name="pad-right"><xsl:with-param name="text" select="$s.now"/><xsl:with-param name="width" select="$lvw + 1"/></xsl:call-template>
            <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.score"/><xsl:with-param name="width" select="6"/></xsl:call-template>
            <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.target"/><xsl:with-param name="width" select="7"/></xsl:call-template>
            <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.gap"/><xsl:with-param name="width" select="6"/></xsl:call-template>
            <xsl:value-of select="concat('  ', $s.baseline-share)"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:for-each select="$R/priorities/priority">
          <xsl:variable name="cap" select="$R/domain/capability[@id = current()/@capability]"/>
          <xsl:call-template name="row">
            <xsl:with-param name="before">
              <xsl:call-template name="pad-left"><xsl:with-param name="text" select="@rank"/><xsl:with-param name="width" select="3"/></xsl:call-template>
              <xsl:text>  </xsl:text>
            </xsl:with-param>
            <xsl:with-param name="name" select="@name"/>
            <xsl:with-param name="after">
              <xsl:call-template name="figures">
                <xsl:with-param name="level" select="@level"/>
                <xsl:with-param name="level-name">
                  <xsl:call-template name="level-name"><xsl:with-param name="level" select="@level"/></xsl:call-template>
                </xsl:with-param>
                <xsl:with-param name="score" select="@score"/>
                <xsl:with-param name="target" select="@target"/>
                <xsl:with-param name="gap" select="@gap"/>
              </xsl:call-template>
              <xsl:text>  </xsl:text>
              <xsl:choose>
                <xsl:when test="string(@baseline-percent) != ''">
                  <xsl:call-template name="baseline-share">
                    <xsl:with-param name="cap" select="$cap"/>
                    <xsl:with-param name="with-counts" select="false()"/>
                  </xsl:call-template>
                </xsl:when>
                <xsl:when test="$cap/baseline"><xsl:value-of select="$s.no-figure-short"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:if test="$cap">
            <xsl:variable name="next" select="$cap/descriptor[@level = number($cap/@level) + 1]"/>
            <xsl:if test="$next">
              <xsl:call-template name="para">
                <xsl:with-param name="indent" select="'        '"/>
                <xsl:with-param name="first" select="'     '"/>
                <xsl:with-param name="text">
                  <xsl:value-of select="concat($s.next-step, ' (', $s.level-word, ' ', $next/@level, ' ')"/>
                  <xsl:call-template name="level-name"><xsl:with-param name="level" select="$next/@level"/></xsl:call-template>
                  <xsl:value-of select="concat('): ', $next)"/>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:if>
          </xsl:if>
          <xsl:for-each select="prerequisite">
            <xsl:variable name="pc" select="$R/domain/capability[@id = current()/@capability]"/>
            <xsl:variable name="pr" select="$R/priorities/priority[@capability = current()/@capability]"/>
            <xsl:call-template name="para">
              <xsl:with-param name="indent" select="'        '"/>
              <xsl:with-param name="first" select="'     '"/>
              <xsl:with-param name="text">
                <xsl:value-of select="concat($s.builds-on, ': ')"/>
                <xsl:if test="$pc"><xsl:value-of select="concat($pc/@number, ' ')"/></xsl:if>
                <xsl:value-of select="@name"/>
                <xsl:choose>
                  <xsl:when test="@has-gap = 'true' or @has-gap = '1'">
                    <xsl:value-of select="concat(' (', $s.prereq-gap)"/>
                    <xsl:if test="$pr"><xsl:value-of select="concat(' ', $pr/@rank)"/></xsl:if>
                    <xsl:text>)</xsl:text>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="concat(' (', $s.prereq-no-gap, ')')"/></xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$R/summary/@assessed = 'true'">
        <xsl:call-template name="para"><xsl:with-param name="text" select="$s.no-priorities"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="para">
          <xsl:with-param name="text"><xsl:call-template name="nothing-assessed"/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The workshop annex: a consensus made by mnr merge. As in the HTML:
       the summary first, then each disputed question with its answers
       grouped by value. -->
  <xsl:template name="workshop">
    <xsl:variable name="li1" select="'- '"/>
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.sec-workshop"/></xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="text" select="$s.ws-intro"/></xsl:call-template>
    <xsl:call-template name="ws-glance"/>
    <xsl:call-template name="para">
      <xsl:with-param name="text">
        <xsl:value-of select="concat($s.ws-participants, ': ')"/>
        <xsl:for-each select="$R/assessment/respondents/respondent">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:value-of select="concat(., ' (', @role, ')')"/>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="text" select="concat($s.ws-rules, ': ', $s.ws-rules-text)"/>
    </xsl:call-template>

    <xsl:value-of select="$nl"/>
    <xsl:value-of select="concat($s.ws-agreement, $nl)"/>
    <xsl:call-template name="para"><xsl:with-param name="text" select="$s.ws-agreement-intro"/></xsl:call-template>
    <xsl:call-template name="row">
      <xsl:with-param name="before" select="concat(' ', substring($s.no, 1, 3), ' ')"/>
      <xsl:with-param name="name" select="$s.capability"/>
      <xsl:with-param name="after">
        <xsl:call-template name="ws-cells">
          <xsl:with-param name="answered" select="$s.ws-answered-col"/><xsl:with-param name="unanimous" select="$s.ws-unanimous-col"/>
          <xsl:with-param name="disputed" select="$s.ws-disputed-col"/><xsl:with-param name="decided" select="$s.ws-decided-col"/>
          <xsl:with-param name="agreeing" select="$s.ws-agreeing-col"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="$R/domain/capability[criterion/consensus]">
      <xsl:variable name="c">
        <xsl:call-template name="ws-counts"><xsl:with-param name="cap" select="."/></xsl:call-template>
      </xsl:variable>
      <xsl:variable name="n" select="exsl:node-set($c)"/>
      <xsl:call-template name="row">
        <xsl:with-param name="before">
          <xsl:call-template name="pad-left"><xsl:with-param name="text" select="@number"/><xsl:with-param name="width" select="3"/></xsl:call-template>
          <xsl:text>  </xsl:text>
        </xsl:with-param>
        <xsl:with-param name="name" select="@name"/>
        <xsl:with-param name="after">
          <xsl:call-template name="ws-cells">
            <xsl:with-param name="answered" select="$n/answered"/><xsl:with-param name="unanimous" select="$n/unanimous"/>
            <xsl:with-param name="disputed" select="$n/disputed"/><xsl:with-param name="decided" select="$n/decided"/>
            <xsl:with-param name="agreeing">
              <xsl:call-template name="fmt-ratio">
                <xsl:with-param name="part" select="$n/agreeing"/><xsl:with-param name="whole" select="$n/given"/>
              </xsl:call-template>
              <xsl:value-of select="concat('% (', $n/agreeing, '/', $n/given, ')')"/>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>

    <xsl:value-of select="$nl"/>
    <xsl:value-of select="concat($s.ws-decisions, $nl)"/>
    <xsl:if test="not($ws-criteria[consensus/@decided = 'true'])">
      <xsl:call-template name="para"><xsl:with-param name="text" select="$s.ws-no-decisions"/></xsl:call-template>
    </xsl:if>
    <xsl:for-each select="$ws-criteria[consensus/@decided = 'true']">
      <xsl:call-template name="para">
        <xsl:with-param name="first" select="$li1"/><xsl:with-param name="indent" select="'  '"/>
        <xsl:with-param name="text">
          <xsl:value-of select="concat(@question, ': ', $s.ws-rule-gave, ' ')"/>
          <xsl:call-template name="ws-rule-value"/>
          <xsl:value-of select="concat('; ', $s.ws-decided, ' ')"/>
          <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="@answer"/></xsl:call-template>
          <xsl:if test="consensus/note"><xsl:value-of select="concat('. ', $s.ws-note, ': ', consensus/note)"/></xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="$ws-off">
      <xsl:call-template name="para">
        <xsl:with-param name="text"><xsl:call-template name="ws-off-text"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>

    <xsl:value-of select="$nl"/>
    <xsl:value-of select="concat($s.ws-disputed, $nl)"/>
    <xsl:choose>
      <xsl:when test="not($ws-criteria[consensus/@disputed = 'true'])">
        <xsl:call-template name="para"><xsl:with-param name="text" select="$s.ws-no-disputed"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="para"><xsl:with-param name="text" select="$s.ws-disputed-intro"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="$ws-criteria[consensus/@disputed = 'true']">
      <xsl:call-template name="ws-disputed"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The disputed questions at a glance, first in the annex: one line
       each, "- C12.L3.b: 2 yes, 1 partly, 1 no; consensus yes (decided;
       the rules gave partly)"; the detail is at the end of the annex. -->
  <xsl:template name="ws-glance">
    <xsl:variable name="disputed" select="$ws-criteria[consensus/@disputed = 'true']"/>
    <xsl:if test="$disputed">
      <xsl:value-of select="$nl"/>
      <xsl:value-of select="concat($s.ws-glance, $nl)"/>
      <xsl:call-template name="para"><xsl:with-param name="text" select="$s.ws-glance-intro"/></xsl:call-template>
      <xsl:for-each select="$disputed">
        <xsl:call-template name="para">
          <xsl:with-param name="first" select="'- '"/><xsl:with-param name="indent" select="'  '"/>
          <xsl:with-param name="text">
            <xsl:value-of select="concat(@question, ': ')"/>
            <xsl:call-template name="ws-split"/>
            <xsl:value-of select="concat('; ', $s.ws-consensus-lc, ' ')"/>
            <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="@answer"/></xsl:call-template>
            <xsl:if test="consensus/@decided = 'true'">
              <xsl:value-of select="concat(' (', $s.ws-decided, '; ', $s.ws-rule-gave, ' ')"/>
              <xsl:call-template name="ws-rule-value"/>
              <xsl:text>)</xsl:text>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:value-of select="$nl"/>
    </xsl:if>
  </xsl:template>

  <!-- One disputed question: the consensus, one line per answer given
       ("2 said yes: who"), then the evidence and comments given. -->
  <xsl:template name="ws-disputed">
    <xsl:variable name="crit" select="."/>
    <xsl:call-template name="para">
      <xsl:with-param name="first" select="'- '"/><xsl:with-param name="indent" select="'  '"/>
      <xsl:with-param name="text" select="concat(@question, ' ', text)"/>
    </xsl:call-template>
    <xsl:call-template name="para">
      <xsl:with-param name="indent" select="'      '"/><xsl:with-param name="first" select="'    '"/>
      <xsl:with-param name="text">
        <xsl:value-of select="concat($s.ws-consensus-row, ': ')"/>
        <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="@answer"/></xsl:call-template>
        <xsl:if test="consensus/@decided = 'true'">
          <xsl:value-of select="concat(' (', $s.ws-decided, '; ', $s.ws-rule-gave, ' ')"/>
          <xsl:call-template name="ws-rule-value"/>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="participant-answer[not(@value = preceding-sibling::participant-answer/@value)]">
      <xsl:sort select="string-length(substring-before($ws-order, concat('|', @value, '|')))" data-type="number"/>
      <xsl:variable name="v" select="@value"/>
      <xsl:call-template name="para">
        <xsl:with-param name="first" select="'    '"/><xsl:with-param name="indent" select="'      '"/>
        <xsl:with-param name="text">
          <xsl:value-of select="concat(count($crit/participant-answer[@value = $v]), ' ', $s.ws-said, ' ')"/>
          <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="$v"/></xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:for-each select="$crit/participant-answer[@value = $v]">
            <xsl:if test="position() &gt; 1">; </xsl:if>
            <xsl:value-of select="@name"/>
            <xsl:if test="normalize-space(@role) != ''"><xsl:value-of select="concat(' (', @role, ')')"/></xsl:if>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="participant-answer[evidence or comment]">
      <xsl:value-of select="concat('    ', $s.evidence-comment, ':', $nl)"/>
      <xsl:for-each select="participant-answer[evidence or comment]">
        <xsl:call-template name="para">
          <xsl:with-param name="first" select="'      '"/><xsl:with-param name="indent" select="'        '"/>
          <xsl:with-param name="text">
            <xsl:value-of select="concat(@name, ' (')"/>
            <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="@value"/></xsl:call-template>
            <xsl:text>)</xsl:text>
            <xsl:if test="evidence"><xsl:value-of select="concat(': ', evidence)"/></xsl:if>
            <!-- "(no): evidence; comment: ..." or "(no), comment: ..." -->
            <xsl:if test="comment"><xsl:value-of select="concat(substring('; , ', 1 + 2 * not(evidence), 2), $s.ws-comment, ': ', comment)"/></xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The cells right of the capability in the agreement table. -->
  <xsl:template name="ws-cells">
    <xsl:param name="answered"/>
    <xsl:param name="unanimous"/>
    <xsl:param name="disputed"/>
    <xsl:param name="decided"/>
    <xsl:param name="agreeing"/>
    <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$answered"/><xsl:with-param name="width" select="9"/></xsl:call-template>
    <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$unanimous"/><xsl:with-param name="width" select="10"/></xsl:call-template>
    <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$disputed"/><xsl:with-param name="width" select="9"/></xsl:call-template>
    <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$decided"/><xsl:with-param name="width" select="8"/></xsl:call-template>
    <xsl:value-of select="concat('  ', $agreeing)"/>
  </xsl:template>

  <!-- The value the rules gave a decided question ("no answer" if none). -->
  <xsl:template name="ws-rule-value">
    <xsl:choose>
      <xsl:when test="consensus/@rule-value">
        <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="consensus/@rule-value"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.ws-nothing"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="notes">
    <xsl:variable name="caps" select="$R/domain/capability"/>
    <xsl:variable name="dk" select="sum($caps/@dont-know)"/>
    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.notes"/></xsl:call-template>
    <xsl:if test="$dk &gt; 0">
      <xsl:call-template name="para">
        <xsl:with-param name="first" select="'- '"/><xsl:with-param name="indent" select="'  '"/>
        <xsl:with-param name="text" select="concat($s.note-dont-know, ' ', $dk, '.')"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:for-each select="$R/warnings/warning">
      <xsl:call-template name="para">
        <xsl:with-param name="first" select="'- '"/><xsl:with-param name="indent" select="'  '"/>
        <xsl:with-param name="text">
          <xsl:if test="string(@source) != ''">
            <xsl:value-of select="@source"/>
            <xsl:if test="string(@line) != ''"><xsl:value-of select="concat(':', @line)"/></xsl:if>
            <xsl:text>: </xsl:text>
          </xsl:if>
          <xsl:value-of select="."/>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="$fictional">
      <xsl:call-template name="para">
        <xsl:with-param name="first" select="'- '"/><xsl:with-param name="indent" select="'  '"/>
        <xsl:with-param name="text" select="$s.fictional-note"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="para">
      <xsl:with-param name="first" select="'- '"/><xsl:with-param name="indent" select="'  '"/>
      <xsl:with-param name="text" select="$s.t-method"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  report-csv.xsl - one row per capability, for spreadsheets (RFC 4180):

    id,number,name,domain,assessed,level,level_name,score,target,gap,
    completeness,provisional,in_place,baseline_yes,baseline_respondents,
    baseline_percent,category,not_assessed,baseline

  Lines end in CRLF. A cell holding a comma, a double quote, CR or LF is
  put in double quotes, with quotes doubled. A cell that starts with = + -
  @ (or a tab or CR) gets a leading single quote so that a spreadsheet
  shows it as text and never runs it as a formula. Figures are those of
  the results XML: scores and gaps with 2 decimals, percentages with 1,
  worked out from the counts (answered of applicable, yes of respondents)
  and rounded once; empty where the results have none (not assessed, no
  baseline figure, no question applies). domain is the domain's name;
  category is the baseline category label; not_assessed says why a
  capability is not assessed (not answered yet, don't know, not
  applicable) and is empty for an assessed one. baseline is the id of the
  baseline compared with (framing-the-future-2021, or a cohort baseline of
  mnr cohort).

    mnr report ANSWERS|RESULTS -o report.csv
    xsltproc report-csv.xsl results.xml
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="common.xsl"/>
  <xsl:import href="common-csv.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- eol, q and the cell template are in common-csv.xsl -->

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="results"><xsl:apply-templates select="results"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes"><xsl:value-of select="$s.msg-not-results"/></xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="results">
    <xsl:call-template name="csv-headings">
      <xsl:with-param name="h">
        <h><xsl:value-of select="$s.csv-id"/></h>
        <h><xsl:value-of select="$s.csv-number"/></h>
        <h><xsl:value-of select="$s.csv-name"/></h>
        <h><xsl:value-of select="$s.csv-domain"/></h>
        <h><xsl:value-of select="$s.csv-assessed"/></h>
        <h><xsl:value-of select="$s.csv-level"/></h>
        <h><xsl:value-of select="$s.csv-level-name"/></h>
        <h><xsl:value-of select="$s.csv-score"/></h>
        <h><xsl:value-of select="$s.csv-target"/></h>
        <h><xsl:value-of select="$s.csv-gap"/></h>
        <h><xsl:value-of select="$s.csv-completeness"/></h>
        <h><xsl:value-of select="$s.csv-provisional"/></h>
        <h><xsl:value-of select="$s.csv-in-place"/></h>
        <h><xsl:value-of select="$s.csv-baseline-yes"/></h>
        <h><xsl:value-of select="$s.csv-baseline-respondents"/></h>
        <h><xsl:value-of select="$s.csv-baseline-percent"/></h>
        <h><xsl:value-of select="$s.csv-category"/></h>
        <h><xsl:value-of select="$s.csv-not-assessed"/></h>
        <h><xsl:value-of select="$s.csv-baseline"/></h>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:value-of select="$eol"/>
    <xsl:for-each select="domain/capability">
      <xsl:variable name="a" select="@assessed = 'true' or @assessed = '1'"/>
      <xsl:variable name="b" select="baseline[@status = 'figure']"/>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@id"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@number"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@name"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="../@name"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:value-of select="$a = true()"/>
      <xsl:text>,</xsl:text>
      <xsl:if test="$a"><xsl:call-template name="cell"><xsl:with-param name="v" select="@level"/></xsl:call-template></xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:if test="$a"><xsl:call-template name="cell"><xsl:with-param name="v" select="@level-name"/></xsl:call-template></xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:if test="$a and string(@score) != ''">
        <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@score"/></xsl:call-template>
      </xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@target"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:if test="$a and string(@gap) != ''">
        <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="@gap"/></xsl:call-template>
      </xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:if test="number(@applicable) &gt; 0">
        <xsl:call-template name="fmt-ratio">
          <xsl:with-param name="part" select="@answered"/>
          <xsl:with-param name="whole" select="@applicable"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:value-of select="@provisional = 'true' or @provisional = '1'"/>
      <xsl:text>,</xsl:text>
      <xsl:if test="$a and string(@in-place) != ''">
        <xsl:value-of select="@in-place = 'true' or @in-place = '1'"/>
      </xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="$b/@yes"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="$b/@respondents"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:if test="number($b/@respondents) &gt; 0">
        <xsl:call-template name="fmt-ratio">
          <xsl:with-param name="part" select="$b/@yes"/>
          <xsl:with-param name="whole" select="$b/@respondents"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:if test="string(baseline/@category) != '' or string(baseline/@category-label) != ''">
        <xsl:call-template name="cell">
          <xsl:with-param name="v"><xsl:call-template name="category-label"/></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:if test="not($a)">
        <xsl:call-template name="cell">
          <xsl:with-param name="v"><xsl:call-template name="not-assessed-label"/></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="$R/baseline-source/@id"/></xsl:call-template>
      <xsl:value-of select="$eol"/>
    </xsl:for-each>
    <xsl:if test="$ws-criteria or $ws-off"><xsl:call-template name="workshop"/></xsl:if>
  </xsl:template>

  <!-- The workshop annex (a consensus made by mnr merge): after an empty
       line, a second table, one row per record:
         record,capability,question,participant,role,answer,rule_value,note,
         evidence,comment,answered,unanimous,disputed,decided,agreeing,
         answers_given
       record is dispute (first, one row per disputed question: answer =
       the consensus, rule_value = the rules' value when the room decided
       otherwise, note = the answers given with how many gave each, as in
       "2 yes, 1 partly, 1 no", answers_given = how many answered),
       participant (name in participant, role), disputed (one row
       per participant's answer to a disputed question), consensus (after
       them, the question's consensus: participant empty), decision (answer = decided,
       rule_value = the rules' value), switched-off (a question the
       consensus's own answers switch off: no answer; note = the question whose
       consensus answer does) or agreement (per capability: the
       last six columns: agreeing of answers_given were the consensus). -->
  <xsl:template name="workshop">
    <xsl:value-of select="$eol"/>
    <xsl:call-template name="csv-headings">
      <xsl:with-param name="h">
        <h><xsl:value-of select="$s.csv-record"/></h>
        <h><xsl:value-of select="$s.csv-capability"/></h>
        <h><xsl:value-of select="$s.csv-question"/></h>
        <h><xsl:value-of select="$s.csv-participant"/></h>
        <h><xsl:value-of select="$s.csv-role"/></h>
        <h><xsl:value-of select="$s.csv-answer"/></h>
        <h><xsl:value-of select="$s.csv-rule-value"/></h>
        <h><xsl:value-of select="$s.csv-note"/></h>
        <h><xsl:value-of select="$s.csv-evidence"/></h>
        <h><xsl:value-of select="$s.csv-comment"/></h>
        <h><xsl:value-of select="$s.csv-answered"/></h>
        <h><xsl:value-of select="$s.csv-unanimous"/></h>
        <h><xsl:value-of select="$s.csv-disputed"/></h>
        <h><xsl:value-of select="$s.csv-decided"/></h>
        <h><xsl:value-of select="$s.csv-agreeing"/></h>
        <h><xsl:value-of select="$s.csv-answers-given"/></h>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:value-of select="$eol"/>
    <xsl:for-each select="$ws-criteria[consensus/@disputed = 'true']">
      <xsl:value-of select="concat('dispute,', ../@id, ',')"/>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@question"/></xsl:call-template>
      <xsl:text>,,,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@answer"/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:if test="consensus/@decided = 'true'">
        <xsl:call-template name="cell"><xsl:with-param name="v" select="consensus/@rule-value"/></xsl:call-template>
      </xsl:if>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell">
        <xsl:with-param name="v"><xsl:call-template name="ws-split"/></xsl:with-param>
      </xsl:call-template>
      <xsl:value-of select="concat(',,,,,,,,', count(participant-answer))"/>
      <xsl:value-of select="$eol"/>
    </xsl:for-each>
    <xsl:for-each select="$R/assessment/respondents/respondent">
      <xsl:text>participant,,,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="."/></xsl:call-template>
      <xsl:text>,</xsl:text>
      <xsl:call-template name="cell"><xsl:with-param name="v" select="@role"/></xsl:call-template>
      <xsl:text>,,,,,,,,,,,</xsl:text>
      <xsl:value-of select="$eol"/>
    </xsl:for-each>
    <xsl:for-each select="$ws-criteria[consensus/@disputed = 'true']">
      <xsl:variable name="crit" select="."/>
      <xsl:for-each select="participant-answer">
        <xsl:call-template name="ws-row">
          <xsl:with-param name="record" select="'disputed'"/><xsl:with-param name="crit" select="$crit"/>
          <xsl:with-param name="who" select="@name"/><xsl:with-param name="role" select="@role"/>
          <xsl:with-param name="answer" select="@value"/>
          <xsl:with-param name="evidence" select="evidence"/><xsl:with-param name="comment" select="comment"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="ws-row">
        <xsl:with-param name="record" select="'consensus'"/><xsl:with-param name="crit" select="$crit"/>
        <xsl:with-param name="answer" select="@answer"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$ws-criteria[consensus/@decided = 'true']">
      <xsl:call-template name="ws-row">
        <xsl:with-param name="record" select="'decision'"/><xsl:with-param name="crit" select="."/>
        <xsl:with-param name="answer" select="@answer"/>
        <xsl:with-param name="rule" select="consensus/@rule-value"/>
        <xsl:with-param name="note" select="consensus/note"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$ws-off">
      <xsl:call-template name="ws-row">
        <xsl:with-param name="record" select="'switched-off'"/><xsl:with-param name="crit" select="."/>
        <xsl:with-param name="note" select="consensus/@switched-off-by"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$R/domain/capability[criterion/consensus]">
      <xsl:variable name="c">
        <xsl:call-template name="ws-counts"><xsl:with-param name="cap" select="."/></xsl:call-template>
      </xsl:variable>
      <xsl:variable name="n" select="exsl:node-set($c)"/>
      <xsl:value-of select="concat('agreement,', @id, ',,,,,,,,,', $n/answered, ',', $n/unanimous, ',', $n/disputed, ',', $n/decided, ',', $n/agreeing, ',', $n/given)"/>
      <xsl:value-of select="$eol"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="ws-row">
    <xsl:param name="record"/>
    <xsl:param name="crit"/>
    <xsl:param name="who"/>
    <xsl:param name="role"/>
    <xsl:param name="answer"/>
    <xsl:param name="rule"/>
    <xsl:param name="note"/>
    <xsl:param name="evidence"/>
    <xsl:param name="comment"/>
    <xsl:value-of select="concat($record, ',', $crit/../@id, ',')"/>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$crit/@question"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$who"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$role"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$answer"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$rule"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$note"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$evidence"/></xsl:call-template>
    <xsl:text>,</xsl:text>
    <xsl:call-template name="cell"><xsl:with-param name="v" select="$comment"/></xsl:call-template>
    <xsl:text>,,,,,,</xsl:text>
    <xsl:value-of select="$eol"/>
  </xsl:template>

</xsl:stylesheet>

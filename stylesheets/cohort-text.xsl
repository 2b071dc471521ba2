<?xml version="1.0" encoding="UTF-8"?>
<!--
  cohort-text.xsl - the cohort report as plain text: the cohort's figures
  per capability, then per group (when the cohort is grouped), then the
  method and the privacy rules. Lines are at most 100 columns.

    mnr cohort FILES... -o cohort.xml -report cohort.txt
    xsltproc cohort-text.xsl cohort.xml

  Input: a cohort baseline (model/schema/baseline.xsd, kind="cohort").
  Words are in words.xsl (s.co-*).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="common.xsl"/>
  <xsl:import href="common-text.xsl"/>
  <xsl:import href="cohort-common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="B" select="/baseline"/>
  <!-- columns: no (5) | name (nw + 1: the row of common-text.xsl pads it
       with one space) | covering (8) | in place (17) | 2021 (8) |
       change (8) | median (8) | levels (rest, 16) -->
  <xsl:variable name="nw" select="$tw - 5 - 1 - 8 - 17 - 8 - 8 - 8 - 16"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="baseline[@kind = 'cohort']"><xsl:apply-templates select="baseline"/></xsl:when>
      <xsl:otherwise>
        <xsl:message terminate="yes"><xsl:value-of select="$s.msg-not-cohort"/></xsl:message>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- == helpers == -->

  <!-- "58.3% (7/12)" -->
  <xsl:template name="share">
    <xsl:param name="yes"/>
    <xsl:param name="of"/>
    <xsl:call-template name="fmt-ratio">
      <xsl:with-param name="part" select="$yes"/>
      <xsl:with-param name="whole" select="$of"/>
    </xsl:call-template>
    <xsl:if test="number($of) &gt; 0">
      <xsl:value-of select="concat('% (', $yes, '/', $of, ')')"/>
    </xsl:if>
  </xsl:template>

  <!-- One row: number and name (the row of common-text.xsl, the name
       wrapping under itself), then the cells of `f` (an element with
       yes, respondents, level0..4 and median-score, or withheld), and the
       2021 comparison when `compare` is true. -->
  <xsl:template name="cap-row">
    <xsl:param name="cap"/>
    <xsl:param name="f"/>
    <xsl:param name="yes" select="$f/@yes"/>
    <xsl:param name="of" select="$f/@respondents"/>
    <xsl:param name="compare" select="false()"/>
    <xsl:call-template name="row">
      <xsl:with-param name="before">
        <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$cap/@number"/><xsl:with-param name="width" select="3"/></xsl:call-template>
        <xsl:text>  </xsl:text>
      </xsl:with-param>
      <xsl:with-param name="name" select="$cap/@label"/>
      <xsl:with-param name="after">
        <xsl:choose>
          <xsl:when test="$f/@withheld = 'true' or $cap/@withheld = 'true'">
            <xsl:value-of select="concat(' ', $s.co-withheld-row)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$of"/><xsl:with-param name="width" select="8"/></xsl:call-template>
            <xsl:call-template name="pad-left">
              <xsl:with-param name="text"><xsl:call-template name="share"><xsl:with-param name="yes" select="$yes"/><xsl:with-param name="of" select="$of"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="width" select="17"/>
            </xsl:call-template>
            <xsl:if test="$compare">
              <xsl:variable name="c" select="$cap/compared"/>
              <xsl:call-template name="pad-left">
                <xsl:with-param name="text">
                  <xsl:choose>
                    <xsl:when test="$c">
                      <xsl:call-template name="fmt-ratio"><xsl:with-param name="part" select="$c/@yes"/><xsl:with-param name="whole" select="$c/@respondents"/></xsl:call-template>
                      <xsl:text>%</xsl:text>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
                <xsl:with-param name="width" select="8"/>
              </xsl:call-template>
              <xsl:call-template name="pad-left">
                <xsl:with-param name="text">
                  <xsl:call-template name="co-change">
                    <xsl:with-param name="yes" select="$yes"/><xsl:with-param name="of" select="$of"/>
                    <xsl:with-param name="yes-then" select="$c/@yes"/><xsl:with-param name="of-then" select="$c/@respondents"/>
                  </xsl:call-template>
                </xsl:with-param>
                <xsl:with-param name="width" select="8"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:call-template name="pad-left">
              <xsl:with-param name="text">
                <xsl:call-template name="fmt-human"><xsl:with-param name="number" select="string($f/@median-score)"/></xsl:call-template>
              </xsl:with-param>
              <xsl:with-param name="width" select="8"/>
            </xsl:call-template>
            <xsl:value-of select="concat('  ', $f/@level0, ' ', $f/@level1, ' ', $f/@level2, ' ', $f/@level3, ' ', $f/@level4)"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The head is not a row of common-text.xsl: its first title
       ("Countries") fills its column of 9 to the last character, and
       that row's name cell would leave one space before it. -->
  <xsl:template name="table-head">
    <xsl:param name="compare" select="false()"/>
    <xsl:value-of select="concat('No.  ', substring(concat($s.co-col-cap, $spaces), 1, $nw))"/>
    <xsl:call-template name="pad-left"><xsl:with-param name="text" select="substring-before(concat($s.co-col-covered, ' '), ' ')"/><xsl:with-param name="width" select="9"/></xsl:call-template>
    <xsl:call-template name="pad-left"><xsl:with-param name="text" select="$s.co-col-in-place"/><xsl:with-param name="width" select="17"/></xsl:call-template>
    <xsl:if test="$compare">
      <xsl:call-template name="pad-left"><xsl:with-param name="text" select="'2021'"/><xsl:with-param name="width" select="8"/></xsl:call-template>
      <xsl:call-template name="pad-left"><xsl:with-param name="text" select="substring-before($s.co-col-change, ' ')"/><xsl:with-param name="width" select="8"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="pad-left"><xsl:with-param name="text" select="substring-before($s.co-col-median, ' ')"/><xsl:with-param name="width" select="8"/></xsl:call-template>
    <xsl:value-of select="concat('  ', $s.co-levels-legend, ' 0-4', $nl)"/>
  </xsl:template>

  <!-- capabilities in MNR order, whatever the file's order -->
  <xsl:variable name="caps" select="$B/item | $B/no-figure"/>

  <!-- == the report == -->

  <xsl:template match="baseline">
    <xsl:call-template name="draft-notice"/>
    <xsl:value-of select="translate($s.co-title, $lower, $upper)"/>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="para"><xsl:with-param name="text" select="$s.co-subtitle"/></xsl:call-template>
    <xsl:call-template name="rule"/>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.co-baseline-id"/>
      <xsl:with-param name="value" select="concat(normalize-space(title), ' (', @id, ', ', $s.version, ' ', @version, ')')"/>
    </xsl:call-template>
    <xsl:call-template name="kv"><xsl:with-param name="key" select="$s.co-countries"/><xsl:with-param name="value" select="cohort/@size"/></xsl:call-template>
    <xsl:call-template name="kv"><xsl:with-param name="key" select="$s.m-collected"/><xsl:with-param name="value" select="document/@data-collected"/></xsl:call-template>
    <xsl:call-template name="kv">
      <xsl:with-param name="key" select="$s.co-by"/>
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="@by"><xsl:call-template name="co-grouping"><xsl:with-param name="by" select="@by"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:value-of select="$s.co-not-grouped"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="kv"><xsl:with-param name="key" select="$s.co-min-group"/><xsl:with-param name="value" select="concat(@min-group, ' ', $s.co-countries-lc)"/></xsl:call-template>
    <xsl:call-template name="kv"><xsl:with-param name="key" select="$s.co-made"/><xsl:with-param name="value" select="document"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="para"><xsl:with-param name="text" select="$s.co-note"/></xsl:call-template>

    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.co-sec-all"/></xsl:call-template>
    <xsl:call-template name="para"><xsl:with-param name="text" select="$s.co-all-intro"/></xsl:call-template>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="table-head"><xsl:with-param name="compare" select="true()"/></xsl:call-template>
    <xsl:for-each select="$caps">
      <xsl:sort select="@number" data-type="number"/>
      <xsl:call-template name="cap-row">
        <xsl:with-param name="cap" select="."/>
        <xsl:with-param name="f" select="levels"/>
        <xsl:with-param name="yes" select="@yes"/>
        <xsl:with-param name="of" select="@respondents"/>
        <xsl:with-param name="compare" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="para"><xsl:with-param name="text" select="$s.co-table-note"/></xsl:call-template>

    <xsl:call-template name="heading"><xsl:with-param name="text"><xsl:call-template name="co-groups-title"/></xsl:with-param></xsl:call-template>
    <xsl:choose>
      <xsl:when test="cohort/group">
        <xsl:call-template name="para"><xsl:with-param name="text" select="$s.co-groups-intro"/></xsl:call-template>
        <xsl:for-each select="cohort/group">
          <xsl:call-template name="group"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="para"><xsl:with-param name="text" select="$s.co-no-groups"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>

    <xsl:call-template name="heading"><xsl:with-param name="text" select="$s.co-sec-method"/></xsl:call-template>
    <xsl:for-each select="exsl:node-set($method)/p">
      <xsl:call-template name="para"><xsl:with-param name="text" select="."/><xsl:with-param name="indent" select="'  '"/><xsl:with-param name="first" select="'- '"/></xsl:call-template>
    </xsl:for-each>
    <xsl:value-of select="concat($nl, $s.co-caveats, $nl)"/>
    <xsl:for-each select="caveat">
      <xsl:call-template name="para"><xsl:with-param name="text" select="."/><xsl:with-param name="indent" select="'  '"/><xsl:with-param name="first" select="'- '"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:variable name="method">
    <p><xsl:value-of select="$s.co-m-latest"/></p>
    <p><xsl:value-of select="$s.co-m-inplace"/></p>
    <p><xsl:value-of select="$s.co-m-median"/></p>
    <p><xsl:value-of select="concat($s.co-m-private, ' ', /baseline/@min-group, ' ', $s.co-m-private-2)"/></p>
    <p><xsl:value-of select="$s.co-m-complement"/></p>
    <p><xsl:value-of select="$s.co-m-one-grouping"/></p>
    <p><xsl:value-of select="$s.co-m-two-cohorts"/></p>
    <p><xsl:value-of select="$s.co-m-id"/></p>
    <p><xsl:value-of select="$s.co-m-change"/></p>
    <p><xsl:value-of select="$s.co-m-compare"/></p>
  </xsl:variable>

  <!-- One group: its name and size, then its row per capability. -->
  <xsl:template name="group">
    <xsl:variable name="id" select="@id"/>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="co-grouping"><xsl:with-param name="by" select="$B/@by"/><xsl:with-param name="capital" select="true()"/></xsl:call-template>
    <xsl:text>: </xsl:text>
    <xsl:call-template name="clean"><xsl:with-param name="text" select="@name"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="@withheld = 'true'">
        <xsl:value-of select="$nl"/>
        <xsl:call-template name="para"><xsl:with-param name="text" select="$s.co-group-withheld"/><xsl:with-param name="indent" select="'  '"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(', ', @size, ' ', $s.co-countries-lc, $nl)"/>
        <xsl:call-template name="table-head"/>
        <xsl:for-each select="$caps">
          <xsl:sort select="@number" data-type="number"/>
          <xsl:call-template name="cap-row">
            <xsl:with-param name="cap" select="."/>
            <xsl:with-param name="f" select="group-figures[@group = $id]"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>

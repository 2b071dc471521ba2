<?xml version="1.0" encoding="UTF-8"?>
<!--
  common-text.xsl - the plain-text layout shared by report-text.xsl,
  compare-text.xsl and cohort-text.xsl (one shared module per output, as
  DocBook XSL does): the width, safe one-line data, wrapped paragraphs,
  "key  value" blocks, headings, rules and table rows whose name cell
  wraps. Words and the wrap/pad templates themselves come from
  common.xsl, which each layout imports before this module.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="nl" select="'&#10;'"/>
  <!-- text width: every line stays within it (and so within 100) -->
  <xsl:variable name="tw" select="98"/>
  <!-- width of the label column in key: value blocks -->
  <xsl:variable name="kw" select="23"/>
  <!-- C1 control characters (allowed in XML 1.0, unsafe in a terminal) -->
  <xsl:variable name="c1" select="'&#128;&#129;&#130;&#131;&#132;&#133;&#134;&#135;&#136;&#137;&#138;&#139;&#140;&#141;&#142;&#143;&#144;&#145;&#146;&#147;&#148;&#149;&#150;&#151;&#152;&#153;&#154;&#155;&#156;&#157;&#158;&#159;'"/>
  <!-- width of the name column of a table row: each layout sets its own
       from its columns (the importing stylesheet's variable wins) -->
  <xsl:variable name="nw" select="40"/>

  <!-- While the translation in use is a draft (set by mnr from the
       catalog), the notice that says so: once, first, then a blank line. -->
  <xsl:template name="draft-notice">
    <xsl:if test="$s.translation-draft = 'yes'">
      <xsl:call-template name="para"><xsl:with-param name="text" select="$s.draft-notice"/></xsl:call-template>
      <xsl:value-of select="$nl"/>
    </xsl:if>
  </xsl:template>

  <!-- Data as one safe line: whitespace normalised, C1 controls dropped. -->
  <xsl:template name="clean">
    <xsl:param name="text"/>
    <xsl:value-of select="normalize-space(translate($text, $c1, ''))"/>
  </xsl:template>

  <!-- A paragraph wrapped to the text width; continuation lines indented.
       In an element of its own, which the text output leaves out: libxslt
       appends text to the text before it, copying all of it once a result
       tree fragment was made in between (as here), so a report of one
       running text would take time in the square of its length. -->
  <xsl:template name="para">
    <xsl:param name="text"/>
    <xsl:param name="indent" select="''"/>
    <xsl:param name="first" select="$indent"/>
    <xsl:variable name="t">
      <xsl:call-template name="clean"><xsl:with-param name="text" select="$text"/></xsl:call-template>
    </xsl:variable>
    <p>
      <xsl:value-of select="$first"/>
      <xsl:call-template name="wrap">
        <xsl:with-param name="text" select="$t"/>
        <xsl:with-param name="width" select="$tw - string-length($indent)"/>
        <xsl:with-param name="sep" select="concat($nl, $indent)"/>
      </xsl:call-template>
      <xsl:value-of select="$nl"/>
    </p>
  </xsl:template>

  <!-- Headings are written in capitals: the letters of the Latin scripts
       mnr's languages use (translate() maps one character to one; a script
       without capitals, Arabic, is left as it is). -->
  <xsl:variable name="lower">abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïñòóôõöøùúûüýœ</xsl:variable>
  <xsl:variable name="upper">ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒ</xsl:variable>

  <!-- "Label               value", value wrapped under itself. -->
  <xsl:template name="kv">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <xsl:call-template name="para">
      <xsl:with-param name="text" select="$value"/>
      <xsl:with-param name="indent" select="substring($spaces, 1, $kw)"/>
      <xsl:with-param name="first">
        <xsl:choose>
          <!-- a label longer than its column (a translation can be) gets a
               line of its own, so it never runs into its value -->
          <xsl:when test="string-length($key) &gt;= $kw">
            <xsl:value-of select="concat($key, $nl, substring($spaces, 1, $kw))"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="pad-right">
              <xsl:with-param name="text" select="$key"/>
              <xsl:with-param name="width" select="$kw"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="heading">
    <xsl:param name="text"/>
    <xsl:value-of select="$nl"/>
    <xsl:value-of select="translate($text, $lower, $upper)"/>
    <xsl:value-of select="$nl"/>
    <xsl:value-of select="translate(substring($spaces, 1, string-length($text)), ' ', '-')"/>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A line of $char (default =) across the text width. -->
  <xsl:template name="rule">
    <xsl:param name="char" select="'='"/>
    <xsl:value-of select="translate(substring($spaces, 1, $tw), ' ', $char)"/>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A table row whose name cell may wrap: the first line carries the
       other cells (before = cells left of the name, after = cells right
       of it); further lines hold the rest of the name, indented. -->
  <xsl:template name="row">
    <xsl:param name="before"/>
    <xsl:param name="name"/>
    <xsl:param name="after"/>
    <xsl:variable name="lines">
      <xsl:call-template name="wrap">
        <xsl:with-param name="text">
          <xsl:call-template name="clean"><xsl:with-param name="text" select="$name"/></xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="width" select="$nw"/>
        <xsl:with-param name="sep" select="concat($nl, substring($spaces, 1, string-length($before)))"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="first">
      <xsl:choose>
        <xsl:when test="contains($lines, $nl)"><xsl:value-of select="substring-before($lines, $nl)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$lines"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="$before"/>
    <xsl:call-template name="pad-right">
      <xsl:with-param name="text" select="$first"/>
      <xsl:with-param name="width" select="$nw + 1"/>
    </xsl:call-template>
    <xsl:value-of select="$after"/>
    <xsl:value-of select="$nl"/>
    <xsl:if test="contains($lines, $nl)">
      <xsl:value-of select="substring-after($lines, $nl)"/>
      <xsl:value-of select="$nl"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- A user's own layout, as a ministry might write one: it imports a module
     from its own directory and keeps a lookup table in itself, read with
     document(''). Both are allowed; see ../bad/stylesheet/ for what is not. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:my="urn:example:my-layout" exclude-result-prefixes="my">
  <xsl:import href="summary-labels.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <my:words>
    <my:word key="overall">Overall maturity index</my:word>
  </my:words>

  <xsl:template match="/">
    <xsl:value-of select="$heading"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:value-of select="document('')//my:word[@key = 'overall']"/>
    <xsl:text>: </xsl:text>
    <xsl:value-of select="/results/summary/@overall-index"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>

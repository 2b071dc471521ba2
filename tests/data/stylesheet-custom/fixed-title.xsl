<?xml version="1.0" encoding="UTF-8"?>
<!-- A user's layout whose imported module keeps its title in a variable,
     not a parameter: mnr report must not pass a title into it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="fixed-title-module.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="paper" select="'a4'"/>
  <xsl:template match="/">
    <xsl:value-of select="concat($title, ' (', $paper, ')&#10;')"/>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- A named template that calls itself with no way to stop. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <p><xsl:call-template name="again"/></p>
  </xsl:template>
  <xsl:template name="again">
    <xsl:text>.</xsl:text>
    <xsl:call-template name="again"/>
  </xsl:template>
</xsl:stylesheet>

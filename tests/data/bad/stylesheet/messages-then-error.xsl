<?xml version="1.0" encoding="UTF-8"?>
<!-- Prints progress with xsl:message, then uses a variable it never
     declared: the message must give that error, not the progress text. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <xsl:for-each select="//capability"><xsl:message>laying out <xsl:value-of select="@id"/></xsl:message></xsl:for-each>
    <p><xsl:value-of select="$undeclared"/></p>
  </xsl:template>
</xsl:stylesheet>

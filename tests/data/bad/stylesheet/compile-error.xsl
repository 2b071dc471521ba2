<?xml version="1.0" encoding="UTF-8"?>
<!-- Well-formed, but an XPath expression in it cannot be compiled. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <p><xsl:value-of select="count(//capability) +* )"/></p>
  </xsl:template>
</xsl:stylesheet>

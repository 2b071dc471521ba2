<?xml version="1.0" encoding="UTF-8"?>
<!-- document() of URLs with no path at all: libxslt hands the read check
     a null path for these (mnr once crashed on it). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <p><xsl:value-of select="document('file://localhost')"/></p>
    <p><xsl:value-of select="document('file:')"/></p>
  </xsl:template>
</xsl:stylesheet>

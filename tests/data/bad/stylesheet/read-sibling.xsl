<?xml version="1.0" encoding="UTF-8"?>
<!-- Tries to read a well-formed XML file in its own directory: the
     directory a stylesheet may import modules from is still not a place
     document() may read. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <p><xsl:value-of select="document('secret.xml')"/></p>
  </xsl:template>
</xsl:stylesheet>

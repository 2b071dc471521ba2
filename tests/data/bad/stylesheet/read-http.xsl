<?xml version="1.0" encoding="UTF-8"?>
<!-- Tries to fetch a document over the network (port 9, discard: nothing
     answers there, and mnr must not even try). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <p><xsl:copy-of select="document('http://127.0.0.1:9/data.xml')"/></p>
  </xsl:template>
</xsl:stylesheet>

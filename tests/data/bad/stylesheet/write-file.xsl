<?xml version="1.0" encoding="UTF-8"?>
<!-- Tries to write a second file with EXSLT's exsl:document. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:template match="/">
    <exsl:document href="/tmp/mnr-stylesheet-write-test.txt" method="text">written</exsl:document>
    <p>report</p>
  </xsl:template>
</xsl:stylesheet>

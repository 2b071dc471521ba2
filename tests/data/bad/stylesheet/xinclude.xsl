<?xml version="1.0" encoding="UTF-8"?>
<!-- Pulls a local file in through XInclude. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xi="http://www.w3.org/2001/XInclude">
  <xsl:template match="/"><p><xi:include href="secret.xml"/></p></xsl:template>
</xsl:stylesheet>

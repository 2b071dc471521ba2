<?xml version="1.0" encoding="UTF-8"?>
<!-- Imports a module that exists but is not well-formed XML: the message
     must point into the module, not say it is missing. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="broken-module.xsl"/>
  <xsl:template match="/"><p>report</p></xsl:template>
</xsl:stylesheet>

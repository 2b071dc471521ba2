<?xml version="1.0" encoding="UTF-8"?>
<!-- Imports a module that is not there. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="no-such-module.xsl"/>
  <xsl:template match="/"><p>report</p></xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- Imports a file from outside its own directory and mnr's. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="file:///etc/passwd"/>
  <xsl:template match="/"><p>report</p></xsl:template>
</xsl:stylesheet>

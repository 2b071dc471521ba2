<?xml version="1.0" encoding="UTF-8"?>
<!-- Imported by fixed-title.xsl. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:variable name="title">Fixed title</xsl:variable>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The module summary.xsl imports from its own directory. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:variable name="heading">Ministry summary (custom layout)</xsl:variable>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- A module with an element left open (used by import-broken.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="unused"><p>never closed</xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xsl:stylesheet [ <!ENTITY leak SYSTEM "secret.xml"> ]>
<!-- Pulls a local file in through an external entity. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><p>&leak;</p></xsl:template>
</xsl:stylesheet>

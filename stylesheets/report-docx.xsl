<?xml version="1.0" encoding="UTF-8"?>
<!--
  report-docx.xsl - the report as an editable Word document (DOCX): the HTML layout
  (report-html.xsl, which imports common.xsl and so words.xsl) made in a
  variable, then turned into the parts of the package by office-docx.xsl.
  The output is <parts><part name="...">...</part>...</parts>, which mnr
  packs into the zip (src/core/report_office.c).

    mnr report ... -o out.docx
    xsltproc report-docx.xsl INPUT.xml    (the parts, unpacked)
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="report-html.xsl"/>
  <xsl:import href="office-docx.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/">
    <xsl:call-template name="docx-parts">
      <xsl:with-param name="html"><xsl:apply-imports/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>

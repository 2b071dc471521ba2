<?xml version="1.0" encoding="UTF-8"?>
<!--
  office-odt.xsl - the HTML of a report layout turned into an OpenDocument
  text (ODT): imported by report-odt.xsl, compare-odt.xsl and
  cohort-odt.xsl, which make their HTML report in a variable and give it to
  the template "odt-parts". Same mapping as office-docx.xsl:
    h1 of the cover   Title;   h2, h3, h4   text:h of outline level 1, 2, 3
                      in the styles Heading 1, 2, 3
    nav (contents)    a table of contents (text:table-of-content)
    table             a table; thead rows are table:table-header-rows,
                      repeated on each page
    svg               a drawing (draw:g of draw:rect, draw:ellipse, and text
                      in frameless rectangles), its title as svg:title and
                      svg:desc
    running head      the HTML's title in the master page's header; "Page N
                      of M" as text:page-number and text:page-count fields
  The title and language go into meta.xml and the default style. The
  output is <parts><part name="content.xml">...</part>...</parts>; mnr
  adds the "mimetype" entry first, stored (src/core/report_office.c).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="office-common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- the page and its text width, in cm -->
  <xsl:variable name="od-page-w"><xsl:choose><xsl:when test="$paper-letter">21.59</xsl:when><xsl:otherwise>21.0</xsl:otherwise></xsl:choose></xsl:variable>
  <xsl:variable name="od-page-h"><xsl:choose><xsl:when test="$paper-letter">27.94</xsl:when><xsl:otherwise>29.7</xsl:otherwise></xsl:choose></xsl:variable>
  <xsl:variable name="od-text-w" select="$od-page-w - 4"/>

  <!-- ================================================================
       The parts
       ================================================================ -->

  <xsl:template name="odt-parts">
    <xsl:param name="html"/>
    <xsl:variable name="h" select="exsl:node-set($html)/html"/>
    <xsl:variable name="lang"><xsl:call-template name="office-lang"><xsl:with-param name="html" select="$h"/></xsl:call-template></xsl:variable>
    <xsl:variable name="doc-title" select="normalize-space($h/head/title)"/>
    <parts>
      <part name="META-INF/manifest.xml">
        <manifest:manifest manifest:version="1.3">
          <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
          <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
          <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
          <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
      </part>
      <part name="meta.xml">
        <office:document-meta office:version="1.3">
          <office:meta>
            <meta:generator><xsl:value-of select="$h/head/meta[@name = 'generator']/@content"/></meta:generator>
            <dc:title><xsl:value-of select="$doc-title"/></dc:title>
            <dc:language><xsl:value-of select="$lang"/></dc:language>
          </office:meta>
        </office:document-meta>
      </part>
      <part name="styles.xml"><xsl:call-template name="odt-styles"><xsl:with-param name="lang" select="$lang"/><xsl:with-param name="doc-title" select="$doc-title"/></xsl:call-template></part>
      <part name="content.xml">
        <office:document-content office:version="1.3">
          <office:automatic-styles>
            <xsl:call-template name="od-auto-styles"><xsl:with-param name="h" select="$h"/></xsl:call-template>
          </office:automatic-styles>
          <office:body>
            <office:text>
              <xsl:apply-templates select="$h/body/node()" mode="od-block"/>
            </office:text>
          </office:body>
        </office:document-content>
      </part>
    </parts>
  </xsl:template>

  <!-- ================================================================
       styles.xml: LibreOffice's own style names ("Heading 1" is
       Heading_20_1), so that a reference document's take their place
       ================================================================ -->

  <xsl:template name="od-style">
    <xsl:param name="name"/>
    <xsl:param name="display"/>
    <xsl:param name="level" select="''"/>
    <xsl:param name="size" select="''"/>
    <xsl:param name="colour" select="''"/>
    <xsl:param name="bold" select="false()"/>
    <xsl:param name="before" select="'0cm'"/>
    <xsl:param name="after" select="'0.14cm'"/>
    <style:style style:name="{$name}" style:display-name="{$display}" style:family="paragraph" style:parent-style-name="Standard">
      <xsl:if test="$level != ''"><xsl:attribute name="style:default-outline-level"><xsl:value-of select="$level"/></xsl:attribute></xsl:if>
      <style:paragraph-properties fo:margin-top="{$before}" fo:margin-bottom="{$after}">
        <xsl:if test="$level != ''"><xsl:attribute name="fo:keep-with-next">always</xsl:attribute></xsl:if>
      </style:paragraph-properties>
      <style:text-properties>
        <xsl:if test="$size != ''"><xsl:attribute name="fo:font-size"><xsl:value-of select="$size"/></xsl:attribute></xsl:if>
        <xsl:if test="$colour != ''"><xsl:attribute name="fo:color"><xsl:value-of select="$colour"/></xsl:attribute></xsl:if>
        <xsl:if test="$bold"><xsl:attribute name="fo:font-weight">bold</xsl:attribute></xsl:if>
        <xsl:call-template name="od-complex"><xsl:with-param name="size" select="$size"/><xsl:with-param name="bold" select="$bold"/></xsl:call-template>
      </style:text-properties>
    </style:style>
  </xsl:template>

  <xsl:template name="odt-styles">
    <xsl:param name="lang"/>
    <xsl:param name="doc-title"/>
    <xsl:variable name="language" select="substring-before(concat($lang, '-'), '-')"/>
    <xsl:variable name="country" select="substring-after($lang, '-')"/>
    <office:document-styles office:version="1.3">
      <office:font-face-decls>
        <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
        <xsl:if test="$rtl"><style:font-face style:name="{$oc-font-arabic}" svg:font-family="'{$oc-font-arabic}'" style:font-family-generic="swiss"/></xsl:if>
      </office:font-face-decls>
      <office:styles>
        <style:default-style style:family="paragraph">
          <!-- right to left: every paragraph from the right, aligned on
               the right; Arabic, a complex script, in the complex-script
               font and language -->
          <xsl:if test="$rtl"><style:paragraph-properties style:writing-mode="rl-tb" fo:text-align="right"/></xsl:if>
          <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:language="{$language}">
            <xsl:if test="$country != ''"><xsl:attribute name="fo:country"><xsl:value-of select="$country"/></xsl:attribute></xsl:if>
            <xsl:if test="$rtl">
              <xsl:attribute name="style:font-name-complex"><xsl:value-of select="$oc-font-arabic"/></xsl:attribute>
              <xsl:attribute name="style:font-size-complex">9.5pt</xsl:attribute>
              <xsl:attribute name="style:language-complex"><xsl:value-of select="$language"/></xsl:attribute>
              <xsl:if test="$country != ''"><xsl:attribute name="style:country-complex"><xsl:value-of select="$country"/></xsl:attribute></xsl:if>
            </xsl:if>
          </style:text-properties>
        </style:default-style>
        <style:style style:name="Standard" style:family="paragraph" style:class="text">
          <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.14cm" fo:line-height="115%">
            <!-- (every style is based on this one) -->
            <xsl:call-template name="od-rl-tb"/>
            <xsl:if test="$rtl"><xsl:attribute name="fo:text-align">right</xsl:attribute></xsl:if>
          </style:paragraph-properties>
        </style:style>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Title'"/><xsl:with-param name="display" select="'Title'"/><xsl:with-param name="size" select="'24pt'"/><xsl:with-param name="colour" select="'#16365c'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="after" select="'0.35cm'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Subtitle'"/><xsl:with-param name="display" select="'Subtitle'"/><xsl:with-param name="size" select="'14pt'"/><xsl:with-param name="colour" select="'#52606d'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Heading_20_1'"/><xsl:with-param name="display" select="'Heading 1'"/><xsl:with-param name="level" select="1"/><xsl:with-param name="size" select="'17pt'"/><xsl:with-param name="colour" select="'#16365c'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="'0.6cm'"/><xsl:with-param name="after" select="'0.3cm'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Heading_20_2'"/><xsl:with-param name="display" select="'Heading 2'"/><xsl:with-param name="level" select="2"/><xsl:with-param name="size" select="'12.5pt'"/><xsl:with-param name="colour" select="'#16365c'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="'0.45cm'"/><xsl:with-param name="after" select="'0.18cm'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Heading_20_3'"/><xsl:with-param name="display" select="'Heading 3'"/><xsl:with-param name="level" select="3"/><xsl:with-param name="size" select="'10pt'"/><xsl:with-param name="colour" select="'#1f2933'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="'0.3cm'"/><xsl:with-param name="after" select="'0.1cm'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Contents_20_Heading'"/><xsl:with-param name="display" select="'Contents Heading'"/><xsl:with-param name="size" select="'14pt'"/><xsl:with-param name="colour" select="'#16365c'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="'0.4cm'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Contents_20_1'"/><xsl:with-param name="display" select="'Contents 1'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Caption'"/><xsl:with-param name="display" select="'Caption'"/><xsl:with-param name="colour" select="'#16365c'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="'0.2cm'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Note'"/><xsl:with-param name="display" select="'Note'"/><xsl:with-param name="size" select="'8pt'"/><xsl:with-param name="colour" select="'#52606d'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'List_20_Paragraph'"/><xsl:with-param name="display" select="'List Paragraph'"/><xsl:with-param name="after" select="'0.07cm'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Table_20_Contents'"/><xsl:with-param name="display" select="'Table Contents'"/><xsl:with-param name="after" select="'0cm'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Header'"/><xsl:with-param name="display" select="'Header'"/><xsl:with-param name="size" select="'7.5pt'"/><xsl:with-param name="colour" select="'#52606d'"/></xsl:call-template>
        <xsl:call-template name="od-style"><xsl:with-param name="name" select="'Footer'"/><xsl:with-param name="display" select="'Footer'"/><xsl:with-param name="size" select="'7.5pt'"/><xsl:with-param name="colour" select="'#52606d'"/></xsl:call-template>
      </office:styles>
      <office:automatic-styles>
        <style:page-layout style:name="pm1">
          <style:page-layout-properties fo:page-width="{$od-page-w}cm" fo:page-height="{$od-page-h}cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm">
            <xsl:if test="$rtl"><xsl:attribute name="style:writing-mode">rl-tb</xsl:attribute></xsl:if>
          </style:page-layout-properties>
          <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
          <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
        </style:page-layout>
        <style:style style:name="MP-centre" style:family="paragraph" style:parent-style-name="Footer">
          <style:paragraph-properties fo:text-align="center"/>
        </style:style>
      </office:automatic-styles>
      <office:master-styles>
        <style:master-page style:name="Standard" style:page-layout-name="pm1">
          <style:header><text:p text:style-name="Header"><xsl:value-of select="$doc-title"/></text:p></style:header>
          <style:footer>
            <text:p text:style-name="MP-centre"><xsl:value-of select="concat($s.page, ' ')"/><text:page-number text:select-page="current">1</text:page-number><xsl:value-of select="concat(' ', $s.page-of, ' ')"/><text:page-count>1</text:page-count></text:p>
          </style:footer>
        </style:master-page>
      </office:master-styles>
    </office:document-styles>
  </xsl:template>

  <!-- ================================================================
       content.xml's automatic styles: text formatting, tables' columns,
       and one graphic style per shape of the drawings
       ================================================================ -->

  <xsl:template name="od-auto-styles">
    <xsl:param name="h"/>
    <!-- Right to left, "start" and "end" as left and right: LibreOffice
         reads them so, whatever the writing mode (ODF's "left" and
         "right" mean the same to everyone) -->
    <style:style style:name="P-right" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="end"><xsl:if test="$rtl"><xsl:attribute name="fo:text-align">left</xsl:attribute></xsl:if></style:paragraph-properties></style:style>
    <style:style style:name="P-cell" style:family="paragraph" style:parent-style-name="Table_20_Contents"/>
    <style:style style:name="P-dt" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"><xsl:call-template name="od-complex"><xsl:with-param name="bold" select="true()"/></xsl:call-template></style:text-properties></style:style>
    <style:style style:name="P-list" style:family="paragraph" style:parent-style-name="List_20_Paragraph"><style:paragraph-properties fo:margin-left="0.64cm" fo:text-indent="-0.42cm"/></style:style>
    <style:style style:name="P-left" style:family="paragraph"><style:paragraph-properties fo:text-align="start"><xsl:if test="$rtl"><xsl:attribute name="fo:text-align">right</xsl:attribute></xsl:if><xsl:call-template name="od-rl-tb"/></style:paragraph-properties></style:style>
    <style:style style:name="P-center" style:family="paragraph"><style:paragraph-properties fo:text-align="center"><xsl:call-template name="od-rl-tb"/></style:paragraph-properties></style:style>
    <!-- b(old), i(talic), m(uted), s(mall): every combination -->
    <xsl:for-each select="(exsl:node-set($od-flags)/f)">
      <style:style style:name="{concat('T', .)}" style:family="text">
        <style:text-properties>
          <xsl:if test="contains(., 'b')"><xsl:attribute name="fo:font-weight">bold</xsl:attribute></xsl:if>
          <xsl:if test="contains(., 'i')"><xsl:attribute name="fo:font-style">italic</xsl:attribute></xsl:if>
          <xsl:if test="contains(., 'm')"><xsl:attribute name="fo:color">#52606d</xsl:attribute></xsl:if>
          <xsl:if test="contains(., 's')"><xsl:attribute name="fo:font-size">8pt</xsl:attribute></xsl:if>
          <xsl:call-template name="od-complex">
            <xsl:with-param name="bold" select="contains(., 'b')"/><xsl:with-param name="italic" select="contains(., 'i')"/>
            <xsl:with-param name="size"><xsl:if test="contains(., 's')">8pt</xsl:if></xsl:with-param>
          </xsl:call-template>
        </style:text-properties>
      </style:style>
    </xsl:for-each>
    <style:style style:name="C-head" style:family="table-cell"><style:table-cell-properties fo:background-color="#e4eaf1" fo:padding="0.06cm" fo:border="0.5pt solid #c8d0d8"/></style:style>
    <style:style style:name="C-body" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #c8d0d8"/></style:style>
    <style:style style:name="G-chart" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>
    <xsl:for-each select="$h//table">
      <xsl:variable name="n" select="position()"/>
      <style:style style:name="{concat('Tab', $n)}" style:family="table">
        <style:table-properties style:width="{$od-text-w}cm" table:align="margins" fo:margin-bottom="0.2cm">
          <!-- right to left, the first column on the right -->
          <xsl:if test="$rtl"><xsl:attribute name="style:writing-mode">rl-tb</xsl:attribute></xsl:if>
        </style:table-properties>
      </style:style>
      <xsl:variable name="weights">
        <xsl:call-template name="oc-weights"><xsl:with-param name="row" select="(thead/tr | tbody/tr | tr)[1]"/></xsl:call-template>
      </xsl:variable>
      <xsl:variable name="total" select="sum(exsl:node-set($weights)/w)"/>
      <xsl:for-each select="exsl:node-set($weights)/w">
        <style:style style:name="{concat('Tab', $n, 'c', position())}" style:family="table-column">
          <style:table-column-properties style:column-width="{format-number($od-text-w * . div $total, '0.000')}cm" style:rel-width="{round(. * 100)}*"/>
        </style:style>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="$h//svg">
      <xsl:variable name="n" select="position()"/>
      <xsl:variable name="box"><xsl:call-template name="oc-viewbox"/></xsl:variable>
      <xsl:variable name="k" select="$od-text-w div exsl:node-set($box)/box/@w"/>
      <xsl:for-each select=".//rect | .//line | .//circle | .//text[not(tspan[@x])] | .//tspan[@x]">
        <xsl:apply-templates select="." mode="od-shape-style">
          <xsl:with-param name="name" select="concat('g', $n, '-', position())"/>
          <xsl:with-param name="k" select="$k"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:variable name="od-flags-tree">
    <f>b</f><f>i</f><f>m</f><f>s</f><f>bi</f><f>bm</f><f>bs</f><f>im</f><f>is</f><f>ms</f>
    <f>bim</f><f>bis</f><f>bms</f><f>ims</f><f>bims</f>
  </xsl:variable>
  <xsl:variable name="od-flags" select="$od-flags-tree"/>

  <xsl:template match="rect | circle | line" mode="od-shape-style">
    <xsl:param name="name"/><xsl:param name="k"/>
    <xsl:variable name="fill" select="self::line[@x1 = @x2 or @y1 = @y2]/@stroke | self::rect/@fill | self::circle/@fill"/>
    <style:style style:name="{$name}" style:family="graphic">
      <style:graphic-properties>
        <xsl:choose>
          <xsl:when test="starts-with($fill, '#')">
            <xsl:attribute name="draw:fill">solid</xsl:attribute>
            <xsl:attribute name="draw:fill-color"><xsl:value-of select="$fill"/></xsl:attribute>
          </xsl:when>
          <xsl:otherwise><xsl:attribute name="draw:fill">none</xsl:attribute></xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="starts-with(@stroke, '#') and not(self::line and (@x1 = @x2 or @y1 = @y2))">
            <xsl:attribute name="draw:stroke">solid</xsl:attribute>
            <xsl:attribute name="svg:stroke-color"><xsl:value-of select="@stroke"/></xsl:attribute>
            <xsl:attribute name="svg:stroke-width"><xsl:value-of select="concat(format-number((number(concat('0', @stroke-width)) + not(@stroke-width)) * $k, '0.000'), 'cm')"/></xsl:attribute>
          </xsl:when>
          <xsl:otherwise><xsl:attribute name="draw:stroke">none</xsl:attribute></xsl:otherwise>
        </xsl:choose>
      </style:graphic-properties>
    </style:style>
  </xsl:template>

  <xsl:template match="text | tspan" mode="od-shape-style">
    <xsl:param name="name"/><xsl:param name="k"/>
    <xsl:variable name="t"><xsl:call-template name="oc-text-box"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($t)/box"/>
    <style:style style:name="{$name}" style:family="graphic">
      <style:graphic-properties draw:fill="none" draw:stroke="none" fo:padding="0cm" draw:auto-grow-height="false" draw:auto-grow-width="false" draw:textarea-vertical-align="bottom" fo:wrap-option="no-wrap"/>
      <style:paragraph-properties fo:text-align="{$b/@align}">
        <!-- right to left, the box's "left" is the start of its text, on
             the right (office-common.xsl) -->
        <xsl:if test="$rtl">
          <xsl:attribute name="style:writing-mode">rl-tb</xsl:attribute>
          <xsl:attribute name="fo:text-align"><xsl:choose><xsl:when test="$b/@align = 'left'">right</xsl:when><xsl:when test="$b/@align = 'right'">left</xsl:when><xsl:otherwise>center</xsl:otherwise></xsl:choose></xsl:attribute>
        </xsl:if>
      </style:paragraph-properties>
      <style:text-properties fo:font-size="{format-number($b/@size * $k * 28.3465, '0.0')}pt" fo:color="{concat('#', $b/@colour)}">
        <xsl:if test="$b/@bold = 'true'"><xsl:attribute name="fo:font-weight">bold</xsl:attribute></xsl:if>
        <xsl:if test="$b/@italic = 'true'"><xsl:attribute name="fo:font-style">italic</xsl:attribute></xsl:if>
        <xsl:call-template name="od-complex">
          <xsl:with-param name="size" select="concat(format-number($b/@size * $k * 28.3465, '0.0'), 'pt')"/>
          <xsl:with-param name="bold" select="$b/@bold = 'true'"/><xsl:with-param name="italic" select="$b/@italic = 'true'"/>
        </xsl:call-template>
      </style:text-properties>
    </style:style>
  </xsl:template>

  <!-- Right to left: a paragraph's writing mode, from the right -->
  <xsl:template name="od-rl-tb">
    <xsl:if test="$rtl"><xsl:attribute name="style:writing-mode">rl-tb</xsl:attribute></xsl:if>
  </xsl:template>

  <!-- Right to left, the complex-script (Arabic) twins of a text style's
       size, weight and slant: LibreOffice sets Arabic in these. -->
  <xsl:template name="od-complex">
    <xsl:param name="size" select="''"/>
    <xsl:param name="bold" select="false()"/>
    <xsl:param name="italic" select="false()"/>
    <xsl:if test="$rtl">
      <xsl:if test="$size != ''"><xsl:attribute name="style:font-size-complex"><xsl:value-of select="$size"/></xsl:attribute></xsl:if>
      <xsl:if test="$bold"><xsl:attribute name="style:font-weight-complex">bold</xsl:attribute></xsl:if>
      <xsl:if test="$italic"><xsl:attribute name="style:font-style-complex">italic</xsl:attribute></xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================
       Blocks
       ================================================================ -->

  <xsl:template match="*" mode="od-block">
    <xsl:call-template name="od-blocks"/>
  </xsl:template>
  <xsl:template match="head | style | script" mode="od-block"/>

  <xsl:template name="od-blocks">
    <xsl:param name="style" select="''"/>
    <xsl:choose>
      <xsl:when test="not(*[contains($oc-blocks, concat('|', local-name(), '|'))])">
        <xsl:if test="normalize-space(.) != ''">
          <xsl:call-template name="od-para"><xsl:with-param name="style" select="$style"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="node()">
          <xsl:choose>
            <xsl:when test="self::* and contains($oc-blocks, concat('|', local-name(), '|'))">
              <xsl:apply-templates select="." mode="od-block"/>
            </xsl:when>
            <xsl:when test="not(preceding-sibling::node()[1]) or preceding-sibling::node()[1][self::* and contains($oc-blocks, concat('|', local-name(), '|'))]">
              <xsl:variable name="k" select="count(preceding-sibling::*[contains($oc-blocks, concat('|', local-name(), '|'))])"/>
              <xsl:variable name="run" select=". | following-sibling::node()[not(self::*[contains($oc-blocks, concat('|', local-name(), '|'))])][count(preceding-sibling::*[contains($oc-blocks, concat('|', local-name(), '|'))]) = $k]"/>
              <xsl:if test="$run[normalize-space(.) != '' or self::br]">
                <text:p>
                  <xsl:call-template name="od-pstyle"><xsl:with-param name="style" select="$style"/></xsl:call-template>
                  <xsl:apply-templates select="$run" mode="od-inline"/>
                </text:p>
              </xsl:if>
            </xsl:when>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="od-pstyle">
    <xsl:param name="style" select="''"/>
    <xsl:variable name="cell" select="ancestor-or-self::*[self::td or self::th][1]"/>
    <xsl:attribute name="text:style-name">
      <xsl:choose>
        <xsl:when test="$style != ''"><xsl:value-of select="$style"/></xsl:when>
        <xsl:when test="$cell and contains(concat(' ', $cell/@class, ' '), ' num ')">P-right</xsl:when>
        <xsl:when test="$cell">P-cell</xsl:when>
        <xsl:otherwise>
          <xsl:variable name="s"><xsl:call-template name="oc-style-of"/></xsl:variable>
          <xsl:choose>
            <xsl:when test="$s != ''"><xsl:value-of select="$s"/></xsl:when>
            <xsl:otherwise>Standard</xsl:otherwise>
          </xsl:choose>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:attribute>
  </xsl:template>

  <xsl:template name="od-para">
    <xsl:param name="style" select="''"/>
    <xsl:param name="prefix" select="''"/>
    <text:p>
      <xsl:call-template name="od-pstyle"><xsl:with-param name="style" select="$style"/></xsl:call-template>
      <xsl:value-of select="$prefix"/>
      <xsl:apply-templates select="node()" mode="od-inline"/>
    </text:p>
  </xsl:template>

  <xsl:template name="od-heading">
    <xsl:param name="level"/>
    <text:h text:style-name="{concat('Heading_20_', $level)}" text:outline-level="{$level}">
      <xsl:apply-templates select="node()" mode="od-inline"/>
    </text:h>
  </xsl:template>

  <xsl:template match="h1" mode="od-block">
    <xsl:call-template name="od-para"><xsl:with-param name="style" select="'Title'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="h2" mode="od-block"><xsl:call-template name="od-heading"><xsl:with-param name="level" select="1"/></xsl:call-template></xsl:template>
  <xsl:template match="h3" mode="od-block"><xsl:call-template name="od-heading"><xsl:with-param name="level" select="2"/></xsl:call-template></xsl:template>
  <xsl:template match="h4 | h5 | h6" mode="od-block"><xsl:call-template name="od-heading"><xsl:with-param name="level" select="3"/></xsl:call-template></xsl:template>
  <xsl:template match="figcaption" mode="od-block">
    <xsl:call-template name="od-para"><xsl:with-param name="style" select="'Caption'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="dt" mode="od-block">
    <xsl:call-template name="od-para"><xsl:with-param name="style" select="'P-dt'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="li" mode="od-block">
    <xsl:variable name="mark">
      <xsl:choose>
        <xsl:when test="parent::ol"><xsl:value-of select="concat(count(preceding-sibling::li) + 1, '. ')"/></xsl:when>
        <xsl:otherwise>&#8226; </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="*[contains($oc-blocks, concat('|', local-name(), '|'))]">
        <text:p text:style-name="P-list"><xsl:value-of select="$mark"/></text:p>
        <xsl:call-template name="od-blocks"><xsl:with-param name="style" select="'P-list'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="od-para"><xsl:with-param name="style" select="'P-list'"/><xsl:with-param name="prefix" select="$mark"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the contents list: a table of contents of the first two levels -->
  <xsl:template match="nav" mode="od-block">
    <xsl:variable name="title" select="normalize-space(h2)"/>
    <text:table-of-content text:name="Contents">
      <text:table-of-content-source text:outline-level="2">
        <text:index-title-template text:style-name="Contents_20_Heading"><xsl:value-of select="$title"/></text:index-title-template>
        <text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1">
          <text:index-entry-chapter/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>
        </text:table-of-content-entry-template>
      </text:table-of-content-source>
      <text:index-body>
        <text:index-title text:name="Contents_Head">
          <text:p text:style-name="Contents_20_Heading"><xsl:value-of select="$title"/></text:p>
        </text:index-title>
        <xsl:for-each select=".//li">
          <text:p text:style-name="Contents_20_1"><xsl:value-of select="concat(position(), '. ', normalize-space(.))"/></text:p>
        </xsl:for-each>
      </text:index-body>
    </text:table-of-content>
  </xsl:template>

  <!-- ================================================================
       Tables
       ================================================================ -->

  <xsl:template match="table" mode="od-block">
    <xsl:variable name="n" select="count(preceding::table) + count(ancestor::table) + 1"/>
    <xsl:variable name="weights">
      <xsl:call-template name="oc-weights"><xsl:with-param name="row" select="(thead/tr | tbody/tr | tr)[1]"/></xsl:call-template>
    </xsl:variable>
    <table:table table:name="{concat('Table', $n)}" table:style-name="{concat('Tab', $n)}">
      <xsl:for-each select="exsl:node-set($weights)/w">
        <table:table-column table:style-name="{concat('Tab', $n, 'c', position())}"/>
      </xsl:for-each>
      <xsl:if test="thead/tr">
        <table:table-header-rows>
          <xsl:apply-templates select="thead/tr" mode="od-row"/>
        </table:table-header-rows>
      </xsl:if>
      <xsl:apply-templates select="tbody/tr | tr | tfoot/tr" mode="od-row"/>
    </table:table>
  </xsl:template>

  <xsl:template match="tr" mode="od-row">
    <table:table-row>
      <xsl:for-each select="th | td">
        <table:table-cell office:value-type="string">
          <xsl:attribute name="table:style-name">
            <xsl:choose><xsl:when test="self::th or ancestor::thead">C-head</xsl:when><xsl:otherwise>C-body</xsl:otherwise></xsl:choose>
          </xsl:attribute>
          <xsl:if test="@colspan &gt; 1"><xsl:attribute name="table:number-columns-spanned"><xsl:value-of select="@colspan"/></xsl:attribute></xsl:if>
          <xsl:variable name="out"><xsl:call-template name="od-blocks"/></xsl:variable>
          <xsl:copy-of select="$out"/>
          <xsl:if test="not(exsl:node-set($out)/*)"><text:p text:style-name="P-cell"/></xsl:if>
        </table:table-cell>
        <xsl:if test="@colspan &gt; 1">
          <xsl:call-template name="od-covered"><xsl:with-param name="n" select="@colspan - 1"/></xsl:call-template>
        </xsl:if>
      </xsl:for-each>
    </table:table-row>
  </xsl:template>

  <xsl:template name="od-covered">
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0">
      <table:covered-table-cell/>
      <xsl:call-template name="od-covered"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================
       Inline
       ================================================================ -->

  <xsl:template match="text()" mode="od-inline">
    <xsl:variable name="pre" select="ancestor::*[contains(concat(' ', @class, ' '), ' pre ')]"/>
    <xsl:variable name="t">
      <xsl:choose>
        <xsl:when test="$pre"><xsl:value-of select="translate(., '&#9;&#13;', '  ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="translate(., '&#9;&#10;&#13;', '   ')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="flags">
      <xsl:if test="ancestor::b | ancestor::strong | ancestor::th">b</xsl:if>
      <xsl:if test="ancestor::i | ancestor::em">i</xsl:if>
      <xsl:if test="ancestor::*[contains(concat(' ', @class, ' '), ' muted ')]">m</xsl:if>
      <xsl:if test="ancestor::*[contains(concat(' ', @class, ' '), ' small ')]">s</xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$flags != ''">
        <text:span text:style-name="{concat('T', $flags)}"><xsl:call-template name="od-lines"><xsl:with-param name="text" select="$t"/></xsl:call-template></text:span>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="od-lines"><xsl:with-param name="text" select="$t"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- spaces kept as typed (text:s), line breaks of a "pre" text as
       text:line-break -->
  <xsl:template name="od-lines">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '&#10;')">
        <xsl:call-template name="od-spaces"><xsl:with-param name="text" select="substring-before($text, '&#10;')"/></xsl:call-template>
        <text:line-break/>
        <xsl:call-template name="od-lines"><xsl:with-param name="text" select="substring-after($text, '&#10;')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="od-spaces"><xsl:with-param name="text" select="$text"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ODF collapses runs of spaces and drops a leading one: each space
       after another (or first) is written as text:s -->
  <xsl:template name="od-spaces">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '  ')">
        <xsl:value-of select="concat(substring-before($text, '  '), ' ')"/>
        <text:s/>
        <xsl:call-template name="od-spaces"><xsl:with-param name="text" select="substring-after($text, '  ')"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="starts-with($text, ' ')"><text:s/><xsl:value-of select="substring($text, 2)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="br" mode="od-inline"><text:line-break/></xsl:template>
  <xsl:template match="*" mode="od-inline"><xsl:apply-templates mode="od-inline"/></xsl:template>
  <xsl:template match="span[contains(concat(' ', @class, ' '), ' secno ')]" mode="od-inline">
    <xsl:apply-templates mode="od-inline"/><xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="svg" mode="od-inline"/>

  <!-- ================================================================
       Charts: the SVG as a drawing
       ================================================================ -->

  <xsl:template match="svg" mode="od-block">
    <xsl:variable name="n" select="count(preceding::svg) + 1"/>
    <xsl:variable name="box"><xsl:call-template name="oc-viewbox"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($box)/box"/>
    <xsl:variable name="k" select="$od-text-w div $b/@w"/>
    <text:p text:style-name="Standard">
      <draw:g draw:style-name="G-chart" text:anchor-type="as-char" draw:z-index="0" draw:name="{concat('Chart ', $n)}">
        <svg:title><xsl:value-of select="normalize-space(title)"/></svg:title>
        <svg:desc><xsl:value-of select="normalize-space(title)"/></svg:desc>
        <xsl:for-each select=".//rect | .//line | .//circle | .//text[not(tspan[@x])] | .//tspan[@x]">
          <xsl:apply-templates select="." mode="od-shape">
            <xsl:with-param name="style" select="concat('g', $n, '-', position())"/>
            <xsl:with-param name="k" select="$k"/>
          </xsl:apply-templates>
        </xsl:for-each>
      </draw:g>
    </text:p>
  </xsl:template>

  <xsl:template name="od-cm">
    <xsl:param name="v"/>
    <xsl:value-of select="concat(format-number($v, '0.000'), 'cm')"/>
  </xsl:template>

  <xsl:template name="od-box-attrs">
    <xsl:param name="x"/><xsl:param name="y"/><xsl:param name="w"/><xsl:param name="h"/><xsl:param name="k"/>
    <xsl:attribute name="svg:x"><xsl:call-template name="od-cm"><xsl:with-param name="v" select="$x * $k"/></xsl:call-template></xsl:attribute>
    <xsl:attribute name="svg:y"><xsl:call-template name="od-cm"><xsl:with-param name="v" select="$y * $k"/></xsl:call-template></xsl:attribute>
    <xsl:attribute name="svg:width"><xsl:call-template name="od-cm"><xsl:with-param name="v" select="$w * $k"/></xsl:call-template></xsl:attribute>
    <xsl:attribute name="svg:height"><xsl:call-template name="od-cm"><xsl:with-param name="v" select="$h * $k"/></xsl:call-template></xsl:attribute>
  </xsl:template>

  <xsl:template match="rect" mode="od-shape">
    <xsl:param name="style"/><xsl:param name="k"/>
    <xsl:variable name="box"><xsl:call-template name="oc-shape-box"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($box)/box"/>
    <draw:rect draw:style-name="{$style}">
      <xsl:call-template name="od-box-attrs">
        <xsl:with-param name="x" select="$b/@x"/><xsl:with-param name="y" select="$b/@y"/>
        <xsl:with-param name="w" select="$b/@w"/><xsl:with-param name="h" select="$b/@h"/><xsl:with-param name="k" select="$k"/>
      </xsl:call-template>
    </draw:rect>
  </xsl:template>

  <xsl:template match="circle" mode="od-shape">
    <xsl:param name="style"/><xsl:param name="k"/>
    <xsl:variable name="box"><xsl:call-template name="oc-shape-box"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($box)/box"/>
    <draw:ellipse draw:style-name="{$style}">
      <xsl:call-template name="od-box-attrs">
        <xsl:with-param name="x" select="$b/@x"/><xsl:with-param name="y" select="$b/@y"/>
        <xsl:with-param name="w" select="$b/@w"/><xsl:with-param name="h" select="$b/@h"/><xsl:with-param name="k" select="$k"/>
      </xsl:call-template>
    </draw:ellipse>
  </xsl:template>

  <xsl:template match="line" mode="od-shape">
    <xsl:param name="style"/><xsl:param name="k"/>
    <xsl:variable name="box"><xsl:call-template name="oc-line-box"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($box)/box"/>
    <xsl:choose>
      <xsl:when test="$b/@prst = 'rect'">
        <draw:rect draw:style-name="{$style}">
          <xsl:call-template name="od-box-attrs">
            <xsl:with-param name="x" select="$b/@x"/><xsl:with-param name="y" select="$b/@y"/>
            <xsl:with-param name="w" select="$b/@w"/><xsl:with-param name="h" select="$b/@h"/><xsl:with-param name="k" select="$k"/>
          </xsl:call-template>
        </draw:rect>
      </xsl:when>
      <xsl:otherwise>
        <draw:line draw:style-name="{$style}">
          <xsl:attribute name="svg:x1"><xsl:call-template name="od-cm"><xsl:with-param name="v" select="$b/@x1 * $k"/></xsl:call-template></xsl:attribute>
          <xsl:attribute name="svg:y1"><xsl:call-template name="od-cm"><xsl:with-param name="v" select="@y1 * $k"/></xsl:call-template></xsl:attribute>
          <xsl:attribute name="svg:x2"><xsl:call-template name="od-cm"><xsl:with-param name="v" select="$b/@x2 * $k"/></xsl:call-template></xsl:attribute>
          <xsl:attribute name="svg:y2"><xsl:call-template name="od-cm"><xsl:with-param name="v" select="@y2 * $k"/></xsl:call-template></xsl:attribute>
        </draw:line>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text | tspan" mode="od-shape">
    <xsl:param name="style"/><xsl:param name="k"/>
    <xsl:variable name="t"><xsl:call-template name="oc-text-box"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($t)/box"/>
    <draw:rect draw:style-name="{$style}">
      <xsl:call-template name="od-box-attrs">
        <xsl:with-param name="x" select="$b/@x"/><xsl:with-param name="y" select="$b/@y"/>
        <xsl:with-param name="w" select="$b/@w"/><xsl:with-param name="h" select="$b/@h"/><xsl:with-param name="k" select="$k"/>
      </xsl:call-template>
      <text:p text:style-name="{concat('P-', $b/@align)}"><xsl:value-of select="$b/@text"/></text:p>
    </draw:rect>
  </xsl:template>

</xsl:stylesheet>

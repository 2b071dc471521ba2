<?xml version="1.0" encoding="UTF-8"?>
<!--
  office-docx.xsl - the HTML of a report layout turned into a Word document
  (WordprocessingML): imported by report-docx.xsl, compare-docx.xsl and
  cohort-docx.xsl, which make their HTML report (report-html.xsl...) in a
  variable and give it to the template "docx-parts".

  Why from the HTML: the DOCX then has every section of the HTML report, in
  the report's language and with its words (words.xsl through common.xsl),
  and a new section of the HTML report reaches the DOCX by itself.

  The output is one XML document that holds every part of the package,
      <parts><part name="word/document.xml">...</part>...</parts>
  which mnr splits and packs into the zip (src/core/report_office.c); one
  run of the stylesheet, so the HTML report is made once.

  What it makes of the HTML:
    h1 of the cover   Title style;   h2, h3, h4   Heading 1, 2, 3 ("heading
                      1": Word's own names, so the navigation pane and a
                      table of contents take them)
    nav (contents)    a TOC field (its entries are those of the HTML until
                      the field is updated; settings.xml asks Word to)
    table             a table; thead rows repeat on each page (w:tblHeader)
    svg               a DrawingML group of shapes (rect, line, circle, text),
                      its title as the alternative text (wp:docPr descr)
    the running head  the HTML's title, in header1.xml; the page number
                      "Page N of M" as PAGE and NUMPAGES fields in footer1.xml
  The document's title and language (the html element's lang) go into
  docProps/core.xml and the styles' default language.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
    xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:dcterms="http://purl.org/dc/terms/"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <xsl:import href="office-common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- the page and its text width in twentieths of a point -->
  <xsl:variable name="dx-page-w"><xsl:choose><xsl:when test="$paper-letter">12240</xsl:when><xsl:otherwise>11906</xsl:otherwise></xsl:choose></xsl:variable>
  <xsl:variable name="dx-page-h"><xsl:choose><xsl:when test="$paper-letter">15840</xsl:when><xsl:otherwise>16838</xsl:otherwise></xsl:choose></xsl:variable>
  <xsl:variable name="dx-margin" select="1134"/>
  <xsl:variable name="dx-text-w" select="$dx-page-w - 2 * $dx-margin"/>

  <!-- ================================================================
       The parts
       ================================================================ -->

  <xsl:template name="docx-parts">
    <xsl:param name="html"/>
    <xsl:variable name="h" select="exsl:node-set($html)/html"/>
    <xsl:variable name="lang"><xsl:call-template name="office-lang"><xsl:with-param name="html" select="$h"/></xsl:call-template></xsl:variable>
    <xsl:variable name="doc-title" select="normalize-space($h/head/title)"/>
    <parts>
      <part name="[Content_Types].xml">
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
          <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
          <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
          <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
          <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
        </Types>
      </part>
      <part name="_rels/.rels">
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
        </Relationships>
      </part>
      <part name="word/_rels/document.xml.rels">
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
          <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
          <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
          <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
        </Relationships>
      </part>
      <part name="docProps/core.xml">
        <cp:coreProperties>
          <dc:title><xsl:value-of select="$doc-title"/></dc:title>
          <dc:language><xsl:value-of select="$lang"/></dc:language>
          <dc:creator><xsl:value-of select="$h/head/meta[@name = 'generator']/@content"/></dc:creator>
        </cp:coreProperties>
      </part>
      <part name="word/settings.xml">
        <w:settings>
          <!-- the table of contents is made when the document is opened -->
          <w:updateFields w:val="true"/>
          <w:defaultTabStop w:val="720"/>
          <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
        </w:settings>
      </part>
      <part name="word/styles.xml"><xsl:call-template name="docx-styles"><xsl:with-param name="lang" select="$lang"/></xsl:call-template></part>
      <part name="word/header1.xml">
        <w:hdr>
          <w:p><w:pPr><w:pStyle w:val="Header"/><xsl:call-template name="dx-bidi"/></w:pPr><w:r><xsl:call-template name="dx-rtl-rpr"><xsl:with-param name="text" select="$doc-title"/></xsl:call-template><w:t xml:space="preserve"><xsl:value-of select="$doc-title"/></w:t></w:r></w:p>
        </w:hdr>
      </part>
      <part name="word/footer1.xml">
        <w:ftr>
          <w:p>
            <w:pPr><w:pStyle w:val="Footer"/><xsl:call-template name="dx-bidi"/><w:jc w:val="center"/></w:pPr>
            <w:r><xsl:call-template name="dx-rtl-rpr"><xsl:with-param name="text" select="$s.page"/></xsl:call-template><w:t xml:space="preserve"><xsl:value-of select="concat($s.page, ' ')"/></w:t></w:r>
            <w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>
            <w:r><xsl:call-template name="dx-rtl-rpr"><xsl:with-param name="text" select="$s.page-of"/></xsl:call-template><w:t xml:space="preserve"><xsl:value-of select="concat(' ', $s.page-of, ' ')"/></w:t></w:r>
            <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>
          </w:p>
        </w:ftr>
      </part>
      <part name="word/document.xml">
        <w:document>
          <w:body>
            <xsl:apply-templates select="$h/body/node()" mode="dx-block"/>
            <w:sectPr>
              <w:headerReference w:type="default" r:id="rId3"/>
              <w:footerReference w:type="default" r:id="rId4"/>
              <w:pgSz w:w="{$dx-page-w}" w:h="{$dx-page-h}"/>
              <w:pgMar w:top="{$dx-margin}" w:right="{$dx-margin}" w:bottom="{$dx-margin}" w:left="{$dx-margin}" w:header="567" w:footer="567" w:gutter="0"/>
              <xsl:call-template name="dx-bidi"/>
            </w:sectPr>
          </w:body>
        </w:document>
      </part>
    </parts>
  </xsl:template>

  <!-- ================================================================
       Styles: Word's own names and ids, so that a reference document's
       styles of the same ids take their place
       ================================================================ -->

  <xsl:template name="dx-style">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="type" select="'paragraph'"/>
    <xsl:param name="level" select="''"/>
    <xsl:param name="size" select="''"/>
    <xsl:param name="colour" select="''"/>
    <xsl:param name="bold" select="false()"/>
    <xsl:param name="italic" select="false()"/>
    <xsl:param name="before" select="0"/>
    <xsl:param name="after" select="100"/>
    <w:style w:type="{$type}" w:styleId="{$id}">
      <w:name w:val="{$name}"/>
      <xsl:if test="$id != 'Normal'"><w:basedOn w:val="Normal"/></xsl:if>
      <w:qFormat/>
      <w:pPr>
        <xsl:if test="$level != ''"><w:keepNext/></xsl:if>
        <w:spacing w:before="{$before}" w:after="{$after}"/>
        <xsl:if test="$level != ''"><w:outlineLvl w:val="{$level}"/></xsl:if>
      </w:pPr>
      <w:rPr>
        <xsl:if test="$bold"><w:b/><xsl:if test="$rtl"><w:bCs/></xsl:if></xsl:if>
        <xsl:if test="$italic"><w:i/><xsl:if test="$rtl"><w:iCs/></xsl:if></xsl:if>
        <xsl:if test="$colour != ''"><w:color w:val="{$colour}"/></xsl:if>
        <xsl:if test="$size != ''"><w:sz w:val="{$size}"/><w:szCs w:val="{$size}"/></xsl:if>
      </w:rPr>
    </w:style>
  </xsl:template>

  <xsl:template name="docx-styles">
    <xsl:param name="lang"/>
    <w:styles>
      <w:docDefaults>
        <w:rPrDefault><w:rPr>
          <w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans" w:eastAsia="Noto Sans CJK SC">
            <xsl:attribute name="w:cs"><xsl:choose><xsl:when test="$rtl"><xsl:value-of select="$oc-font-arabic"/></xsl:when><xsl:otherwise>Noto Sans</xsl:otherwise></xsl:choose></xsl:attribute>
          </w:rFonts>
          <w:sz w:val="19"/><w:szCs w:val="19"/>
          <w:lang w:val="{$lang}" w:eastAsia="{$lang}" w:bidi="{$lang}"/>
        </w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr><xsl:call-template name="dx-bidi"/><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
      </w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'Title'"/><xsl:with-param name="name" select="'Title'"/><xsl:with-param name="size" select="48"/><xsl:with-param name="colour" select="'16365C'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="after" select="200"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'Subtitle'"/><xsl:with-param name="name" select="'Subtitle'"/><xsl:with-param name="size" select="28"/><xsl:with-param name="colour" select="'52606D'"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'Heading1'"/><xsl:with-param name="name" select="'heading 1'"/><xsl:with-param name="level" select="0"/><xsl:with-param name="size" select="34"/><xsl:with-param name="colour" select="'16365C'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="360"/><xsl:with-param name="after" select="160"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'Heading2'"/><xsl:with-param name="name" select="'heading 2'"/><xsl:with-param name="level" select="1"/><xsl:with-param name="size" select="25"/><xsl:with-param name="colour" select="'16365C'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="240"/><xsl:with-param name="after" select="100"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'Heading3'"/><xsl:with-param name="name" select="'heading 3'"/><xsl:with-param name="level" select="2"/><xsl:with-param name="size" select="20"/><xsl:with-param name="colour" select="'1F2933'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="160"/><xsl:with-param name="after" select="60"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'TOCHeading'"/><xsl:with-param name="name" select="'TOC Heading'"/><xsl:with-param name="size" select="28"/><xsl:with-param name="colour" select="'16365C'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="240"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'TOC1'"/><xsl:with-param name="name" select="'toc 1'"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'TOC2'"/><xsl:with-param name="name" select="'toc 2'"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'Caption'"/><xsl:with-param name="name" select="'caption'"/><xsl:with-param name="colour" select="'16365C'"/><xsl:with-param name="bold" select="true()"/><xsl:with-param name="before" select="120"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'Note'"/><xsl:with-param name="name" select="'Note'"/><xsl:with-param name="size" select="16"/><xsl:with-param name="colour" select="'52606D'"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'ListParagraph'"/><xsl:with-param name="name" select="'List Paragraph'"/><xsl:with-param name="after" select="40"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'Header'"/><xsl:with-param name="name" select="'header'"/><xsl:with-param name="size" select="15"/><xsl:with-param name="colour" select="'52606D'"/><xsl:with-param name="after" select="0"/></xsl:call-template>
      <xsl:call-template name="dx-style"><xsl:with-param name="id" select="'Footer'"/><xsl:with-param name="name" select="'footer'"/><xsl:with-param name="size" select="15"/><xsl:with-param name="colour" select="'52606D'"/><xsl:with-param name="after" select="0"/></xsl:call-template>
      <w:style w:type="table" w:styleId="TableGrid">
        <w:name w:val="Table Grid"/>
        <w:tblPr>
          <w:tblBorders>
            <w:top w:val="single" w:sz="4" w:color="C8D0D8"/><w:left w:val="single" w:sz="4" w:color="C8D0D8"/>
            <w:bottom w:val="single" w:sz="4" w:color="C8D0D8"/><w:right w:val="single" w:sz="4" w:color="C8D0D8"/>
            <w:insideH w:val="single" w:sz="4" w:color="C8D0D8"/><w:insideV w:val="single" w:sz="4" w:color="C8D0D8"/>
          </w:tblBorders>
          <w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar>
        </w:tblPr>
      </w:style>
    </w:styles>
  </xsl:template>

  <!-- ================================================================
       Blocks
       ================================================================ -->

  <!-- containers: their children, as blocks -->
  <xsl:template match="*" mode="dx-block">
    <xsl:call-template name="dx-blocks"/>
  </xsl:template>

  <!-- The children of a container: blocks as blocks, each run of inline
       nodes between them as one paragraph. -->
  <xsl:template name="dx-blocks">
    <xsl:param name="style" select="''"/>
    <xsl:choose>
      <xsl:when test="not(*[contains($oc-blocks, concat('|', local-name(), '|'))])">
        <xsl:if test="normalize-space(.) != ''">
          <xsl:call-template name="dx-para"><xsl:with-param name="style" select="$style"/></xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="node()">
          <xsl:choose>
            <xsl:when test="self::* and contains($oc-blocks, concat('|', local-name(), '|'))">
              <xsl:apply-templates select="." mode="dx-block"/>
            </xsl:when>
            <!-- the first of a run of inline nodes makes the paragraph -->
            <xsl:when test="not(preceding-sibling::node()[1]) or preceding-sibling::node()[1][self::* and contains($oc-blocks, concat('|', local-name(), '|'))]">
              <xsl:variable name="k" select="count(preceding-sibling::*[contains($oc-blocks, concat('|', local-name(), '|'))])"/>
              <xsl:variable name="run" select=". | following-sibling::node()[not(self::*[contains($oc-blocks, concat('|', local-name(), '|'))])][count(preceding-sibling::*[contains($oc-blocks, concat('|', local-name(), '|'))]) = $k]"/>
              <xsl:if test="$run[normalize-space(.) != '' or self::br]">
                <w:p>
                  <xsl:call-template name="dx-ppr"><xsl:with-param name="style" select="$style"/></xsl:call-template>
                  <xsl:apply-templates select="$run" mode="dx-inline"/>
                </w:p>
              </xsl:if>
            </xsl:when>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One paragraph of the element's inline content. -->
  <xsl:template name="dx-para">
    <xsl:param name="style" select="''"/>
    <xsl:param name="prefix" select="''"/>
    <w:p>
      <xsl:call-template name="dx-ppr"><xsl:with-param name="style" select="$style"/></xsl:call-template>
      <xsl:if test="$prefix != ''"><w:r><w:t xml:space="preserve"><xsl:value-of select="$prefix"/></w:t></w:r></xsl:if>
      <xsl:apply-templates select="node()" mode="dx-inline"/>
    </w:p>
  </xsl:template>

  <!-- The paragraph's style: given, or from where it stands. -->
  <xsl:template name="dx-ppr">
    <xsl:param name="style" select="''"/>
    <xsl:variable name="s">
      <xsl:choose>
        <xsl:when test="$style != ''"><xsl:value-of select="$style"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="oc-style-of"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="cell" select="ancestor-or-self::*[self::td or self::th][1]"/>
    <w:pPr>
      <xsl:if test="$s != ''"><w:pStyle w:val="{$s}"/></xsl:if>
      <xsl:call-template name="dx-bidi"/>
      <xsl:if test="$cell"><w:spacing w:before="0" w:after="0"/></xsl:if>
      <xsl:if test="$cell and contains(concat(' ', $cell/@class, ' '), ' num ')"><w:jc w:val="right"/></xsl:if>
      <xsl:if test="$s = 'ListParagraph'"><w:ind w:left="360" w:hanging="240"/></xsl:if>
    </w:pPr>
  </xsl:template>

  <xsl:template match="h1" mode="dx-block">
    <xsl:call-template name="dx-para"><xsl:with-param name="style" select="'Title'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="h2" mode="dx-block">
    <xsl:call-template name="dx-para"><xsl:with-param name="style" select="'Heading1'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="h3" mode="dx-block">
    <xsl:call-template name="dx-para"><xsl:with-param name="style" select="'Heading2'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="h4 | h5 | h6" mode="dx-block">
    <xsl:call-template name="dx-para"><xsl:with-param name="style" select="'Heading3'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="figcaption" mode="dx-block">
    <xsl:call-template name="dx-para"><xsl:with-param name="style" select="'Caption'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="li" mode="dx-block">
    <xsl:variable name="mark">
      <xsl:choose>
        <xsl:when test="parent::ol"><xsl:value-of select="concat(count(preceding-sibling::li) + 1, '.&#9;')"/></xsl:when>
        <xsl:otherwise>&#8226;&#9;</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="*[contains($oc-blocks, concat('|', local-name(), '|'))]">
        <w:p><w:pPr><w:pStyle w:val="ListParagraph"/><xsl:call-template name="dx-bidi"/><w:ind w:left="360" w:hanging="240"/></w:pPr><w:r><w:t xml:space="preserve"><xsl:value-of select="$mark"/></w:t></w:r></w:p>
        <xsl:call-template name="dx-blocks"><xsl:with-param name="style" select="'ListParagraph'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="dx-para"><xsl:with-param name="style" select="'ListParagraph'"/><xsl:with-param name="prefix" select="$mark"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="dt" mode="dx-block">
    <w:p><w:pPr><w:keepNext/><xsl:call-template name="dx-bidi"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:b/><xsl:if test="$rtl"><w:bCs/></xsl:if><xsl:call-template name="dx-rtl"><xsl:with-param name="text" select="."/></xsl:call-template></w:rPr><w:t xml:space="preserve"><xsl:value-of select="normalize-space(.)"/></w:t></w:r></w:p>
  </xsl:template>
  <xsl:template match="head | style | script" mode="dx-block"/>

  <!-- The contents list of the HTML: a table of contents field, its
       entries those of the list until the field is updated. -->
  <xsl:template match="nav" mode="dx-block">
    <xsl:for-each select="h2">
      <xsl:call-template name="dx-para"><xsl:with-param name="style" select="'TOCHeading'"/></xsl:call-template>
    </xsl:for-each>
    <w:p><w:pPr><w:pStyle w:val="TOC1"/><xsl:call-template name="dx-bidi"/></w:pPr>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r>
      <w:r><w:instrText xml:space="preserve"> TOC \o "1-2" \h \z \u </w:instrText></w:r>
      <w:r><w:fldChar w:fldCharType="separate"/></w:r>
      <w:r><xsl:call-template name="dx-rtl-rpr"><xsl:with-param name="text" select=".//li[1]"/></xsl:call-template><w:t xml:space="preserve"><xsl:value-of select="concat(count(.//li[1]/preceding-sibling::li) + 1, '. ', normalize-space(.//li[1]))"/></w:t></w:r>
    </w:p>
    <xsl:for-each select=".//li[position() &gt; 1]">
      <w:p><w:pPr><w:pStyle w:val="TOC1"/><xsl:call-template name="dx-bidi"/></w:pPr><w:r><xsl:call-template name="dx-rtl-rpr"><xsl:with-param name="text" select="."/></xsl:call-template><w:t xml:space="preserve"><xsl:value-of select="concat(position() + 1, '. ', normalize-space(.))"/></w:t></w:r></w:p>
    </xsl:for-each>
    <w:p><xsl:if test="$rtl"><w:pPr><w:bidi/></w:pPr></xsl:if><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
  </xsl:template>

  <!-- ================================================================
       Tables
       ================================================================ -->

  <xsl:template match="table" mode="dx-block">
    <xsl:variable name="first" select="(thead/tr | tbody/tr | tr)[1]"/>
    <xsl:variable name="weights">
      <xsl:call-template name="oc-weights"><xsl:with-param name="row" select="$first"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="ws" select="exsl:node-set($weights)/w"/>
    <xsl:variable name="total" select="sum($ws)"/>
    <w:tbl>
      <w:tblPr>
        <w:tblStyle w:val="TableGrid"/>
        <!-- right to left, the first column on the right -->
        <xsl:if test="$rtl"><w:bidiVisual/></xsl:if>
        <w:tblW w:w="5000" w:type="pct"/>
        <w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>
      </w:tblPr>
      <w:tblGrid>
        <xsl:for-each select="$ws">
          <w:gridCol w:w="{floor($dx-text-w * . div $total)}"/>
        </xsl:for-each>
      </w:tblGrid>
      <xsl:apply-templates select="thead/tr | tbody/tr | tr | tfoot/tr" mode="dx-row"/>
    </w:tbl>
    <!-- a table directly after another would merge with it -->
    <w:p><w:pPr><xsl:call-template name="dx-bidi"/><w:spacing w:after="0"/></w:pPr></w:p>
  </xsl:template>

  <xsl:template match="tr" mode="dx-row">
    <w:tr>
      <w:trPr>
        <w:cantSplit/>
        <xsl:if test="parent::thead"><w:tblHeader/></xsl:if>
      </w:trPr>
      <xsl:for-each select="th | td">
        <w:tc>
          <w:tcPr>
            <xsl:if test="@colspan &gt; 1"><w:gridSpan w:val="{@colspan}"/></xsl:if>
            <xsl:if test="self::th or ancestor::thead"><w:shd w:val="clear" w:color="auto" w:fill="E4EAF1"/></xsl:if>
          </w:tcPr>
          <xsl:variable name="out"><xsl:call-template name="dx-blocks"/></xsl:variable>
          <xsl:copy-of select="$out"/>
          <xsl:if test="not(exsl:node-set($out)/w:p | exsl:node-set($out)/w:tbl)"><w:p/></xsl:if>
          <!-- a cell must end with a paragraph -->
          <xsl:if test="exsl:node-set($out)/*[last()][self::w:tbl]"><w:p/></xsl:if>
        </w:tc>
      </xsl:for-each>
    </w:tr>
  </xsl:template>

  <!-- ================================================================
       Inline
       ================================================================ -->

  <xsl:template match="text()" mode="dx-inline">
    <xsl:variable name="pre" select="ancestor::*[contains(concat(' ', @class, ' '), ' pre ')]"/>
    <xsl:call-template name="dx-run">
      <xsl:with-param name="text">
        <xsl:choose>
          <xsl:when test="$pre"><xsl:value-of select="translate(., '&#9;&#13;', '  ')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="translate(., '&#9;&#10;&#13;', '   ')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A run in the formatting of the elements around the text: line
       breaks of a "pre" text as w:br. -->
  <xsl:template name="dx-run">
    <xsl:param name="text"/>
    <xsl:if test="$text != ''">
      <w:r>
        <xsl:call-template name="dx-rpr"><xsl:with-param name="text" select="$text"/></xsl:call-template>
        <xsl:call-template name="dx-lines"><xsl:with-param name="text" select="$text"/></xsl:call-template>
      </w:r>
    </xsl:if>
  </xsl:template>

  <xsl:template name="dx-lines">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '&#10;')">
        <w:t xml:space="preserve"><xsl:value-of select="substring-before($text, '&#10;')"/></w:t>
        <w:br/>
        <xsl:call-template name="dx-lines"><xsl:with-param name="text" select="substring-after($text, '&#10;')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><w:t xml:space="preserve"><xsl:value-of select="$text"/></w:t></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="dx-rpr">
    <xsl:param name="text"/>
    <xsl:variable name="bold" select="ancestor::b | ancestor::strong | ancestor::th"/>
    <xsl:variable name="italic" select="ancestor::i | ancestor::em"/>
    <xsl:variable name="muted" select="ancestor::*[contains(concat(' ', @class, ' '), ' muted ')]"/>
    <xsl:variable name="small" select="ancestor::*[contains(concat(' ', @class, ' '), ' small ')]"/>
    <xsl:variable name="arabic" select="$rtl and translate($text, $oc-arabic, '') != $text"/>
    <xsl:if test="$bold or $italic or $muted or $small or $arabic">
      <w:rPr>
        <!-- Word sets a complex-script run (Arabic) in its own bold,
             italic and size: bCs, iCs, szCs -->
        <xsl:if test="$bold"><w:b/><xsl:if test="$rtl"><w:bCs/></xsl:if></xsl:if>
        <xsl:if test="$italic"><w:i/><xsl:if test="$rtl"><w:iCs/></xsl:if></xsl:if>
        <xsl:if test="$muted"><w:color w:val="52606D"/></xsl:if>
        <xsl:if test="$small"><w:sz w:val="16"/><w:szCs w:val="16"/></xsl:if>
        <xsl:call-template name="dx-rtl"><xsl:with-param name="text" select="$text"/></xsl:call-template>
      </w:rPr>
    </xsl:if>
  </xsl:template>

  <!-- Right to left: <w:bidi/>, a paragraph (or the section) laid out
       from the right, its indents and alignment (w:jc left, w:ind left)
       counted from the right edge, as the HTML's start and end are. -->
  <xsl:template name="dx-bidi">
    <xsl:if test="$rtl"><w:bidi/></xsl:if>
  </xsl:template>

  <!-- <w:rtl/> in a run's properties (after its size, as the schema
       orders them) when the page is right to left and the text has
       Arabic letters: Word then reads it as a right-to-left run of
       complex script, in the complex-script font of the styles. -->
  <xsl:template name="dx-rtl">
    <xsl:param name="text"/>
    <xsl:if test="$rtl and translate($text, $oc-arabic, '') != $text"><w:rtl/></xsl:if>
  </xsl:template>

  <!-- The properties of a run of plain text: only <w:rtl/>, where it has
       one. -->
  <xsl:template name="dx-rtl-rpr">
    <xsl:param name="text"/>
    <xsl:if test="$rtl and translate($text, $oc-arabic, '') != $text"><w:rPr><w:rtl/></w:rPr></xsl:if>
  </xsl:template>

  <xsl:template match="br" mode="dx-inline"><w:r><w:br/></w:r></xsl:template>
  <xsl:template match="*" mode="dx-inline"><xsl:apply-templates mode="dx-inline"/></xsl:template>
  <!-- the section number, then a space the CSS made -->
  <xsl:template match="span[contains(concat(' ', @class, ' '), ' secno ')]" mode="dx-inline">
    <xsl:apply-templates mode="dx-inline"/>
    <w:r><w:t xml:space="preserve"> </w:t></w:r>
  </xsl:template>
  <xsl:template match="svg" mode="dx-inline"/>

  <!-- ================================================================
       Charts: the SVG as a DrawingML group of shapes
       ================================================================ -->

  <xsl:template match="svg" mode="dx-block">
    <xsl:variable name="box"><xsl:call-template name="oc-viewbox"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($box)/box"/>
    <!-- the chart as wide as the text; 1 unit of the viewBox is k EMU -->
    <xsl:variable name="cx" select="$dx-text-w * 635"/>
    <xsl:variable name="k" select="$cx div $b/@w"/>
    <xsl:variable name="cy" select="round($b/@h * $k)"/>
    <xsl:variable name="n" select="count(preceding::svg) + 1"/>
    <w:p>
      <!-- left to right even on a page right to left: LibreOffice turns
           the text boxes of a drawing round in a paragraph right to left
           (but not its shapes), and the drawing is as wide as the text -->
      <w:pPr><w:keepNext/><xsl:if test="$rtl"><w:bidi w:val="0"/></xsl:if><w:spacing w:before="60" w:after="60"/></w:pPr>
      <w:r>
        <w:drawing>
          <wp:inline distT="0" distB="0" distL="0" distR="0">
            <wp:extent cx="{$cx}" cy="{$cy}"/>
            <wp:docPr id="{$n}" name="{concat('Chart ', $n)}" descr="{normalize-space(title)}" title="{normalize-space(title)}"/>
            <wp:cNvGraphicFramePr/>
            <a:graphic>
              <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">
                <wpg:wgp>
                  <wpg:cNvGrpSpPr/>
                  <wpg:grpSpPr>
                    <a:xfrm><a:off x="0" y="0"/><a:ext cx="{$cx}" cy="{$cy}"/><a:chOff x="0" y="0"/><a:chExt cx="{$cx}" cy="{$cy}"/></a:xfrm>
                  </wpg:grpSpPr>
                  <xsl:for-each select=".//rect | .//line | .//circle | .//text[not(tspan[@x])] | .//tspan[@x]">
                    <xsl:apply-templates select="." mode="dx-shape">
                      <xsl:with-param name="id" select="1000 * $n + position()"/>
                      <xsl:with-param name="k" select="$k"/>
                    </xsl:apply-templates>
                  </xsl:for-each>
                </wpg:wgp>
              </a:graphicData>
            </a:graphic>
          </wp:inline>
        </w:drawing>
      </w:r>
    </w:p>
  </xsl:template>

  <xsl:template name="dx-fill">
    <xsl:param name="colour"/>
    <xsl:choose>
      <xsl:when test="starts-with($colour, '#') and string-length($colour) = 7"><a:solidFill><a:srgbClr val="{translate(substring($colour, 2), 'abcdef', 'ABCDEF')}"/></a:solidFill></xsl:when>
      <xsl:otherwise><a:noFill/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="dx-line-style">
    <xsl:param name="k"/>
    <xsl:choose>
      <xsl:when test="starts-with(@stroke, '#') and not(self::line and (@x1 = @x2 or @y1 = @y2))">
        <a:ln w="{round((number(concat('0', @stroke-width)) + 1 * not(@stroke-width)) * $k)}">
          <xsl:call-template name="dx-fill"><xsl:with-param name="colour" select="@stroke"/></xsl:call-template>
        </a:ln>
      </xsl:when>
      <xsl:otherwise><a:ln><a:noFill/></a:ln></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="dx-sp">
    <xsl:param name="id"/>
    <xsl:param name="x"/><xsl:param name="y"/><xsl:param name="w"/><xsl:param name="h"/>
    <xsl:param name="prst" select="'rect'"/>
    <xsl:param name="k"/>
    <xsl:param name="fill" select="''"/>
    <xsl:param name="flip" select="false()"/>
    <wps:wsp>
      <wps:cNvPr id="{$id}" name="{concat('Shape ', $id)}"/>
      <wps:cNvSpPr/>
      <wps:spPr>
        <a:xfrm>
          <xsl:if test="$flip"><xsl:attribute name="flipV">1</xsl:attribute></xsl:if>
          <a:off x="{round($x * $k)}" y="{round($y * $k)}"/>
          <a:ext cx="{round($w * $k)}" cy="{round($h * $k)}"/>
        </a:xfrm>
        <a:prstGeom prst="{$prst}"><a:avLst/></a:prstGeom>
        <xsl:call-template name="dx-fill"><xsl:with-param name="colour" select="$fill"/></xsl:call-template>
        <xsl:call-template name="dx-line-style"><xsl:with-param name="k" select="$k"/></xsl:call-template>
      </wps:spPr>
      <wps:bodyPr/>
    </wps:wsp>
  </xsl:template>

  <xsl:template match="rect" mode="dx-shape">
    <xsl:param name="id"/><xsl:param name="k"/>
    <xsl:variable name="box"><xsl:call-template name="oc-shape-box"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($box)/box"/>
    <xsl:call-template name="dx-sp">
      <xsl:with-param name="id" select="$id"/><xsl:with-param name="k" select="$k"/>
      <xsl:with-param name="x" select="$b/@x"/><xsl:with-param name="y" select="$b/@y"/>
      <xsl:with-param name="w" select="$b/@w"/><xsl:with-param name="h" select="$b/@h"/>
      <xsl:with-param name="prst"><xsl:choose><xsl:when test="@rx">roundRect</xsl:when><xsl:otherwise>rect</xsl:otherwise></xsl:choose></xsl:with-param>
      <xsl:with-param name="fill" select="@fill"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="circle" mode="dx-shape">
    <xsl:param name="id"/><xsl:param name="k"/>
    <xsl:variable name="box"><xsl:call-template name="oc-shape-box"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($box)/box"/>
    <xsl:call-template name="dx-sp">
      <xsl:with-param name="id" select="$id"/><xsl:with-param name="k" select="$k"/>
      <xsl:with-param name="x" select="$b/@x"/><xsl:with-param name="y" select="$b/@y"/>
      <xsl:with-param name="w" select="$b/@w"/><xsl:with-param name="h" select="$b/@h"/>
      <xsl:with-param name="prst" select="'ellipse'"/>
      <xsl:with-param name="fill" select="@fill"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A level or upright line as a thin filled rectangle: LibreOffice
       turns a whole group on its side when one of its lines is 0 wide or
       high. -->
  <xsl:template match="line" mode="dx-shape">
    <xsl:param name="id"/><xsl:param name="k"/>
    <xsl:variable name="box"><xsl:call-template name="oc-line-box"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($box)/box"/>
    <xsl:call-template name="dx-sp">
      <xsl:with-param name="id" select="$id"/><xsl:with-param name="k" select="$k"/>
      <xsl:with-param name="x" select="$b/@x"/><xsl:with-param name="y" select="$b/@y"/>
      <xsl:with-param name="w" select="$b/@w"/><xsl:with-param name="h" select="$b/@h"/>
      <xsl:with-param name="prst" select="$b/@prst"/>
      <xsl:with-param name="fill" select="$b/@fill"/>
      <xsl:with-param name="flip" select="$b/@flip = 'true'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A text: a box without fill or line around it, placed from its
       baseline and anchor (the width is guessed from its length). -->
  <xsl:template match="text | tspan" mode="dx-shape">
    <xsl:param name="id"/><xsl:param name="k"/>
    <xsl:variable name="t"><xsl:call-template name="oc-text-box"/></xsl:variable>
    <xsl:variable name="b" select="exsl:node-set($t)/box"/>
    <wps:wsp>
      <wps:cNvPr id="{$id}" name="{concat('Text ', $id)}"/>
      <wps:cNvSpPr txBox="1"/>
      <wps:spPr>
        <a:xfrm><a:off x="{round($b/@x * $k)}" y="{round($b/@y * $k)}"/><a:ext cx="{round($b/@w * $k)}" cy="{round($b/@h * $k)}"/></a:xfrm>
        <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
        <a:noFill/><a:ln><a:noFill/></a:ln>
      </wps:spPr>
      <wps:txbx>
        <w:txbxContent>
          <w:p>
            <w:pPr><xsl:call-template name="dx-bidi"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="{$b/@align}"/></w:pPr>
            <w:r>
              <w:rPr>
                <xsl:if test="$b/@bold = 'true'"><w:b/><xsl:if test="$rtl"><w:bCs/></xsl:if></xsl:if>
                <xsl:if test="$b/@italic = 'true'"><w:i/><xsl:if test="$rtl"><w:iCs/></xsl:if></xsl:if>
                <w:color w:val="{$b/@colour}"/>
                <!-- half points: size in units, times k EMU, 12700 EMU a point -->
                <w:sz w:val="{round($b/@size * $k div 6350)}"/>
                <w:szCs w:val="{round($b/@size * $k div 6350)}"/>
                <xsl:call-template name="dx-rtl"><xsl:with-param name="text" select="$b/@text"/></xsl:call-template>
              </w:rPr>
              <w:t xml:space="preserve"><xsl:value-of select="$b/@text"/></w:t>
            </w:r>
          </w:p>
        </w:txbxContent>
      </wps:txbx>
      <wps:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="b"><a:noAutofit/></wps:bodyPr>
    </wps:wsp>
  </xsl:template>

</xsl:stylesheet>

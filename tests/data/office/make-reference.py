#!/usr/bin/env python3
"""make-reference.py DIR - writes DIR/ministry.docx and DIR/ministry.odt,
minimal reference documents (a ministry's template) made by hand: every
style in the serif font "DejaVu Serif", headings in dark red (8B0000), a
US Letter page, and a header that reads "MINISTRY TEMPLATE HEADER". The
tests of --reference-docx and --reference-odt check that a report takes
them (tests/e2e/office.sh reference)."""
import os
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = "MINISTRY TEMPLATE HEADER"


def docx(path):
    font = '<w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif" w:cs="DejaVu Serif"/>'
    styles = (f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>{font}'
              '<w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              f'<w:rPr>{font}</w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>'
              f'<w:rPr>{font}<w:b/><w:color w:val="8B0000"/><w:sz w:val="40"/></w:rPr></w:style>'
              '</w:styles>')
    document = (f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p/>'
                '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/>'
                '<w:pgSz w:w="12240" w:h="15840"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
                'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>')
    header = f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>{HEADER}</w:t></w:r></w:p></w:hdr>'
    ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/header7.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '</Types>')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header7.xml"/>'
                '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/header7.xml", header)


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def odt(path):
    styles = (f'<office:document-styles {NS} office:version="1.3">'
              '<office:font-face-decls><style:font-face style:name="DejaVu Serif" '
              "svg:font-family=\"'DejaVu Serif'\" style:font-family-generic=\"roman\"/></office:font-face-decls>"
              '<office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties '
              'style:font-name="DejaVu Serif" fo:font-size="11pt"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph"><style:text-properties '
              'style:font-name="DejaVu Serif"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
              'style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">'
              '<style:text-properties style:font-name="DejaVu Serif" fo:font-size="20pt" '
              'fo:font-weight="bold" fo:color="#8b0000"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pmx">'
              '<style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" '
              'fo:margin-top="2.54cm" fo:margin-bottom="2.54cm" fo:margin-left="2.54cm" fo:margin-right="2.54cm"/>'
              '</style:page-layout></office:automatic-styles><office:master-styles>'
              '<style:master-page style:name="Standard" style:page-layout-name="pmx">'
              f'<style:header><text:p>{HEADER}</text:p></style:header></style:master-page>'
              '</office:master-styles></office:document-styles>')
    content = (f'<office:document-content {NS} office:version="1.3"><office:body><office:text>'
               '<text:p/></office:text></office:body></office:document-content>')
    manifest = ('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("styles.xml", styles)
        z.writestr("content.xml", content)


if __name__ == "__main__":
    out = sys.argv[1]
    docx(os.path.join(out, "ministry.docx"))
    odt(os.path.join(out, "ministry.odt"))

#!/usr/bin/env bash
# pdf-policy.sh MNR ANSWERS
#
# A user stylesheet whose HTML tries to pull a local file into the PDF
# (iframe, object, embed, img, stylesheet link, CSS url()) or to call out
# to the network: the PDF is printed, with the page's own text, and holds
# no byte of the local file. (Chromium prints the HTML as a file:// page;
# mnr puts a content security policy at its top.)
set -u
mnr=$1 answers=$2
command -v pdftotext >/dev/null || { echo "FAIL: pdftotext is not installed (apt-get install poppler-utils)"; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
secret="PDF-SECRET-$$-$RANDOM$RANDOM"
echo "$secret" >"$work/secret.txt"
cat >"$work/leaky.xsl" <<XSL
<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html"/>
  <xsl:template match="/">
    <html><head><link rel="stylesheet" href="file://$work/secret.txt"/>
      <style>body { background: url(http://127.0.0.1:9/leak); }</style></head>
    <body><p>PAGE-TEXT-VISIBLE</p>
      <iframe src="file://$work/secret.txt" width="600" height="200"></iframe>
      <object data="file://$work/secret.txt" type="text/plain" width="600" height="200"></object>
      <embed src="file://$work/secret.txt" type="text/plain" width="600" height="200"/>
      <img src="http://127.0.0.1:9/leak.png" alt="img"/>
      <iframe src="file:///etc/passwd" width="600" height="200"></iframe>
    </body></html>
  </xsl:template>
</xsl:stylesheet>
XSL
fail=0
"$mnr" report "$answers" --stylesheet "$work/leaky.xsl" --format pdf -o "$work/out.pdf" >"$work/log" 2>&1 \
    || { echo "FAIL: mnr exit $?"; cat "$work/log"; exit 1; }
text=$(pdftotext "$work/out.pdf" - 2>/dev/null)
case $text in *PAGE-TEXT-VISIBLE*) ;; *) echo "FAIL: the page's own text is missing"; fail=1 ;; esac
case $text in *"$secret"*) echo "FAIL: the local file was printed into the PDF"; fail=1 ;; esac
case $text in *"root:x:0"*) echo "FAIL: /etc/passwd was printed into the PDF"; fail=1 ;; esac
exit $fail

<?xml version="1.0" encoding="UTF-8"?>
<!--
  fr-numbers-words.xsl - a hand-made words module for the tests of the
  layouts (tests/e2e/i18n-layouts.sh): the English words (words-en.xsl)
  with French number signs and dates, as po/fr.po gives them: a comma for
  the decimal sign, U+202F between thousands.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="words-en.xsl"/>
  <xsl:variable name="s.lang">fr</xsl:variable>
  <xsl:variable name="s.number-sample">1&#8239;234,5</xsl:variable>
  <xsl:variable name="s.month-5">mai</xsl:variable>
  <xsl:variable name="s.month-6">juin</xsl:variable>
  <xsl:variable name="s.month-11">novembre</xsl:variable>
</xsl:stylesheet>

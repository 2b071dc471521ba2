<?xml version="1.0" encoding="UTF-8"?>
<!--
  ar-words.xsl - a hand-made Arabic words module for the tests of the
  layouts in a language written right to left (tests/e2e/i18n-layouts.sh):
  it takes the English words (words-en.xsl, the shipped words.xsl copied
  beside it) and gives some twenty of the visible ones in Arabic, the
  locale of Arabic (direction, number sample, months) and the language
  code, as a catalog would. Not a translation to ship: translations are
  po/ar.po.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="words-en.xsl"/>
  <xsl:variable name="s.lang">ar</xsl:variable>
  <xsl:variable name="s.translation-draft">yes</xsl:variable>
  <xsl:variable name="s.direction">default:RTL</xsl:variable>
  <xsl:variable name="s.number-sample">1,234.5</xsl:variable>
  <xsl:variable name="s.date-pattern">{day} {month} {year}</xsl:variable>
  <xsl:variable name="s.month-5">مايو</xsl:variable>
  <xsl:variable name="s.month-6">يونيو</xsl:variable>
  <xsl:variable name="s.month-11">نوفمبر</xsl:variable>
  <xsl:variable name="s.draft-notice">هذه الترجمة مسودة: لم يراجعها بعد متحدث أصلي.</xsl:variable>
  <xsl:variable name="s.title">التقييم الذاتي لنضج الاستجابة الوطنية النموذجية</xsl:variable>
  <xsl:variable name="s.subtitle">تقرير الفجوات</xsl:variable>
  <xsl:variable name="s.country">البلد</xsl:variable>
  <xsl:variable name="s.date">تاريخ التقييم</xsl:variable>
  <xsl:variable name="s.contents">المحتويات</xsl:variable>
  <xsl:variable name="s.sec-summary">الملخص</xsl:variable>
  <xsl:variable name="s.sec-charts">لمحة عن الملف</xsl:variable>
  <xsl:variable name="s.sec-table">جميع القدرات</xsl:variable>
  <xsl:variable name="s.sec-domains">مجالاً مجالاً</xsl:variable>
  <xsl:variable name="s.sec-roadmap">خريطة الطريق</xsl:variable>
  <xsl:variable name="s.overall-index">المؤشر العام</xsl:variable>
  <xsl:variable name="s.overall-level">المستوى العام</xsl:variable>
  <xsl:variable name="s.completeness">الاكتمال</xsl:variable>
  <xsl:variable name="s.capability">القدرة</xsl:variable>
  <xsl:variable name="s.level">المستوى</xsl:variable>
  <xsl:variable name="s.score">الدرجة</xsl:variable>
  <xsl:variable name="s.target">الهدف</xsl:variable>
  <xsl:variable name="s.gap">الفجوة</xsl:variable>
  <xsl:variable name="s.page">صفحة</xsl:variable>
  <xsl:variable name="s.page-of">من</xsl:variable>
  <xsl:variable name="s.cmp-title">التقدم بين تقييمين</xsl:variable>
  <xsl:variable name="s.cmp-subtitle">تقرير التقدم</xsl:variable>
  <xsl:variable name="s.cmp-earlier">التقييم السابق</xsl:variable>
  <xsl:variable name="s.cmp-later">التقييم اللاحق</xsl:variable>
  <xsl:variable name="s.co-title">تقرير المجموعة</xsl:variable>
  <xsl:variable name="f.save">حفظ الإجابات</xsl:variable>
  <xsl:variable name="f.open">فتح الإجابات</xsl:variable>
  <xsl:variable name="f.details">تفاصيل التقييم</xsl:variable>
  <xsl:variable name="f.progress">التقدم</xsl:variable>
  <xsl:variable name="f.next-unanswered">السؤال التالي دون إجابة</xsl:variable>
</xsl:stylesheet>

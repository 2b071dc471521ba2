<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl - shared by every layout of mnr: the report (report-*.xsl),
  the comparison (compare-*.xsl), the cohort report (cohort-*.xsl), the
  answer form (form.xsl), and users' own layouts that import it.
  XSLT 1.0 + EXSLT (exsl:node-set only).

  Holds: the parameters a user may change, number formatting, the level
  palette and status colours, text helpers (wrapping, padding, splitting,
  escaping), and the look-ups of the results ($R and the templates that
  read it), which serve the report layouts. Imports words.xsl, every word
  the layouts print, so whatever imports common.xsl has the words too.
  What only the comparison or only the cohort report uses is in
  compare-common.xsl and cohort-common.xsl, imported by those layouts.

  Input: the results XML written by `mnr score` (model/schema/results.xsd).
  Everything taken from the data is written as text: never with
  disable-output-escaping.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

  <!-- every word the layouts print -->
  <xsl:import href="words.xsl"/>

  <!-- ================================================================
       Parameters (mnr report: param option NAME=VALUE; xsltproc: stringparam)
       ================================================================ -->

  <!-- Paper size for printing: a4 or letter. -->
  <xsl:param name="paper" select="'a4'"/>
  <!-- Report title; default: the assessment's own title, else s.title. -->
  <xsl:param name="title" select="''"/>
  <!-- Organisation shown on the cover (optional). -->
  <xsl:param name="organisation" select="''"/>

  <xsl:strip-space elements="*"/>

  <!-- Numbers are formatted with this pattern language, always with a
       decimal point, whatever the user's locale. -->
  <xsl:decimal-format name="mnr" decimal-separator="." grouping-separator="," NaN="-"
                      infinity="-" minus-sign="-"/>

  <!-- The language's direction: 'rtl' when words.xsl says the language is
       written right to left (s.direction, translated), else 'ltr'. -->
  <xsl:variable name="dir">
    <xsl:choose>
      <xsl:when test="normalize-space($s.direction) = 'default:RTL'">rtl</xsl:when>
      <xsl:otherwise>ltr</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="rtl" select="$dir = 'rtl'"/>

  <!-- Figures in a layout a person reads (HTML, PDF, text) are written as
       the language writes them; a CSV layout (common-csv.xsl) sets this to
       false(): its values stay machine numbers, 1234.5. -->
  <xsl:variable name="human-numbers" select="true()"/>
  <!-- A page right to left (common-html.xsl sets this to $rtl) writes
       each figure between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL
       ISOLATE: a sign, a per cent or a "(30/40)" beside it stays where it
       belongs, and the sentence around it is not reordered. -->
  <xsl:variable name="isolate-numbers" select="false()"/>
  <!-- The signs the language's sample number "1,234.5" (s.number-sample)
       has: the thousands separator between 1 and 234 (possibly empty or
       several characters), the decimal sign between 4 and 5. A sample
       without those digits gives the English signs. -->
  <xsl:variable name="num-sample" select="string($s.number-sample)"/>
  <xsl:variable name="num-sample-ok"
                select="starts-with($num-sample, '1') and contains($num-sample, '234')
                        and substring($num-sample, string-length($num-sample)) = '5'
                        and substring-before(substring-after($num-sample, '234'), '5') != ''"/>
  <xsl:variable name="num-group">
    <xsl:choose>
      <xsl:when test="$num-sample-ok"><xsl:value-of select="substring-before(substring($num-sample, 2), '234')"/></xsl:when>
      <xsl:otherwise>,</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="num-decimal">
    <xsl:choose>
      <xsl:when test="$num-sample-ok"><xsl:value-of select="substring-before(substring-after($num-sample, '234'), '5')"/></xsl:when>
      <xsl:otherwise>.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- Look-ups go through $R (the results element), not key() or "/":
       several templates run with a temporary tree (exsl:node-set) as
       their context document. -->

  <!-- ================================================================
       Derived values
       ================================================================ -->

  <xsl:variable name="R" select="/results"/>
  <!-- compared with a cohort baseline of mnr cohort (mnr score/report
       with its option baseline), not with the 2021 review: the words of
       words.xsl say so -->
  <xsl:variable name="cohort-baseline" select="$R/baseline-source/@kind = 'cohort'"/>
  <!-- the criteria of a workshop consensus (mnr merge) that have a
       consensus answer, and those its own answers switch off -->
  <xsl:variable name="ws-criteria" select="$R/domain/capability/criterion[consensus[not(@switched-off-by)]]"/>
  <xsl:variable name="ws-off" select="$R/domain/capability/criterion[consensus/@switched-off-by]"/>
  <!-- the order answers are listed in, best first (rapid: levels) -->
  <xsl:variable name="ws-order" select="'|yes|partly|no|4|3|2|1|0|dont-know|na|'"/>
  <xsl:variable name="threshold" select="number(/results/scale/@threshold)"/>
  <xsl:variable name="criteria-kind" select="/results/questionnaire/@kind != 'level-pick'"/>

  <!-- The report title: the parameter, else the assessment's title,
       else the default. -->
  <xsl:variable name="report-title">
    <xsl:choose>
      <xsl:when test="normalize-space($title) != ''"><xsl:value-of select="normalize-space($title)"/></xsl:when>
      <xsl:when test="normalize-space(/results/assessment/title) != ''">
        <xsl:value-of select="normalize-space(/results/assessment/title)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="country" select="normalize-space(/results/assessment/country)"/>
  <xsl:variable name="fictional"
                select="/results/assessment/country/@fictional = 'true' or /results/assessment/country/@fictional = '1'"/>

  <!-- Paper: anything but letter is A4. -->
  <xsl:variable name="paper-letter"
                select="translate($paper, 'LETR', 'letr') = 'letter'"/>

  <!-- All assessed capabilities have the same target: that target, else ''. -->
  <xsl:variable name="uniform-target">
    <xsl:variable name="assessed" select="/results/domain/capability[@assessed = 'true']"/>
    <xsl:if test="$assessed and not($assessed[@target != $assessed[1]/@target])">
      <xsl:value-of select="$assessed[1]/@target"/>
    </xsl:if>
  </xsl:variable>

  <!-- ================================================================
       Number formatting
       ================================================================ -->

  <!-- Every figure with decimals is written here, rounded once: $value, or
       $value divided by $by, to the decimals $pattern shows at most, an
       exact half away from zero (56.25 is 56.3, -0.25 is -0.3), then written
       with $pattern. format-number alone leaves an exact half to the
       processor (libxslt writes 9 of 16, 56.25%, as 56.3, Saxon as 56.2);
       rounded first, what it gets has no half left. Give counts as $value
       and $by, not their quotient: a product of whole numbers is exact, so
       the one division lands on a half exactly when the counts make one.
       A figure that rounds to nothing has no minus sign. -->
  <xsl:template name="fmt-round">
    <xsl:param name="value"/>
    <xsl:param name="by" select="1"/>
    <xsl:param name="pattern" select="'0.0'"/>
    <!-- false(): a machine number whatever the layout (SVG coordinates) -->
    <xsl:param name="human" select="$human-numbers"/>
    <!-- '0.00####' shows 6 decimals at most, '+0.0;-0.0' 1 -->
    <xsl:variable name="decimals"
                  select="string-length(substring-after(substring-before(concat($pattern, ';'), ';'), '.'))"/>
    <xsl:variable name="scale" select="number(substring('1000000', 1, $decimals + 1))"/>
    <xsl:variable name="x" select="number($value) * $scale div number($by)"/>
    <xsl:variable name="machine">
      <xsl:choose>
        <!-- round() takes a half up, towards +infinity: -2.5 would be -2 -->
        <xsl:when test="$x &lt; 0"><xsl:value-of select="format-number((0 - round(0 - $x)) div $scale, $pattern, 'mnr')"/></xsl:when>
        <!-- 0 + turns round(-0) into 0, which Saxon would write as -0 -->
        <xsl:otherwise><xsl:value-of select="format-number((0 + round($x)) div $scale, $pattern, 'mnr')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$human">
        <xsl:call-template name="fmt-human"><xsl:with-param name="number" select="string($machine)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$machine"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A machine number ("-1234.5", "+0.3", "12") written as the language
       writes it (num-group, num-decimal): the thousands of its whole part
       grouped, its decimal point replaced. Every figure of a human layout
       passes here (fmt-round calls it); a count can be given to it as it
       is. In a CSV layout it leaves the number as it is. -->
  <xsl:template name="fmt-human">
    <xsl:param name="number"/>
    <xsl:variable name="sign" select="substring($number, 1, number(starts-with($number, '-') or starts-with($number, '+')))"/>
    <xsl:variable name="unsigned" select="substring($number, string-length($sign) + 1)"/>
    <xsl:variable name="whole">
      <xsl:choose>
        <xsl:when test="contains($unsigned, '.')"><xsl:value-of select="substring-before($unsigned, '.')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$unsigned"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not($human-numbers) or translate($whole, '0123456789', '') != ''"><xsl:value-of select="$number"/></xsl:when>
      <xsl:otherwise>
        <xsl:if test="$isolate-numbers">&#x2066;</xsl:if>
        <xsl:value-of select="$sign"/>
        <xsl:call-template name="fmt-group"><xsl:with-param name="digits" select="$whole"/></xsl:call-template>
        <xsl:if test="contains($unsigned, '.')">
          <xsl:value-of select="concat($num-decimal, substring-after($unsigned, '.'))"/>
        </xsl:if>
        <xsl:if test="$isolate-numbers">&#x2069;</xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Figures written together ("12 / 15") as one run left to right on a
       page right to left, as fmt-human writes each figure. -->
  <xsl:template name="ltr">
    <xsl:param name="text"/>
    <xsl:if test="$isolate-numbers">&#x2066;</xsl:if>
    <xsl:value-of select="$text"/>
    <xsl:if test="$isolate-numbers">&#x2069;</xsl:if>
  </xsl:template>

  <!-- A name or id that may be in another script than the page (a
       baseline's English title, "mnr-full") in its own run on a page right
       to left: FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so that
       the brackets and commas around it stay in the page's order. -->
  <xsl:template name="isolated">
    <xsl:param name="text"/>
    <xsl:if test="$isolate-numbers">&#x2068;</xsl:if>
    <xsl:value-of select="$text"/>
    <xsl:if test="$isolate-numbers">&#x2069;</xsl:if>
  </xsl:template>

  <!-- Digits with the thousands separator between each group of three. -->
  <xsl:template name="fmt-group">
    <xsl:param name="digits"/>
    <xsl:variable name="n" select="string-length($digits)"/>
    <xsl:choose>
      <xsl:when test="$n &lt;= 3 or $num-group = ''"><xsl:value-of select="$digits"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fmt-group"><xsl:with-param name="digits" select="substring($digits, 1, $n - 3)"/></xsl:call-template>
        <xsl:value-of select="concat($num-group, substring($digits, $n - 2))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An ISO date (YYYY-MM-DD) as the language writes it: s.date-pattern
       with {day}, {month} (its name) and {year} filled in. English reports
       keep the ISO date they have always shown (unambiguous, and what
       users' scripts read); a text that is not such a date is written as
       it is. -->
  <xsl:template name="fmt-date">
    <xsl:param name="date"/>
    <xsl:variable name="d" select="normalize-space($date)"/>
    <xsl:variable name="y" select="substring($d, 1, 4)"/>
    <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
    <xsl:variable name="day" select="number(substring($d, 9, 2))"/>
    <xsl:choose>
      <xsl:when test="$s.lang = 'en' or $s.lang = '' or string-length($d) != 10
                      or translate($d, '0123456789', '##########') != '####-##-##'
                      or not($m &gt;= 1 and $m &lt;= 12 and $day &gt;= 1 and $day &lt;= 31)">
        <xsl:value-of select="$date"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="month">
          <xsl:choose>
            <xsl:when test="$m = 1"><xsl:value-of select="$s.month-1"/></xsl:when>
            <xsl:when test="$m = 2"><xsl:value-of select="$s.month-2"/></xsl:when>
            <xsl:when test="$m = 3"><xsl:value-of select="$s.month-3"/></xsl:when>
            <xsl:when test="$m = 4"><xsl:value-of select="$s.month-4"/></xsl:when>
            <xsl:when test="$m = 5"><xsl:value-of select="$s.month-5"/></xsl:when>
            <xsl:when test="$m = 6"><xsl:value-of select="$s.month-6"/></xsl:when>
            <xsl:when test="$m = 7"><xsl:value-of select="$s.month-7"/></xsl:when>
            <xsl:when test="$m = 8"><xsl:value-of select="$s.month-8"/></xsl:when>
            <xsl:when test="$m = 9"><xsl:value-of select="$s.month-9"/></xsl:when>
            <xsl:when test="$m = 10"><xsl:value-of select="$s.month-10"/></xsl:when>
            <xsl:when test="$m = 11"><xsl:value-of select="$s.month-11"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$s.month-12"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:variable name="a">
          <xsl:call-template name="replace">
            <xsl:with-param name="text" select="$s.date-pattern"/>
            <xsl:with-param name="from" select="'{day}'"/>
            <xsl:with-param name="to" select="string($day)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="b">
          <xsl:call-template name="replace">
            <xsl:with-param name="text" select="$a"/>
            <xsl:with-param name="from" select="'{month}'"/>
            <xsl:with-param name="to" select="$month"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="$b"/>
          <xsl:with-param name="from" select="'{year}'"/>
          <xsl:with-param name="to" select="$y"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A score or gap: 2 decimals ("2.50"); "-" when missing. -->
  <xsl:template name="fmt-score">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) = '' or string(number($value)) = 'NaN'"><xsl:value-of select="$s.dash"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$value"/><xsl:with-param name="pattern" select="'0.00'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A percentage: 1 decimal ("87.5"), without the % sign; "-" when missing. -->
  <xsl:template name="fmt-pct">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) = '' or string(number($value)) = 'NaN'"><xsl:value-of select="$s.dash"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$value"/><xsl:with-param name="pattern" select="'0.0'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A percentage of counts, worked out from the counts and rounded once
       ("90.5" for 38 of 42 with pattern 0.0, "90" with 0), without the %
       sign; "-" when there is nothing to count (0 of 0). -->
  <xsl:template name="fmt-ratio">
    <xsl:param name="part"/>
    <xsl:param name="whole"/>
    <xsl:param name="pattern" select="'0.0'"/>
    <xsl:choose>
      <xsl:when test="not(number($whole) &gt; 0) or string(number($part)) = 'NaN'"><xsl:value-of select="$s.dash"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fmt-round">
          <xsl:with-param name="value" select="100 * $part"/>
          <xsl:with-param name="by" select="$whole"/>
          <xsl:with-param name="pattern" select="$pattern"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Completeness of an element with @answered and @applicable, with %. -->
  <xsl:template name="fmt-completeness">
    <xsl:param name="of" select="."/>
    <xsl:call-template name="fmt-ratio">
      <xsl:with-param name="part" select="$of/@answered"/>
      <xsl:with-param name="whole" select="$of/@applicable"/>
    </xsl:call-template>
    <xsl:if test="number($of/@applicable) &gt; 0">%</xsl:if>
  </xsl:template>

  <!-- The model's threshold as it is, as a percentage: 0.75 "75%",
       0.875 "87.5%" (never rounded to a value the model does not hold). -->
  <xsl:template name="fmt-threshold">
    <xsl:call-template name="fmt-round">
      <xsl:with-param name="value" select="$threshold * 100"/>
      <xsl:with-param name="pattern" select="'0.#####'"/>
    </xsl:call-template>
    <xsl:text>%</xsl:text>
  </xsl:template>

  <!-- A share 0..1 as a whole percentage with sign ("88%"). -->
  <xsl:template name="fmt-share">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="string($value) = '' or string(number($value)) = 'NaN'"><xsl:value-of select="$s.dash"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$value * 100"/><xsl:with-param name="pattern" select="'0'"/></xsl:call-template>
        <xsl:text>%</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A number for SVG coordinates: at most 2 decimals, no grouping. -->
  <xsl:template name="n">
    <xsl:param name="v"/>
    <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$v"/><xsl:with-param name="pattern" select="'0.##'"/><xsl:with-param name="human" select="false()"/></xsl:call-template>
  </xsl:template>

  <!-- Baseline share of a capability as "75.0% (30/40)"; for the text and table. -->
  <xsl:template name="baseline-share">
    <xsl:param name="cap" select="."/>
    <xsl:param name="with-counts" select="true()"/>
    <xsl:param name="no-figure" select="$s.no-figure"/>
    <xsl:variable name="b" select="$cap/baseline"/>
    <xsl:choose>
      <xsl:when test="$b/@status = 'figure' and string($b/@percent) != ''">
        <xsl:call-template name="fmt-ratio">
          <xsl:with-param name="part" select="$b/@yes"/>
          <xsl:with-param name="whole" select="$b/@respondents"/>
        </xsl:call-template>
        <xsl:text>%</xsl:text>
        <xsl:if test="$with-counts and string($b/@yes) != ''">
          <xsl:value-of select="concat(' (', $b/@yes, '/', $b/@respondents, ')')"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$b"><xsl:value-of select="$no-figure"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       Look-ups
       ================================================================ -->

  <xsl:template name="level-name">
    <xsl:param name="level"/>
    <xsl:value-of select="$R/scale/level[@value = $level]/@name"/>
  </xsl:template>

  <xsl:template name="domain-name">
    <xsl:param name="id"/>
    <xsl:value-of select="$R/domain[@id = $id]/@name"/>
  </xsl:template>

  <!-- Category label: the results' own label, else the English one for the code. -->
  <xsl:template name="category-label">
    <xsl:param name="baseline" select="baseline"/>
    <xsl:choose>
      <xsl:when test="string($baseline/@category-label) != ''"><xsl:value-of select="$baseline/@category-label"/></xsl:when>
      <xsl:when test="$baseline/@category = 'common-missing'"><xsl:value-of select="$s.cat-common-missing"/></xsl:when>
      <xsl:when test="$baseline/@category = 'rare-missing'"><xsl:value-of select="$s.cat-rare-missing"/></xsl:when>
      <xsl:when test="$baseline/@category = 'ahead'"><xsl:value-of select="$s.cat-ahead"/></xsl:when>
      <xsl:when test="$baseline/@category = 'in-line'"><xsl:value-of select="$s.cat-in-line"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$baseline/@category"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="status-label">
    <xsl:param name="status"/>
    <xsl:choose>
      <xsl:when test="$status = 'met'"><xsl:value-of select="$s.st-met"/></xsl:when>
      <xsl:when test="$status = 'partly'"><xsl:value-of select="$s.st-partly"/></xsl:when>
      <xsl:when test="$status = 'unmet'"><xsl:value-of select="$s.st-unmet"/></xsl:when>
      <xsl:when test="$status = 'dont-know'"><xsl:value-of select="$s.st-dont-know"/></xsl:when>
      <xsl:when test="$status = 'not-applicable'"><xsl:value-of select="$s.st-not-applicable"/></xsl:when>
      <xsl:when test="$status = 'skipped'"><xsl:value-of select="$s.st-skipped"/></xsl:when>
      <xsl:when test="$status = 'unanswered'"><xsl:value-of select="$s.st-unanswered"/></xsl:when>
      <xsl:when test="$status = 'picked'"><xsl:value-of select="$s.st-picked"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$status"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The questions the consensus switched off, as one sentence:
       "...: C02.L4.a, by its answer to C02.L3.b; ...". -->
  <xsl:template name="ws-off-text">
    <xsl:value-of select="concat($s.ws-off, ': ')"/>
    <xsl:for-each select="$ws-off">
      <xsl:if test="position() &gt; 1">; </xsl:if>
      <xsl:value-of select="concat(@question, ', ', $s.ws-off-on, ' ', consensus/@switched-off-by)"/>
    </xsl:for-each>
    <xsl:text>.</xsl:text>
  </xsl:template>

  <!-- Criteria of a workshop consensus (mnr merge), and the counts of the
       agreement table for a capability. -->
  <xsl:template name="ws-counts">
    <xsl:param name="cap"/>
    <xsl:variable name="ws" select="$cap/criterion[consensus[not(@switched-off-by)]]"/>
    <answered><xsl:value-of select="count($ws)"/></answered>
    <unanimous><xsl:value-of select="count($ws[not(participant-answer/@value != participant-answer/@value)])"/></unanimous>
    <disputed><xsl:value-of select="count($ws[consensus/@disputed = 'true' or consensus/@disputed = '1'])"/></disputed>
    <decided><xsl:value-of select="count($ws[consensus/@decided = 'true' or consensus/@decided = '1'])"/></decided>
    <!-- participants' answers that are the consensus value, of all given -->
    <agreeing><xsl:value-of select="count($ws/participant-answer[@value = ../@answer])"/></agreeing>
    <given><xsl:value-of select="count($ws/participant-answer)"/></given>
  </xsl:template>

  <!-- The answers the participants gave to one question of a workshop,
       each with how many gave it, best first: "2 yes, 1 partly, 1 no". -->
  <xsl:template name="ws-split">
    <xsl:param name="crit" select="."/>
    <xsl:for-each select="$crit/participant-answer[not(@value = preceding-sibling::participant-answer/@value)]">
      <xsl:sort select="string-length(substring-before($ws-order, concat('|', @value, '|')))" data-type="number"/>
      <xsl:variable name="v" select="@value"/>
      <xsl:if test="position() &gt; 1">, </xsl:if>
      <xsl:value-of select="concat(count($crit/participant-answer[@value = $v]), ' ')"/>
      <xsl:call-template name="answer-label"><xsl:with-param name="answer" select="$v"/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- An answer as words (criteria answers, indicator answers). -->
  <xsl:template name="answer-label">
    <xsl:param name="answer"/>
    <xsl:choose>
      <xsl:when test="$answer = 'yes'"><xsl:value-of select="$s.a-yes"/></xsl:when>
      <xsl:when test="$answer = 'partly'"><xsl:value-of select="$s.a-partly"/></xsl:when>
      <xsl:when test="$answer = 'no'"><xsl:value-of select="$s.a-no"/></xsl:when>
      <xsl:when test="$answer = 'dont-know'"><xsl:value-of select="$s.st-dont-know"/></xsl:when>
      <xsl:when test="$answer = 'na' or $answer = 'not-applicable'"><xsl:value-of select="$s.st-not-applicable"/></xsl:when>
      <xsl:when test="$answer = 'unanswered' or $answer = ''"><xsl:value-of select="$s.st-unanswered"/></xsl:when>
      <xsl:when test="string(number($answer)) != 'NaN'">
        <xsl:value-of select="concat($s.level-word, ' ', $answer)"/>
        <xsl:variable name="nm">
          <xsl:call-template name="level-name"><xsl:with-param name="level" select="$answer"/></xsl:call-template>
        </xsl:variable>
        <xsl:if test="$nm != ''"><xsl:value-of select="concat(' (', $nm, ')')"/></xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$answer"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       Palette
       Levels 0-4: one hue, light to dark, with luminance steps that stay
       apart in greyscale print; every use also prints the level number or
       name, so meaning never rests on colour alone.
       ================================================================ -->

  <xsl:variable name="c.text">#1f2933</xsl:variable>
  <xsl:variable name="c.muted">#52606d</xsl:variable>
  <xsl:variable name="c.faint">#9aa5b1</xsl:variable>
  <xsl:variable name="c.rule">#d3d9df</xsl:variable>
  <xsl:variable name="c.grid">#e4e7eb</xsl:variable>
  <xsl:variable name="c.accent">#16365c</xsl:variable>
  <xsl:variable name="c.paper">#ffffff</xsl:variable>
  <!-- 2021 review bars (context, in neutral greys) -->
  <xsl:variable name="c.review-yes">#616e7c</xsl:variable>
  <xsl:variable name="c.review-no">#e1e5ea</xsl:variable>
  <!-- statuses -->
  <xsl:variable name="c.in-place">#16365c</xsl:variable>
  <xsl:variable name="c.not-in-place">#16365c</xsl:variable>
  <xsl:variable name="c.not-assessed">#9aa5b1</xsl:variable>
  <xsl:variable name="c.unmet">#9b2c2c</xsl:variable>
  <xsl:variable name="c.partly">#8a5a00</xsl:variable>
  <xsl:variable name="c.dont-know">#52606d</xsl:variable>
  <xsl:variable name="c.met">#2f6b3a</xsl:variable>

  <xsl:template name="level-colour">
    <xsl:param name="level"/>
    <xsl:choose>
      <xsl:when test="$level = 0">#f2f4f7</xsl:when>
      <xsl:when test="$level = 1">#bfd3e6</xsl:when>
      <xsl:when test="$level = 2">#7ea6cf</xsl:when>
      <xsl:when test="$level = 3">#3d6ea5</xsl:when>
      <xsl:when test="$level = 4">#16365c</xsl:when>
      <xsl:otherwise>#ffffff</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Text on a level colour. -->
  <xsl:template name="level-ink">
    <xsl:param name="level"/>
    <xsl:choose>
      <xsl:when test="$level &gt;= 3">#ffffff</xsl:when>
      <xsl:otherwise><xsl:value-of select="$c.text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Heat-map colour of a share 0..1, returned as rgb(r,g,b). Two ramps,
       so that the figure printed on a cell is readable at 4.5:1 (WCAG AA)
       whatever the share: below one half from near white to a mid blue
       (#8aa4c0) under dark ink, from one half on from #3d6ea5 to the
       accent under white ink. One linear ramp passes through shades on
       which neither ink reaches 4.5:1. share-ink follows the same split. -->
  <xsl:template name="share-colour">
    <xsl:param name="share"/>
    <xsl:variable name="s">
      <xsl:choose>
        <xsl:when test="number($share) &gt; 1">1</xsl:when>
        <xsl:when test="number($share) &gt;= 0">
          <xsl:value-of select="number($share)"/>
        </xsl:when>
        <xsl:otherwise>0</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$s &lt; 0.5">
        <xsl:variable name="t" select="$s * 2"/>
        <xsl:value-of select="concat('rgb(',
            round(246 + (138 - 246) * $t), ',',
            round(248 + (164 - 248) * $t), ',',
            round(250 + (192 - 250) * $t), ')')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="t" select="($s - 0.5) * 2"/>
        <xsl:value-of select="concat('rgb(',
            round(61 + (29 - 61) * $t), ',',
            round(110 + (79 - 110) * $t), ',',
            round(165 + (134 - 165) * $t), ')')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="share-ink">
    <xsl:param name="share"/>
    <xsl:choose>
      <xsl:when test="number($share) &gt;= 0.5">#ffffff</xsl:when>
      <xsl:otherwise><xsl:value-of select="$c.text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================
       Strings
       ================================================================ -->

  <xsl:variable name="spaces" select="'                                                                                                    '"/>

  <!-- text padded with spaces on the right to width (never cut). -->
  <xsl:template name="pad-right">
    <xsl:param name="text"/>
    <xsl:param name="width"/>
    <xsl:value-of select="$text"/>
    <xsl:value-of select="substring($spaces, 1, $width - string-length($text))"/>
  </xsl:template>

  <!-- text padded with spaces on the left to width (numbers). -->
  <xsl:template name="pad-left">
    <xsl:param name="text"/>
    <xsl:param name="width"/>
    <xsl:value-of select="substring($spaces, 1, $width - string-length($text))"/>
    <xsl:value-of select="$text"/>
  </xsl:template>

  <!-- String templates below keep the cost of a layout in proportion to
       its input: none recurses once per character, word, line or
       occurrence of the whole text (libxslt stops at 3000 nested calls,
       and copying the rest of a long string at each step is quadratic).
       They halve the string instead, so calls nest about log2(length)
       deep, and only short pieces are walked step by step. -->

  <!-- Position of the last c (one character) in text; 0 if none. -->
  <xsl:template name="last-index">
    <xsl:param name="text"/>
    <xsl:param name="c"/>
    <xsl:variable name="half" select="floor(string-length($text) div 2)"/>
    <xsl:variable name="right" select="substring($text, $half + 1)"/>
    <xsl:choose>
      <xsl:when test="not(contains($text, $c))">0</xsl:when>
      <xsl:when test="string-length($text) = 1">1</xsl:when>
      <xsl:when test="contains($right, $c)">
        <xsl:variable name="i">
          <xsl:call-template name="last-index">
            <xsl:with-param name="text" select="$right"/>
            <xsl:with-param name="c" select="$c"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:value-of select="$half + $i"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="last-index">
          <xsl:with-param name="text" select="substring($text, 1, $half)"/>
          <xsl:with-param name="c" select="$c"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The pieces of text between occurrences of c (one character): as
       <t> elements when nodes is true (for exsl:node-set), else as text
       with to between them. Every piece is kept, empty ones too. -->
  <xsl:template name="split">
    <xsl:param name="text"/>
    <xsl:param name="c"/>
    <xsl:param name="to" select="''"/>
    <xsl:param name="nodes" select="false()"/>
    <xsl:choose>
      <xsl:when test="string-length($text) &lt;= 128 or not(contains($text, $c))">
        <xsl:call-template name="split-short">
          <xsl:with-param name="text" select="$text"/>
          <xsl:with-param name="c" select="$c"/>
          <xsl:with-param name="to" select="$to"/>
          <xsl:with-param name="nodes" select="$nodes"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <!-- cut at the first c after the middle, else at the last c before it -->
        <xsl:variable name="half" select="floor(string-length($text) div 2)"/>
        <xsl:variable name="right" select="substring($text, $half + 1)"/>
        <xsl:variable name="cut">
          <xsl:choose>
            <xsl:when test="contains($right, $c)">
              <xsl:value-of select="$half + string-length(substring-before($right, $c)) + 1"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="last-index">
                <xsl:with-param name="text" select="substring($text, 1, $half)"/>
                <xsl:with-param name="c" select="$c"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:call-template name="split">
          <xsl:with-param name="text" select="substring($text, 1, $cut - 1)"/>
          <xsl:with-param name="c" select="$c"/>
          <xsl:with-param name="to" select="$to"/>
          <xsl:with-param name="nodes" select="$nodes"/>
        </xsl:call-template>
        <xsl:if test="not($nodes)"><xsl:value-of select="$to"/></xsl:if>
        <xsl:call-template name="split">
          <xsl:with-param name="text" select="substring($text, $cut + 1)"/>
          <xsl:with-param name="c" select="$c"/>
          <xsl:with-param name="to" select="$to"/>
          <xsl:with-param name="nodes" select="$nodes"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- split for a short text (or one without c): a piece per step. -->
  <xsl:template name="split-short">
    <xsl:param name="text"/>
    <xsl:param name="c"/>
    <xsl:param name="to"/>
    <xsl:param name="nodes"/>
    <xsl:variable name="piece" select="substring-before(concat($text, $c), $c)"/>
    <xsl:choose>
      <xsl:when test="$nodes"><t><xsl:value-of select="$piece"/></t></xsl:when>
      <xsl:otherwise><xsl:value-of select="$piece"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="contains($text, $c)">
      <xsl:if test="not($nodes)"><xsl:value-of select="$to"/></xsl:if>
      <xsl:call-template name="split-short">
        <xsl:with-param name="text" select="substring-after($text, $c)"/>
        <xsl:with-param name="c" select="$c"/>
        <xsl:with-param name="to" select="$to"/>
        <xsl:with-param name="nodes" select="$nodes"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Replace every from (one character) by to. -->
  <xsl:template name="replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:call-template name="split">
      <xsl:with-param name="text" select="$text"/>
      <xsl:with-param name="c" select="$from"/>
      <xsl:with-param name="to" select="$to"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Word-wrap text (whitespace normalised) into lines of at most width
       characters, joined by sep. A word longer than width is cut. -->
  <xsl:template name="wrap">
    <xsl:param name="text"/>
    <xsl:param name="width" select="80"/>
    <xsl:param name="sep" select="'&#10;'"/>
    <xsl:variable name="lines">
      <xsl:call-template name="wrap-lines">
        <xsl:with-param name="text" select="normalize-space($text)"/>
        <xsl:with-param name="width" select="$width"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:for-each select="exsl:node-set($lines)/t">
      <xsl:if test="position() &gt; 1"><xsl:value-of select="$sep"/></xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- The lines of text (normalised) as <t> elements when it continues
       line, the line still open before it (joined by join: ' ' or '' in
       the middle of a word). The last <t> is the line left open. A long
       text is halved: the open line of the first half is where the second
       half starts, and the lines are those of wrapping it whole, since a
       line ends only where what follows cannot join it. -->
  <xsl:template name="wrap-lines">
    <xsl:param name="text"/>
    <xsl:param name="width"/>
    <xsl:param name="line" select="''"/>
    <xsl:param name="join" select="''"/>
    <xsl:variable name="half" select="floor(string-length($text) div 2)"/>
    <xsl:choose>
      <xsl:when test="string-length($text) &lt;= 512">
        <xsl:call-template name="wrap-short">
          <xsl:with-param name="rest">
            <xsl:if test="$line != ''"><xsl:value-of select="concat($line, $join)"/></xsl:if>
            <xsl:value-of select="$text"/>
          </xsl:with-param>
          <xsl:with-param name="width" select="$width"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <!-- one space at most at the cut (the text is normalised) -->
        <xsl:variable name="a" select="substring($text, 1, $half)"/>
        <xsl:variable name="b" select="substring($text, $half + 1)"/>
        <xsl:variable name="a-space" select="substring($a, $half) = ' '"/>
        <xsl:variable name="b-space" select="starts-with($b, ' ')"/>
        <xsl:variable name="first">
          <xsl:call-template name="wrap-lines">
            <xsl:with-param name="text" select="substring($a, 1, $half - number($a-space))"/>
            <xsl:with-param name="width" select="$width"/>
            <xsl:with-param name="line" select="$line"/>
            <xsl:with-param name="join" select="$join"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="done" select="exsl:node-set($first)/t"/>
        <xsl:copy-of select="$done[position() != last()]"/>
        <xsl:call-template name="wrap-lines">
          <xsl:with-param name="text" select="substring($b, 1 + number($b-space))"/>
          <xsl:with-param name="width" select="$width"/>
          <xsl:with-param name="line" select="string($done[last()])"/>
          <xsl:with-param name="join" select="substring(' ', 1, number($a-space or $b-space))"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Greedy wrap of a short normalised text, a line per step: as many
       words as fit in width; a word longer than width is cut at width. -->
  <xsl:template name="wrap-short">
    <xsl:param name="rest"/>
    <xsl:param name="width"/>
    <xsl:choose>
      <xsl:when test="string-length($rest) &lt;= $width"><t><xsl:value-of select="$rest"/></t></xsl:when>
      <xsl:otherwise>
        <!-- the line ends before the last space that leaves it within width -->
        <xsl:variable name="space">
          <xsl:call-template name="last-index">
            <xsl:with-param name="text" select="substring($rest, 1, $width + 1)"/>
            <xsl:with-param name="c" select="' '"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$space &gt; 1">
            <t><xsl:value-of select="substring($rest, 1, $space - 1)"/></t>
            <xsl:call-template name="wrap-short">
              <xsl:with-param name="rest" select="substring($rest, $space + 1)"/>
              <xsl:with-param name="width" select="$width"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>
            <t><xsl:value-of select="substring($rest, 1, $width)"/></t>
            <xsl:call-template name="wrap-short">
              <xsl:with-param name="rest" select="substring($rest, $width + 1)"/>
              <xsl:with-param name="width" select="$width"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Number of lines in a newline-separated string. -->
  <xsl:template name="count-lines">
    <xsl:param name="text"/>
    <xsl:value-of select="string-length($text) - string-length(translate($text, '&#10;', '')) + 1"/>
  </xsl:template>

  <!-- A string as the body of a CSS string literal "...": backslash and
       quote escaped, < and > as hex escapes (the text sits inside <style>,
       where HTML does not escape), control characters as spaces. -->
  <xsl:template name="css-string">
    <xsl:param name="text"/>
    <xsl:variable name="a">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="normalize-space(translate($text, '&#9;&#10;&#13;', '   '))"/>
        <xsl:with-param name="from" select="'\'"/>
        <xsl:with-param name="to" select="'\5C '"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="b">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="$a"/>
        <xsl:with-param name="from" select="'&quot;'"/>
        <xsl:with-param name="to" select="'\22 '"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="c">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="$b"/>
        <xsl:with-param name="from" select="'&lt;'"/>
        <xsl:with-param name="to" select="'\3C '"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="replace">
      <xsl:with-param name="text" select="$c"/>
      <xsl:with-param name="from" select="'&gt;'"/>
      <xsl:with-param name="to" select="'\3E '"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================
       Shared pieces of wording
       ================================================================ -->

  <!-- "Testland (fictional example)" -->
  <xsl:template name="country-line">
    <xsl:value-of select="$country"/>
    <xsl:if test="$fictional">
      <xsl:value-of select="concat(' ', $s.fictional)"/>
    </xsl:if>
  </xsl:template>

  <!-- "2 Developing" for a capability (or why it is not assessed). -->
  <xsl:template name="cap-level-text">
    <xsl:param name="cap" select="."/>
    <xsl:choose>
      <xsl:when test="$cap/@assessed = 'true'">
        <xsl:value-of select="concat($cap/@level, ' ', $cap/@level-name)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="not-assessed-label"><xsl:with-param name="cap" select="$cap"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Why a capability is not assessed, in a few words: "not answered
       yet", "don't know", "not applicable". -->
  <xsl:template name="not-assessed-label">
    <xsl:param name="cap" select="."/>
    <xsl:choose>
      <xsl:when test="$cap/@not-assessed = 'not-answered'"><xsl:value-of select="$s.not-answered"/></xsl:when>
      <xsl:when test="$cap/@not-assessed = 'dont-know'"><xsl:value-of select="$s.st-dont-know"/></xsl:when>
      <xsl:when test="$cap/@not-assessed = 'not-applicable'"><xsl:value-of select="$s.st-not-applicable"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.not-assessed"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The same as a sentence, for a capability's own section. -->
  <xsl:template name="not-assessed-long">
    <xsl:param name="cap" select="."/>
    <xsl:choose>
      <xsl:when test="$cap/@not-assessed = 'not-answered'"><xsl:value-of select="$s.not-answered-long"/></xsl:when>
      <xsl:when test="$cap/@not-assessed = 'dont-know'"><xsl:value-of select="$s.dont-know-long"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.not-assessed-long"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The capabilities not assessed, counted by reason: "20 not answered
       yet, 1 don't know"; empty when every capability is assessed. -->
  <xsl:template name="not-assessed-counts">
    <xsl:variable name="caps" select="$R/domain/capability[@assessed != 'true']"/>
    <xsl:variable name="na" select="count($caps[@not-assessed = 'not-answered'])"/>
    <xsl:variable name="dk" select="count($caps[@not-assessed = 'dont-know'])"/>
    <xsl:variable name="np" select="count($caps) - $na - $dk"/>
    <xsl:if test="$na &gt; 0"><xsl:value-of select="concat($na, ' ', $s.not-answered)"/></xsl:if>
    <xsl:if test="$dk &gt; 0">
      <xsl:if test="$na &gt; 0">, </xsl:if>
      <xsl:value-of select="concat($dk, ' ', $s.st-dont-know)"/>
    </xsl:if>
    <xsl:if test="$np &gt; 0">
      <xsl:if test="$na + $dk &gt; 0">, </xsl:if>
      <xsl:value-of select="concat($np, ' ', $s.st-not-applicable)"/>
    </xsl:if>
  </xsl:template>

  <!-- "No capability is assessed yet: 21 not answered yet. There is no
       index, level or gap to report." -->
  <xsl:template name="nothing-assessed">
    <xsl:value-of select="concat($s.nothing-assessed-1, ' ')"/>
    <xsl:call-template name="not-assessed-counts"/>
    <xsl:value-of select="concat('. ', $s.nothing-assessed-2)"/>
  </xsl:template>

  <!-- What a figure covers: "over 1 of 21 capabilities". -->
  <xsl:template name="coverage">
    <xsl:param name="of" select="$R/summary"/>
    <xsl:value-of select="concat($s.over, ' ', $of/@capabilities-assessed, ' ', $s.of, ' ', $of/@capabilities, ' ')"/>
    <xsl:choose>
      <xsl:when test="$of/@capabilities = 1"><xsl:value-of select="$s.capability-1"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.capabilities"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The overall level with what it covers ("1 Emerging, over 21 of 21
       capabilities"), or why there is none ("no overall level: domains
       1 Policy and governance, 5 Industry have no assessed capability"). -->
  <xsl:template name="overall-level-text">
    <xsl:variable name="sum" select="$R/summary"/>
    <xsl:choose>
      <xsl:when test="string($sum/@overall-level) != ''">
        <xsl:value-of select="concat($sum/@overall-level, ' ', $sum/@overall-level-name, ', ')"/>
        <xsl:call-template name="coverage"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="missing" select="$R/domain[@assessed != 'true']"/>
        <xsl:value-of select="concat($s.no-overall-level, ' ')"/>
        <xsl:choose>
          <xsl:when test="count($missing) = 1"><xsl:value-of select="$s.domain-lc"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$s.domains-lc"/></xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="$missing">
          <xsl:if test="position() &gt; 1">,</xsl:if>
          <xsl:value-of select="concat(' ', @number, ' ', @name)"/>
        </xsl:for-each>
        <xsl:choose>
          <xsl:when test="count($missing) = 1"><xsl:value-of select="concat(' ', $s.has-no-assessed)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat(' ', $s.have-no-assessed)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The respondents in one line: "Workshop: A (role); B (role)". -->
  <xsl:template name="respondents-line">
    <xsl:variable name="r" select="$R/assessment/respondents"/>
    <xsl:if test="normalize-space($r/@workshop) != ''">
      <xsl:value-of select="normalize-space($r/@workshop)"/>
      <xsl:if test="$r/respondent">: </xsl:if>
    </xsl:if>
    <xsl:for-each select="$r/respondent">
      <xsl:if test="position() &gt; 1">; </xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
      <xsl:if test="normalize-space(@role) != ''">
        <xsl:value-of select="concat(' (', normalize-space(@role), ')')"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- "Test model (test-model, version 1.0)" -->
  <!-- "Title (id, version 1.0" of the model, questionnaire or baseline
       lines below; each line closes the bracket itself. -->
  <xsl:template name="titled-id">
    <xsl:param name="title"/>
    <xsl:param name="id"/>
    <xsl:param name="version"/>
    <xsl:call-template name="isolated"><xsl:with-param name="text" select="$title"/></xsl:call-template>
    <xsl:text> (</xsl:text>
    <xsl:call-template name="isolated"><xsl:with-param name="text" select="$id"/></xsl:call-template>
    <xsl:value-of select="concat(', ', $s.version, ' ')"/>
    <xsl:call-template name="ltr"><xsl:with-param name="text" select="$version"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="model-line">
    <xsl:variable name="m" select="$R/model"/>
    <xsl:call-template name="titled-id">
      <xsl:with-param name="title" select="string($m/@title)"/>
      <xsl:with-param name="id" select="string($m/@id)"/>
      <xsl:with-param name="version" select="string($m/@version)"/>
    </xsl:call-template>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <!-- Which baseline the country is compared with: the 2021 review or a
       cohort baseline of mnr cohort, by its title, id and version. -->
  <xsl:template name="baseline-line">
    <xsl:variable name="b" select="$R/baseline-source"/>
    <xsl:call-template name="titled-id">
      <xsl:with-param name="title" select="normalize-space($b/title)"/>
      <xsl:with-param name="id" select="string($b/@id)"/>
      <xsl:with-param name="version" select="string($b/@version)"/>
    </xsl:call-template>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <xsl:template name="questionnaire-line">
    <xsl:variable name="q" select="$R/questionnaire"/>
    <xsl:call-template name="titled-id">
      <xsl:with-param name="title" select="string($q/@title)"/>
      <xsl:with-param name="id" select="string($q/@id)"/>
      <xsl:with-param name="version" select="string($q/@version)"/>
    </xsl:call-template>
    <xsl:text>; </xsl:text>
    <xsl:choose>
      <xsl:when test="$q/@kind = 'level-pick'"><xsl:value-of select="$s.q-level-pick"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.q-criteria"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <!-- A domain's score with what it covers: "2.50 over 1 of 4
       capabilities", or "no assessed capability". -->
  <xsl:template name="domain-score-text">
    <xsl:param name="d" select="."/>
    <xsl:choose>
      <xsl:when test="$d/@assessed = 'true' and string($d/@score) != ''">
        <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$d/@score"/></xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:call-template name="coverage"><xsl:with-param name="of" select="$d"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.no-assessed-cap"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Domain name with its score: "Second domain (2.50 over 1 of 2 capabilities)" -->
  <xsl:template name="domain-with-score">
    <xsl:param name="id"/>
    <xsl:variable name="d" select="$R/domain[@id = $id]"/>
    <xsl:choose>
      <xsl:when test="$d">
        <xsl:value-of select="$d/@name"/>
        <xsl:if test="string($d/@score) != ''">
          <xsl:text> (</xsl:text>
          <xsl:call-template name="fmt-score"><xsl:with-param name="value" select="$d/@score"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="coverage"><xsl:with-param name="of" select="$d"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>

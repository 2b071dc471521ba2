<?xml version="1.0" encoding="UTF-8"?>
<!--
  words.xsl - every word mnr's layouts print: the report, compare and cohort
  layouts (s.*) and the answer form (f.*), including the messages of the
  form's script. XSLT 1.0. Imported by common.xsl, so every layout, and every
  user stylesheet that imports common.xsl, has them all.

  Nothing else is here: no template, no figure, no colour. A word that is
  not here is taken from the data (the model, the questionnaire, the
  results), never written into a layout.

  How the words are kept: one top-level xsl:variable per word, named by its
  key (s.KEY for the reports, f.KEY for the form), its English text as the
  variable's content. Why this form and not a look-up table read through a
  template:
    - it costs nothing per use: a global variable is worked out once per
      run, and a layout reads it as $s.KEY wherever it is, also inside a
      temporary tree (exsl:node-set), where key() and "/" would look at the
      wrong document;
    - an extraction for translators (itstool with an ITS rule selecting
      xsl:variable[starts-with(@name, 's.') or starts-with(@name, 'f.')],
      or a small XSLT) reads the key from @name and the message from the
      text; a translated words module is the same file with other texts,
      imported in its place;
    - a user stylesheet that imports common.xsl changes a word by declaring
      the same variable again (its import precedence is higher).
  A few words differ when a report compares the country with a cohort
  baseline (mnr cohort) instead of the 2021 review: each holds both texts in
  one xsl:choose on $cohort-baseline, which common.xsl sets. Messages of the
  form's script have {1}, {2}... for what the script fills in.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- ================================================================
       The reports (report-*.xsl), with the words the compare and cohort
       layouts share with them
       ================================================================ -->

  <!-- The language of the words below and whether their translation is a
       draft: set by mnr from the catalog (its PO header) when it loads
       this module; not translated. s.lang is an HTML lang code;
       s.translation-draft is 'yes' until a native speaker has reviewed the
       translation, else empty. -->
  <xsl:variable name="s.lang">en</xsl:variable>
  <xsl:variable name="s.translation-draft"></xsl:variable>

  <!-- The locale: how the language writes, read by the layouts (and by mnr
       itself from the same messages). -->
  <!-- TRANSLATORS: the direction your language is written in: keep
       "default:LTR" for left to right; write "default:RTL" for a language
       written right to left (Arabic, Hebrew...). Nothing else. -->
  <xsl:variable name="s.direction">default:LTR</xsl:variable>
  <!-- TRANSLATORS: the number one thousand two hundred and thirty-four and
       a half as your language writes it, digits 1 2 3 4 5 kept: what stands
       between 1 and 234 separates thousands (may be nothing, a space, a
       narrow no-break space U+202F...), what stands between 4 and 5 is the
       decimal sign. French: "1 234,5", Spanish: "1234,5". -->
  <xsl:variable name="s.number-sample">1,234.5</xsl:variable>
  <!-- TRANSLATORS: how a date is written: {day} is the day of the month
       (1-31, no leading zero), {month} the month's name (below), {year} the
       year. French: "{day} {month} {year}", Spanish:
       "{day} de {month} de {year}". -->
  <xsl:variable name="s.date-pattern">{day} {month} {year}</xsl:variable>
  <!-- TRANSLATORS: the names of the months, as they stand in a date. -->
  <xsl:variable name="s.month-1">January</xsl:variable>
  <xsl:variable name="s.month-2">February</xsl:variable>
  <xsl:variable name="s.month-3">March</xsl:variable>
  <xsl:variable name="s.month-4">April</xsl:variable>
  <xsl:variable name="s.month-5">May</xsl:variable>
  <xsl:variable name="s.month-6">June</xsl:variable>
  <xsl:variable name="s.month-7">July</xsl:variable>
  <xsl:variable name="s.month-8">August</xsl:variable>
  <xsl:variable name="s.month-9">September</xsl:variable>
  <xsl:variable name="s.month-10">October</xsl:variable>
  <xsl:variable name="s.month-11">November</xsl:variable>
  <xsl:variable name="s.month-12">December</xsl:variable>
  <!-- TRANSLATORS: shown once near the top of every report, comparison,
       cohort report and form while your translation is a draft (its PO
       header says X-Translation-Status: draft). -->
  <xsl:variable name="s.draft-notice">This translation is a draft: no native speaker has reviewed it yet.</xsl:variable>

  <xsl:variable name="s.title">Model National Response maturity self-assessment</xsl:variable>
  <xsl:variable name="s.subtitle">Gap report</xsl:variable>
  <xsl:variable name="s.mnr">Model National Response</xsl:variable>
  <xsl:variable name="s.mnr-long">WeProtect Global Alliance Model National Response to online child sexual exploitation and abuse</xsl:variable>
  <xsl:variable name="s.fictional">(fictional example)</xsl:variable>
  <xsl:variable name="s.fictional-note">This is a fictional example country; its answers are invented.</xsl:variable>
  <xsl:variable name="s.organisation">Organisation</xsl:variable>
  <xsl:variable name="s.country">Country</xsl:variable>
  <xsl:variable name="s.date">Date of assessment</xsl:variable>
  <xsl:variable name="s.respondents">Respondents</xsl:variable>
  <xsl:variable name="s.workshop">Workshop</xsl:variable>
  <xsl:variable name="s.model">Maturity model</xsl:variable>
  <xsl:variable name="s.questionnaire">Questionnaire</xsl:variable>
  <xsl:variable name="s.q-criteria">full questionnaire: criteria questions per level</xsl:variable>
  <xsl:variable name="s.q-level-pick">rapid questionnaire: one level picked per capability</xsl:variable>
  <xsl:variable name="s.version">version</xsl:variable>
  <xsl:variable name="s.generator">Produced with</xsl:variable>
  <xsl:variable name="s.contents">Contents</xsl:variable>
  <xsl:variable name="s.sensitive">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">This report describes one country's own assessment of its response to online child sexual exploitation and abuse, including its gaps. Share it with care. It compares the country with a cohort baseline: the anonymised self-assessments of other countries; like the 2021 review, it does not rank or name any country.</xsl:when>
      <xsl:otherwise>This report describes one country's own assessment of its response to online child sexual exploitation and abuse, including its gaps. Share it with care. It compares the country with the share of countries surveyed for the 2021 review; like the review, it does not rank or name any country.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- section titles -->
  <xsl:variable name="s.sec-summary">Summary</xsl:variable>
  <xsl:variable name="s.sec-charts">The profile at a glance</xsl:variable>
  <xsl:variable name="s.sec-table">All capabilities</xsl:variable>
  <xsl:variable name="s.sec-domains">Domain by domain</xsl:variable>
  <xsl:variable name="s.sec-roadmap">Roadmap</xsl:variable>
  <xsl:variable name="s.sec-method">Method annex</xsl:variable>
  <xsl:variable name="s.sec-workshop">Workshop annex</xsl:variable>

  <!-- workshop annex (a consensus made by mnr merge) -->
  <xsl:variable name="s.ws-intro">These answers are the consensus of a workshop: each participant answered the questionnaire, and mnr merge combined their answers by the rules below. This annex shows where the participants disagreed and what the room decided.</xsl:variable>
  <xsl:variable name="s.ws-participants">Participants</xsl:variable>
  <xsl:variable name="s.ws-rules">Rules used</xsl:variable>
  <xsl:variable name="s.ws-rules-text">Per question: participants who left it blank do not count. It is not applicable when more than half of those who answered said not applicable (where the question allows it). Otherwise it is the median of the yes, partly and no answers (no &lt; partly &lt; yes), the lower of the two middle answers when their number is even, so a criterion counts as met only when at least half of the room says so. Don't know only when nobody said yes, partly or no. A question is disputed when some said yes and some said no. In the rapid questionnaire: the median level, the lower middle one when even, disputed when the levels given differ by two or more. A facilitator's decision replaces the value the rules give; both are shown. A question that the consensus's own answers switch off gets no consensus answer.</xsl:variable>
  <xsl:variable name="s.ws-disputed">Disputed questions</xsl:variable>
  <xsl:variable name="s.ws-glance">Disputed questions at a glance</xsl:variable>
  <xsl:variable name="s.ws-glance-intro">One line per disputed question: the answers the participants gave, with how many gave each, and the consensus. Who gave which answer, with their evidence and comments, is under Disputed questions at the end of this annex.</xsl:variable>
  <xsl:variable name="s.ws-answers-given">Answers given</xsl:variable>
  <xsl:variable name="s.ws-consensus-lc">consensus</xsl:variable>
  <xsl:variable name="s.ws-no-disputed">No question was disputed.</xsl:variable>
  <xsl:variable name="s.ws-decisions">Decisions</xsl:variable>
  <xsl:variable name="s.ws-no-decisions">The room decided no question against the rules.</xsl:variable>
  <xsl:variable name="s.ws-consensus-row">Consensus</xsl:variable>
  <xsl:variable name="s.ws-said">said</xsl:variable>
  <xsl:variable name="s.ws-disputed-intro">The questions on which views were furthest apart (see the rules above): the consensus, who gave which answer, and the evidence and comments each gave.</xsl:variable>
  <xsl:variable name="s.ws-rule-gave">the rules gave</xsl:variable>
  <xsl:variable name="s.ws-nothing">no answer</xsl:variable>
  <xsl:variable name="s.ws-decided">decided</xsl:variable>
  <xsl:variable name="s.ws-note">Note</xsl:variable>
  <xsl:variable name="s.ws-comment">comment</xsl:variable>
  <xsl:variable name="s.ws-agreement">Agreement per capability</xsl:variable>
  <xsl:variable name="s.ws-agreement-intro">Per capability, of the questions answered in the workshop: how many every participant who answered them answered alike (unanimous), how many were disputed, how many the room decided, and what share of all the participants' answers was the same as the consensus.</xsl:variable>
  <xsl:variable name="s.ws-answered-col">Answered</xsl:variable>
  <xsl:variable name="s.ws-unanimous-col">Unanimous</xsl:variable>
  <xsl:variable name="s.ws-disputed-col">Disputed</xsl:variable>
  <xsl:variable name="s.ws-decided-col">Decided</xsl:variable>
  <xsl:variable name="s.ws-agreeing-col">Same as consensus</xsl:variable>
  <xsl:variable name="s.ws-off">Switched off by the consensus: the questionnaire skips these questions given the consensus's answer to an earlier one, so they have no consensus answer and do not count (the participants' answers stay in the consensus file)</xsl:variable>
  <xsl:variable name="s.ws-off-on">by its answer to</xsl:variable>
  <xsl:variable name="s.domain">Domain</xsl:variable>
  <xsl:variable name="s.domains">Domains</xsl:variable>

  <!-- summary -->
  <xsl:variable name="s.overall-index">Overall index</xsl:variable>
  <xsl:variable name="s.overall-level">Overall level</xsl:variable>
  <!-- TRANSLATORS: 4.00 is the highest score: write it as your language
       writes numbers (French "sur 4,00") -->
  <xsl:variable name="s.of-4">of 4.00</xsl:variable>
  <xsl:variable name="s.to-target">Progress to target</xsl:variable>
  <xsl:variable name="s.to-target-note">of the way to the target levels</xsl:variable>
  <xsl:variable name="s.completeness">Completeness</xsl:variable>
  <xsl:variable name="s.questions-answered">questions answered</xsl:variable>
  <xsl:variable name="s.capabilities-assessed">Capabilities assessed</xsl:variable>
  <xsl:variable name="s.strongest">Strongest domain</xsl:variable>
  <xsl:variable name="s.weakest">Weakest domain</xsl:variable>
  <xsl:variable name="s.top-priorities">Top priority gaps</xsl:variable>
  <xsl:variable name="s.top-priorities-note">The full roadmap, with the capabilities each one builds on, is in section</xsl:variable>
  <xsl:variable name="s.no-priorities">No capability has a gap to its target level.</xsl:variable>
  <xsl:variable name="s.nothing-assessed-1">No capability is assessed yet:</xsl:variable>
  <xsl:variable name="s.nothing-assessed-2">There is no index, level or gap to report.</xsl:variable>
  <!-- coverage: "over 1 of 21 capabilities" beside every overall figure -->
  <xsl:variable name="s.over">over</xsl:variable>
  <xsl:variable name="s.no-overall-level">no overall level:</xsl:variable>
  <xsl:variable name="s.domain-lc">domain</xsl:variable>
  <xsl:variable name="s.domains-lc">domains</xsl:variable>
  <xsl:variable name="s.has-no-assessed">has no assessed capability</xsl:variable>
  <xsl:variable name="s.have-no-assessed">have no assessed capability</xsl:variable>
  <xsl:variable name="s.no-assessed-cap">no assessed capability</xsl:variable>
  <xsl:variable name="s.index-sentence">The overall index is</xsl:variable>
  <xsl:variable name="s.reaches">reaches</xsl:variable>
  <xsl:variable name="s.overall-sentence-1">Overall,</xsl:variable>
  <xsl:variable name="s.overall-sentence-2">on the maturity scale, with an overall index of</xsl:variable>
  <xsl:variable name="s.out-of">out of</xsl:variable>
  <xsl:variable name="s.notes">Points to note</xsl:variable>
  <xsl:variable name="s.note-provisional">are provisional: some of their questions are not yet answered, so their level may change.</xsl:variable>
  <xsl:variable name="s.note-provisional-1">is provisional: some of its questions are not yet answered, so its level may change.</xsl:variable>
  <xsl:variable name="s.note-dont-know">Answers "don't know" (evidence still to find):</xsl:variable>
  <xsl:variable name="s.note-not-assessed">not assessed:</xsl:variable>
  <xsl:variable name="s.note-warnings">The scoring raised warnings: see the method annex.</xsl:variable>
  <xsl:variable name="s.capability">Capability</xsl:variable>
  <xsl:variable name="s.assessed-word">assessed</xsl:variable>
  <xsl:variable name="s.capabilities">capabilities</xsl:variable>
  <xsl:variable name="s.capability-1">capability</xsl:variable>
  <xsl:variable name="s.of">of</xsl:variable>
  <!-- the number at the foot of each printed page: "Page 2 of 9" -->
  <xsl:variable name="s.page">Page</xsl:variable>
  <xsl:variable name="s.page-of">of</xsl:variable>
  <xsl:variable name="s.numbers">numbers</xsl:variable>
  <xsl:variable name="s.number-1">number</xsl:variable>
  <xsl:variable name="s.scale-marker">This country</xsl:variable>

  <!-- table columns -->
  <xsl:variable name="s.no">No.</xsl:variable>
  <xsl:variable name="s.rank">Rank</xsl:variable>
  <xsl:variable name="s.level">Level</xsl:variable>
  <xsl:variable name="s.level-name">Level name</xsl:variable>
  <xsl:variable name="s.score">Score</xsl:variable>
  <xsl:variable name="s.target">Target</xsl:variable>
  <xsl:variable name="s.gap">Gap</xsl:variable>
  <xsl:variable name="s.answered">Answered</xsl:variable>
  <xsl:variable name="s.assessed-col">Assessed</xsl:variable>
  <xsl:variable name="s.baseline-share">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Cohort</xsl:when>
      <xsl:otherwise>2021 review</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.baseline-share-long">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Countries in the cohort with it</xsl:when>
      <xsl:otherwise>Surveyed countries with it (2021)</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.comparison">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Comparison with the cohort baseline</xsl:when>
      <xsl:otherwise>Comparison with the 2021 review</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.now">Now</xsl:variable>
  <xsl:variable name="s.builds-on">Builds on</xsl:variable>
  <xsl:variable name="s.provisional">provisional</xsl:variable>
  <xsl:variable name="s.provisional-note">provisional: some questions are not yet answered, so the level may change.</xsl:variable>
  <xsl:variable name="s.not-assessed">not assessed</xsl:variable>
  <!-- why a capability is not assessed (results: capability/@not-assessed) -->
  <xsl:variable name="s.not-answered">not answered yet</xsl:variable>
  <xsl:variable name="s.Not-assessed">Not assessed</xsl:variable>
  <xsl:variable name="s.no-figure">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">withheld (too few countries)</xsl:when>
      <xsl:otherwise>no aggregated figure</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.no-figure-short">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">withheld</xsl:when>
      <xsl:otherwise>no figure</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.no-figure-long">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">withheld in the cohort baseline (too few countries)</xsl:when>
      <xsl:otherwise>no aggregated figure in the review</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.none">none</xsl:variable>
  <xsl:variable name="s.dash">-</xsl:variable>
  <xsl:variable name="s.in-place">In place</xsl:variable>
  <xsl:variable name="s.not-in-place">Not in place</xsl:variable>
  <xsl:variable name="s.level-word">level</xsl:variable>
  <xsl:variable name="s.Level-word">Level</xsl:variable>
  <xsl:variable name="s.col-compared">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Compared with the cohort</xsl:when>
      <xsl:otherwise>Compared with 2021</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.compared-note">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Compared with the cohort: "In line" and "Ahead of most" are capabilities in place that half or more, or fewer than half, of the countries in the cohort have; "Half or more have it" and "Most lack it too" are capabilities not in place that half or more, or fewer than half, have.</xsl:when>
      <xsl:otherwise>Compared with 2021: "In line" and "Ahead of most" are capabilities in place that half or more, or fewer than half, of the surveyed countries had; "Half or more have it" and "Most lack it too" are capabilities not in place that half or more, or fewer than half, had.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.capability-table-note">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Score: the level reached plus the share of criteria met at the next level (0 to 4). Gap: target minus score. Answered: questions answered of those that apply. Cohort: share of the countries in the cohort baseline that have the capability in place.</xsl:when>
      <xsl:otherwise>Score: the level reached plus the share of criteria met at the next level (0 to 4). Gap: target minus score. Answered: questions answered of those that apply. 2021 review: share of the surveyed countries that had the capability in place.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- charts -->
  <xsl:variable name="s.fig">Figure</xsl:variable>
  <xsl:variable name="s.fig-domains">Domain profile: score of each domain (0 to 4)</xsl:variable>
  <xsl:variable name="s.fig-domains-desc">Each bar is the weighted mean score of the domain's assessed capabilities; its shade is the level that score stands for.</xsl:variable>
  <xsl:variable name="s.fig-baseline">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Every capability against the cohort baseline</xsl:when>
      <xsl:otherwise>Every capability against the 2021 review</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.fig-baseline-desc">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Bars: share of the countries in the cohort baseline that have the capability in place (countries with it / countries whose assessment covers it). Right: where this country stands (in place = level 1 or above).</xsl:when>
      <xsl:otherwise>Bars: share of the surveyed countries that had the capability in place in 2021 (countries with it / countries that answered), in the style of Figure 1 of the review. Right: where this country stands (in place = level 1 or above).</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.fig-heatmap">Criteria met at each level, by capability</xsl:variable>
  <xsl:variable name="s.fig-heatmap-desc">Each cell is the share of that level's criteria met (yes 1, partly 0.5). A level is reached when it and every level below it have at least the threshold met.</xsl:variable>
  <xsl:variable name="s.fig-heatmap-rapid">With the rapid questionnaire one level is picked per capability: it shows as every level up to it fully met.</xsl:variable>
  <xsl:variable name="s.axis-score">Score (level reached + share met at the next level)</xsl:variable>
  <xsl:variable name="s.axis-share">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Share of the countries in the cohort with the capability in place</xsl:when>
      <xsl:otherwise>Share of surveyed countries with the capability in place, 2021</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.col-countries">Countries</xsl:variable>
  <xsl:variable name="s.col-this-country">This country</xsl:variable>
  <xsl:variable name="s.col-reached">Reached</xsl:variable>
  <xsl:variable name="s.legend-yes">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">In place (cohort)</xsl:when>
      <xsl:otherwise>In place (2021 review)</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.legend-no">Not in place</xsl:variable>
  <xsl:variable name="s.legend-level">Bar shade: level reached</xsl:variable>
  <xsl:variable name="s.legend-share">Share of criteria met</xsl:variable>
  <xsl:variable name="s.legend-reached">level reached</xsl:variable>
  <xsl:variable name="s.legend-na">no criteria apply (counts as met)</xsl:variable>
  <xsl:variable name="s.threshold-word">threshold</xsl:variable>
  <xsl:variable name="s.target-line">Target: level</xsl:variable>
  <xsl:variable name="s.targets-differ">Targets differ between capabilities; they are listed in the capability table.</xsl:variable>
  <xsl:variable name="s.shared-item-1">The review counts</xsl:variable>
  <xsl:variable name="s.shared-item-2">as one item, so these capabilities share its figure:</xsl:variable>
  <xsl:variable name="s.domain-scores">Domain scores</xsl:variable>
  <xsl:variable name="s.n-a">n/a</xsl:variable>

  <!-- per capability -->
  <xsl:variable name="s.in-place-now">In place now</xsl:variable>
  <xsl:variable name="s.nothing-yet">Nothing is in place yet at level 1.</xsl:variable>
  <xsl:variable name="s.next-level">Next level</xsl:variable>
  <xsl:variable name="s.top-level">Level 4 is the top of the scale: the task is to keep the capability evaluated and sustained.</xsl:variable>
  <xsl:variable name="s.still-to-do">Still open at this level</xsl:variable>
  <xsl:variable name="s.share-met">met so far</xsl:variable>
  <xsl:variable name="s.threshold-needed">needed</xsl:variable>
  <xsl:variable name="s.all-met-next">Every criterion at this level is met or left out.</xsl:variable>
  <xsl:variable name="s.also-open">Also open at levels already reached</xsl:variable>
  <xsl:variable name="s.further-criteria">Criteria at higher levels not met yet:</xsl:variable>
  <xsl:variable name="s.evidence">Evidence given</xsl:variable>
  <xsl:variable name="s.no-evidence">No evidence or comments were recorded.</xsl:variable>
  <xsl:variable name="s.criterion">Criterion</xsl:variable>
  <xsl:variable name="s.answer">Answer</xsl:variable>
  <xsl:variable name="s.evidence-comment">Evidence and comments</xsl:variable>
  <xsl:variable name="s.comment">Comment</xsl:variable>
  <xsl:variable name="s.indicators">Finer indicators from the review</xsl:variable>
  <xsl:variable name="s.indicator">Indicator</xsl:variable>
  <xsl:variable name="s.surveyed">Surveyed countries</xsl:variable>
  <xsl:variable name="s.this-answer">This country's answer</xsl:variable>
  <xsl:variable name="s.group-notes">Notes on groups of countries</xsl:variable>
  <xsl:variable name="s.challenges">Challenges the review found</xsl:variable>
  <xsl:variable name="s.not-assessed-long">Not assessed: every question for this capability was answered "not applicable" or switched off by an earlier answer, so it has no level, score or gap and is left out of the domain and overall figures.</xsl:variable>
  <xsl:variable name="s.not-answered-long">Not answered yet: no question for this capability has an answer, so it has no level, score or gap yet and is left out of the domain and overall figures.</xsl:variable>
  <xsl:variable name="s.dont-know-long">Not assessed: every answer for this capability so far is "don't know", so it has no level, score or gap and is left out of the domain and overall figures. The evidence is still to find.</xsl:variable>
  <xsl:variable name="s.review-had-1">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">In the cohort baseline,</xsl:when>
      <xsl:otherwise>In the 2021 review,</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.review-had-2">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">countries whose assessment covers it</xsl:when>
      <xsl:otherwise>countries that answered</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.review-had-3">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">have it in place.</xsl:when>
      <xsl:otherwise>had it in place.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.review-item">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Baseline item</xsl:when>
      <xsl:otherwise>Review item</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.review-no-figure">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">The cohort baseline withholds its figure for this capability (too few countries cover it), so there is no comparison.</xsl:when>
      <xsl:otherwise>The review gives no aggregated figure for this capability, so there is no comparison.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.this-country-is">This country:</xsl:variable>
  <!-- under the summary's comparison table: the capabilities it leaves out -->
  <xsl:variable name="s.not-in-table">Not in this table:</xsl:variable>
  <xsl:variable name="s.no-baseline-short">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">no figure in the cohort baseline</xsl:when>
      <xsl:otherwise>no item in the review</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.source">Source</xsl:variable>
  <xsl:variable name="s.no-baseline">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">The cohort baseline has no figure for this capability.</xsl:when>
      <xsl:otherwise>The review has no item for this capability.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.missing-evidence">missing evidence ("don't know")</xsl:variable>
  <xsl:variable name="s.domain-score">Domain score</xsl:variable>
  <xsl:variable name="s.question">Question</xsl:variable>
  <xsl:variable name="s.picked">Level picked</xsl:variable>

  <!-- roadmap -->
  <xsl:variable name="s.roadmap-intro">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">The capabilities with a gap to their target, in the order to tackle them: a capability comes after every capability it builds on that also has a gap; otherwise the larger gap comes first, then the capability more common among the countries in the cohort, then the lower MNR number.</xsl:when>
      <xsl:otherwise>The capabilities with a gap to their target, in the order to tackle them: a capability comes after every capability it builds on that also has a gap; otherwise the larger gap comes first, then the capability more common among the surveyed countries, then the lower MNR number.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.next-step">Next step</xsl:variable>
  <xsl:variable name="s.prereq-gap">also has a gap: priority</xsl:variable>
  <xsl:variable name="s.prereq-no-gap">no gap</xsl:variable>
  <xsl:variable name="s.no-prereq">nothing it depends on has a gap</xsl:variable>

  <!-- method annex -->
  <xsl:variable name="s.m-scoring">How levels and scores are worked out</xsl:variable>
  <xsl:variable name="s.m-scale">The maturity scale</xsl:variable>
  <xsl:variable name="s.m-comparison">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">How the comparison with the cohort works</xsl:when>
      <xsl:otherwise>How the comparison with the review works</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.m-source">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">The cohort baseline: source and caveats</xsl:when>
      <xsl:otherwise>The 2021 baseline: source and caveats</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.m-enablers">The enablers</xsl:variable>
  <xsl:variable name="s.m-enablers-intro">The MNR names enablers that every capability depends on. The self-assessment does not score them; they are the context in which the gaps above can be closed.</xsl:variable>
  <xsl:variable name="s.m-warnings">Warnings from the scoring</xsl:variable>
  <xsl:variable name="s.m-answers">Answers count as: yes 1, partly 0.5, no 0, don't know 0 (and listed as missing evidence), not yet answered 0 (and the capability's level is marked provisional). "Not applicable" answers, and questions switched off by an earlier answer, are left out altogether.</xsl:variable>
  <xsl:variable name="s.m-share">The share met at a level is the sum of the values of that level's criteria divided by the number of its criteria left in. A level whose criteria are all left out does not block: it counts as met.</xsl:variable>
  <xsl:variable name="s.m-staged-1">Levels are staged: a capability reaches level L when, at every level from 1 to L, the share met is at least the threshold of</xsl:variable>
  <xsl:variable name="s.m-staged-2">It is at level 0 when level 1 is not reached.</xsl:variable>
  <xsl:variable name="s.m-score">The score, from 0 to 4, is the level reached plus the share met at the next level: 2.50 means level 2 reached and half of level 3's criteria met. At level 4 the score is 4.00.</xsl:variable>
  <xsl:variable name="s.m-not-assessed">A capability is assessed only when at least one of its questions that apply has a definite answer. Otherwise it is not assessed, and the report says why: not answered yet, "don't know" (every answer so far), or not applicable (all its criteria left out). It then has no level, score or gap, and is left out of the domain and overall figures; it is never counted as level 0.</xsl:variable>
  <xsl:variable name="s.m-rapid">With the rapid questionnaire the respondent picks one level per capability: that level is the level reached and the score; "don't know" or no answer means not assessed. The heat map shows a picked level as all levels up to it fully met.</xsl:variable>
  <xsl:variable name="s.m-domain">The domain score is the weighted mean of its assessed capabilities' scores; the overall index is the weighted mean of the domain scores, and the overall level is its whole part, given only when every domain has at least one assessed capability. Each of these figures says how many capabilities it covers.</xsl:variable>
  <xsl:variable name="s.m-gap">Each capability has a target level. The gap is the target minus the score when positive, else 0. Progress to target is 1 minus the sum of the gaps divided by the sum of the targets, over the assessed capabilities.</xsl:variable>
  <xsl:variable name="s.m-priority">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Priorities are the capabilities with a gap: a capability comes after every capability it builds on that also has a gap; among those free to go next, the larger gap first, then the higher share of the cohort's countries with it, then the lower MNR number.</xsl:when>
      <xsl:otherwise>Priorities are the capabilities with a gap: a capability comes after every capability it builds on that also has a gap; among those free to go next, the larger gap first, then the higher share of surveyed countries with it, then the lower MNR number.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.m-completeness">Completeness is the number of questions answered divided by the number that apply, per capability, per domain and overall. "Don't know" counts as answered.</xsl:variable>
  <xsl:variable name="s.m-inplace">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">For the comparison, a capability is in place when it reaches level 1 or above, in this country as in each country of the cohort. Each capability takes the share of the cohort's countries that have it.</xsl:when>
      <xsl:otherwise>For the comparison, a capability is in place when it reaches level 1 or above. Each capability takes the share of surveyed countries of the review item it maps to.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.m-no-rank">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Neither the cohort baseline nor this report ranks countries: it sets one country's own assessment beside the share of the cohort's countries that have each capability, and names no other country.</xsl:when>
      <xsl:otherwise>The review does not rank countries, and neither does this report: it sets one country's own assessment beside the share of surveyed countries that had each capability, and names no other country.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.m-publisher">Publisher</xsl:variable>
  <xsl:variable name="s.m-year">Published</xsl:variable>
  <xsl:variable name="s.m-collected">Data collected</xsl:variable>
  <xsl:variable name="s.m-cohort">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Countries in the cohort</xsl:when>
      <xsl:otherwise>Countries surveyed</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.m-document">Document</xsl:variable>
  <xsl:variable name="s.m-groups">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Groups</xsl:when>
      <xsl:otherwise>Survey groups</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.m-caveats">Caveats</xsl:variable>
  <xsl:variable name="s.m-baseline-id">Baseline data</xsl:variable>
  <xsl:variable name="s.m-countries">countries</xsl:variable>
  <xsl:variable name="s.m-name">Name</xsl:variable>
  <xsl:variable name="s.m-meaning">What it means</xsl:variable>
  <xsl:variable name="s.m-no-baseline-source">The results carry no baseline source.</xsl:variable>
  <xsl:variable name="s.m-share-ge">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">half or more of the countries in the cohort have it</xsl:when>
      <xsl:otherwise>half or more of the surveyed countries have it</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.m-share-lt">fewer than half have it</xsl:variable>
  <xsl:variable name="s.m-legislation">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">Capabilities whose figure the cohort baseline withholds get no category.</xsl:when>
      <xsl:otherwise>Capabilities without a figure in the review (legislation) get no category.</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.m-format">Results format</xsl:variable>
  <xsl:variable name="s.compared-with">Compared with</xsl:variable>
  <xsl:variable name="s.withheld-group">withheld</xsl:variable>

  <!-- baseline categories (used when the results give only the code) -->
  <xsl:variable name="s.cat-common-missing">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">half or more of the countries in the cohort have this</xsl:when>
      <xsl:otherwise>half or more of the surveyed countries have this</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.cat-rare-missing">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">most countries in the cohort lack this too</xsl:when>
      <xsl:otherwise>most surveyed countries lack this too</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.cat-ahead">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">ahead of most countries in the cohort</xsl:when>
      <xsl:otherwise>ahead of most surveyed countries</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.cat-in-line">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">in line with half or more of the countries in the cohort</xsl:when>
      <xsl:otherwise>in line with half or more of the surveyed countries</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- the same, short, for the capability table (s.compared-note says what they mean) -->
  <xsl:variable name="s.cat-short-common-missing">Half or more have it</xsl:variable>
  <xsl:variable name="s.cat-short-rare-missing">Most lack it too</xsl:variable>
  <xsl:variable name="s.cat-short-ahead">Ahead of most</xsl:variable>
  <xsl:variable name="s.cat-short-in-line">In line</xsl:variable>

  <!-- the cohort report (mnr cohort: stylesheets/cohort-*.xsl, on a
       cohort baseline, root <baseline kind="cohort">) -->
  <xsl:variable name="s.co-title">Cohort report</xsl:variable>
  <xsl:variable name="s.co-subtitle">An anonymised baseline from countries' Model National Response self-assessments</xsl:variable>
  <xsl:variable name="s.co-countries">Countries</xsl:variable>
  <xsl:variable name="s.co-countries-lc">countries</xsl:variable>
  <xsl:variable name="s.co-by">Grouped by</xsl:variable>
  <xsl:variable name="s.co-not-grouped">not grouped</xsl:variable>
  <xsl:variable name="s.co-min-group">Withheld below</xsl:variable>
  <xsl:variable name="s.co-baseline-id">Baseline</xsl:variable>
  <xsl:variable name="s.co-model">Maturity model</xsl:variable>
  <xsl:variable name="s.co-made">Made with</xsl:variable>
  <xsl:variable name="s.co-region">region</xsl:variable>
  <xsl:variable name="s.co-income-group">income group</xsl:variable>
  <xsl:variable name="s.co-Region">Region</xsl:variable>
  <xsl:variable name="s.co-Income-group">Income group</xsl:variable>
  <xsl:variable name="s.co-note">This report describes a cohort of countries' own self-assessments, in aggregate only. It names no country and ranks none, and it withholds every figure that comes from too few countries. Share it with care all the same.</xsl:variable>
  <xsl:variable name="s.co-sec-all">The whole cohort</xsl:variable>
  <xsl:variable name="s.co-sec-groups">By group</xsl:variable>
  <xsl:variable name="s.co-sec-by-region">By region</xsl:variable>
  <xsl:variable name="s.co-sec-by-income-group">By income group</xsl:variable>
  <xsl:variable name="s.co-sec-method">Method and privacy</xsl:variable>
  <xsl:variable name="s.co-all-intro">For each capability: how many countries' assessments cover it, the share of them with the capability in place, that share in the 2021 review and the change, the median score, and how many countries are at each level.</xsl:variable>
  <xsl:variable name="s.co-groups-intro">The same figures for each group. A group, or a group's figure for one capability, from fewer countries than the minimum is withheld, and so is a second one where the whole cohort minus the published groups would give it away.</xsl:variable>
  <xsl:variable name="s.co-no-groups">The cohort is not grouped; mnr cohort --by region (or --by income) gives figures per group.</xsl:variable>
  <xsl:variable name="s.co-col-no">No.</xsl:variable>
  <xsl:variable name="s.co-col-cap">Capability</xsl:variable>
  <xsl:variable name="s.co-col-covered">Countries covering it</xsl:variable>
  <xsl:variable name="s.co-col-in-place">In place</xsl:variable>
  <xsl:variable name="s.co-col-2021">In place, 2021 review</xsl:variable>
  <xsl:variable name="s.co-col-change">Change since 2021</xsl:variable>
  <xsl:variable name="s.co-col-median">Median score</xsl:variable>
  <xsl:variable name="s.co-col-levels">Countries at levels 0 to 4</xsl:variable>
  <xsl:variable name="s.co-withheld">withheld</xsl:variable>
  <xsl:variable name="s.co-withheld-row">Withheld: too few countries</xsl:variable>
  <xsl:variable name="s.co-points">points</xsl:variable>
  <xsl:variable name="s.co-no-2021">no 2021 figure</xsl:variable>
  <xsl:variable name="s.co-at-level">at level</xsl:variable>
  <xsl:variable name="s.co-levels-legend">Levels</xsl:variable>
  <xsl:variable name="s.co-group-withheld">Withheld: fewer countries than the minimum, or withheld so that no smaller group can be worked out.</xsl:variable>
  <xsl:variable name="s.co-table-note">In place: level 1 or above, of the countries whose assessment covers the capability. Change: percentage points against the share in the 2021 review, worked out from the counts. Median score: the middle score (0 to 4); with an even number of countries, the lower of the two middle ones.</xsl:variable>
  <xsl:variable name="s.co-m-latest">Only the latest assessment of each country counts, by its date; two countries are the same when their names are, ignoring upper and lower case. When two assessments of a country share its latest date, which one is the latest cannot be told, and that country is left out. mnr cohort says how many files it read, used and left out, and why.</xsl:variable>
  <xsl:variable name="s.co-m-inplace">A capability is in place in a country when its assessment reaches level 1 or above. A country whose assessment does not cover a capability (not applicable, not answered yet, or only "don't know") is left out of that capability's figures, so the number of countries differs from one capability to the next.</xsl:variable>
  <xsl:variable name="s.co-m-median">The median score is the middle one of the countries' scores, as their results show them (two decimals); with an even number of countries it is the lower of the two middle scores, as mnr merge takes the lower middle answer, so it is always a score some country has.</xsl:variable>
  <xsl:variable name="s.co-m-private">No country name, file name, respondent, evidence or comment is in the cohort baseline or in this report. Any figure from fewer than</xsl:variable>
  <xsl:variable name="s.co-m-private-2">countries is withheld and marked as such, for the whole cohort and for each group; only the number of countries in the whole cohort is always given.</xsl:variable>
  <xsl:variable name="s.co-m-complement">Withholding a small group is not enough while the whole cohort is published beside it: the whole cohort minus the published groups would give the withheld group's figures away (a group of 5 beside a cohort of 6 gives away the sixth country). So, for every figure, while only one group is withheld, or the withheld groups together hold fewer countries than the minimum, the smallest published group is withheld as well. Countries that give no group form a group of their own ("not given") for this rule.</xsl:variable>
  <xsl:variable name="s.co-m-two-cohorts">Withholding protects within this cohort only. Two cohorts whose countries differ by one or a few, subtracted from each other, give those countries' figures away: a cohort of 30 countries beside one of the same countries but one gives that country's level on every capability. mnr cannot stop anyone running it twice: publish one cohort of a set of countries, never a second with a country more or less.</xsl:variable>
  <xsl:variable name="s.co-m-id">The baseline id (cohort- and eight hexadecimal digits) is a 32-bit hash of what was counted: each country's name as compared, the date, levels and scores of its latest assessment, the minimum and the grouping. The same assessments give the same id, and different ones almost always a different id, so results compared with one cohort are not read back against another. It is not a secret and protects nothing: anyone holding the same assessments can work out the same id, and so check which assessments were counted.</xsl:variable>
  <xsl:variable name="s.co-m-one-grouping">A cohort is grouped one way only, by region or by income group: figures of the same countries grouped two ways could be subtracted from each other.</xsl:variable>
  <xsl:variable name="s.co-m-change">The change since 2021 sets the share in place beside the share of the 2021 review item the capability maps to (Framing the Future: 42 countries surveyed in 2021). The two sets of countries differ, so the change says how this cohort compares with the 2021 survey, not how any country has changed.</xsl:variable>
  <xsl:variable name="s.co-m-compare">To compare one country with this cohort: mnr report ANSWERS.xml --baseline COHORT.xml -o report.html, where COHORT.xml is this cohort baseline file (mnr score takes --baseline too).</xsl:variable>
  <xsl:variable name="s.co-caveats">Caveats</xsl:variable>
  <!-- CSV header of the cohort report -->
  <xsl:variable name="s.co-csv-all">all</xsl:variable>

  <!-- criterion statuses and answers -->
  <xsl:variable name="s.st-met">met</xsl:variable>
  <xsl:variable name="s.st-partly">partly met</xsl:variable>
  <xsl:variable name="s.st-unmet">not met</xsl:variable>
  <xsl:variable name="s.st-dont-know">don't know</xsl:variable>
  <xsl:variable name="s.st-not-applicable">not applicable</xsl:variable>
  <xsl:variable name="s.st-skipped">switched off</xsl:variable>
  <xsl:variable name="s.st-unanswered">not answered yet</xsl:variable>
  <xsl:variable name="s.st-picked">picked</xsl:variable>
  <xsl:variable name="s.a-yes">yes</xsl:variable>
  <xsl:variable name="s.a-partly">partly</xsl:variable>
  <xsl:variable name="s.a-no">no</xsl:variable>

  <!-- text report -->
  <xsl:variable name="s.t-method">Scores run from 0 to 4: the level reached plus the share of criteria met at the next level. Method, evidence and charts: see the HTML report.</xsl:variable>
  <xsl:variable name="s.t-in-place">in place</xsl:variable>
  <xsl:variable name="s.t-not-in-place">not in place</xsl:variable>
  <xsl:variable name="s.t-review-with">
    <xsl:choose>
      <xsl:when test="$cohort-baseline">countries in the cohort with it:</xsl:when>
      <xsl:otherwise>surveyed countries with it in 2021:</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="s.t-star">* provisional: some questions not yet answered</xsl:variable>

  <!-- mnr compare: one country's progress between two of its assessments
       (compare-html.xsl, compare-text.xsl, compare-csv.xsl) -->
  <xsl:variable name="s.cmp-title">Progress between two assessments</xsl:variable>
  <xsl:variable name="s.cmp-subtitle">Progress report</xsl:variable>
  <xsl:variable name="s.cmp-earlier">Earlier assessment</xsl:variable>
  <xsl:variable name="s.cmp-later">Later assessment</xsl:variable>
  <xsl:variable name="s.cmp-before">Before</xsl:variable>
  <xsl:variable name="s.cmp-after">After</xsl:variable>
  <xsl:variable name="s.cmp-change">Change</xsl:variable>
  <xsl:variable name="s.cmp-levels">Levels</xsl:variable>
  <xsl:variable name="s.cmp-sensitive">This report sets one country's assessment beside its own earlier one, gaps included. Share it with care. It never sets a country beside another: mnr does not rank or compare countries.</xsl:variable>
  <xsl:variable name="s.cmp-sec-chart">Every capability before and after</xsl:variable>
  <xsl:variable name="s.cmp-sec-criteria">Criteria that changed</xsl:variable>
  <xsl:variable name="s.cmp-sec-method">How the two are compared</xsl:variable>
  <!-- what happened to a capability (comparison: capability/@change) -->
  <xsl:variable name="s.ch-up">up</xsl:variable>
  <xsl:variable name="s.ch-down">down</xsl:variable>
  <xsl:variable name="s.ch-same">same level</xsl:variable>
  <xsl:variable name="s.ch-newly-assessed">newly assessed</xsl:variable>
  <xsl:variable name="s.ch-no-longer-assessed">no longer assessed</xsl:variable>
  <xsl:variable name="s.ch-not-assessed">assessed in neither</xsl:variable>
  <xsl:variable name="s.ch-newly-in-place">newly in place</xsl:variable>
  <xsl:variable name="s.ch-no-longer-in-place">no longer in place</xsl:variable>
  <xsl:variable name="s.cmp-Newly-in-place">Newly in place</xsl:variable>
  <xsl:variable name="s.cmp-No-longer-in-place">No longer in place</xsl:variable>
  <xsl:variable name="s.cmp-regressions">Regressions</xsl:variable>
  <xsl:variable name="s.cmp-regressions-note">capabilities whose level fell, or whose score fell within the same level</xsl:variable>
  <!-- a capability at the same level whose score fell: "same level; lower score",
       "8 at the same level (1 with a lower score)", "(level 1, score 1.25 -> 1.00)" -->
  <xsl:variable name="s.ch-lower-score">lower score</xsl:variable>
  <xsl:variable name="s.cmp-with-lower-score">with a lower score</xsl:variable>
  <xsl:variable name="s.score-word">score</xsl:variable>
  <xsl:variable name="s.cmp-none">none</xsl:variable>
  <xsl:variable name="s.cmp-at-same-level">at the same level</xsl:variable>
  <xsl:variable name="s.cmp-criteria">Criteria</xsl:variable>
  <xsl:variable name="s.cmp-newly-met">newly met</xsl:variable>
  <xsl:variable name="s.cmp-no-longer-met">no longer met</xsl:variable>
  <xsl:variable name="s.cmp-answered-in-both">answered in both assessments</xsl:variable>
  <xsl:variable name="s.cmp-Newly-met">Criteria newly met</xsl:variable>
  <xsl:variable name="s.cmp-No-longer-met">Criteria no longer met</xsl:variable>
  <xsl:variable name="s.cmp-no-newly-met">No criterion answered in both assessments is newly met.</xsl:variable>
  <xsl:variable name="s.cmp-no-no-longer-met">No criterion answered in both assessments is no longer met.</xsl:variable>
  <xsl:variable name="s.cmp-was">was</xsl:variable>
  <xsl:variable name="s.cmp-now">now</xsl:variable>
  <xsl:variable name="s.cmp-points">points</xsl:variable>
  <xsl:variable name="s.cmp-arrow"> -&gt; </xsl:variable>
  <!-- the same in the HTML, between two figures -->
  <xsl:variable name="s.cmp-to">&#8594;</xsl:variable>
  <xsl:variable name="s.cmp-no-level">no overall level</xsl:variable>
  <xsl:variable name="s.cmp-no-level-either">no overall level in either assessment</xsl:variable>
  <xsl:variable name="s.cmp-no-index">no index (nothing assessed)</xsl:variable>
  <xsl:variable name="s.cmp-Capabilities">Capabilities</xsl:variable>
  <xsl:variable name="s.cmp-in-both">in both</xsl:variable>
  <xsl:variable name="s.cmp-before-lc">before</xsl:variable>
  <xsl:variable name="s.cmp-after-lc">after</xsl:variable>
  <xsl:variable name="s.cmp-rapid">Both assessments used the rapid questionnaire, which picks one level per capability: there are no criteria to compare.</xsl:variable>
  <xsl:variable name="s.cmp-q-versions">The two assessments answered different versions of the questionnaire</xsl:variable>
  <xsl:variable name="s.cmp-only-old">Questions only in the earlier version:</xsl:variable>
  <xsl:variable name="s.cmp-only-new">only in the later version:</xsl:variable>
  <xsl:variable name="s.cmp-only-note">they are not compared.</xsl:variable>
  <xsl:variable name="s.cmp-targets-differ">Some capabilities have another target in the later assessment than in the earlier one: each gap is to the target of its own assessment.</xsl:variable>
  <xsl:variable name="s.cmp-movement">Movement</xsl:variable>
  <xsl:variable name="s.cmp-table-note">Before: the earlier assessment; after: the later one. Score: the level reached plus the share of criteria met at the next level (0 to 4). Gap: target minus score. Change: after minus before.</xsl:variable>
  <xsl:variable name="s.cmp-legend-later">shaded by the level reached</xsl:variable>
  <xsl:variable name="s.cmp-fig">Score of every capability, before and after (0 to 4)</xsl:variable>
  <xsl:variable name="s.cmp-fig-desc">Each capability has two bars: the upper, outlined one is its score in the earlier assessment, the lower, shaded one its score in the later assessment, shaded by the level reached. The figure after the bars is the change. A capability not assessed in one of the two has no bar there.</xsl:variable>
  <xsl:variable name="s.cmp-m-same-rules">Both assessments are scored by the same rules, those of the method annex of the gap report: levels are staged on the criteria met, the score is the level reached plus the share met at the next level, domain scores and the overall index are weighted means over the capabilities assessed.</xsl:variable>
  <xsl:variable name="s.cmp-m-change">Every change is the later figure minus the earlier one as both are printed: scores to two decimals, percentages to one, so that the three figures add up.</xsl:variable>
  <xsl:variable name="s.cmp-m-levels">A capability is up or down when its level rose or fell (a fall is a regression); at the same level its score may still have moved, and a score that fell within the same level is a regression too (same level; lower score). It is newly in place when it reached level 1 or above, having been assessed at level 0 before, and no longer in place the other way round. A capability assessed in only one of the two is listed as newly assessed or no longer assessed, never as progress or regress.</xsl:variable>
  <xsl:variable name="s.cmp-m-criteria">Criteria are matched by question. One is newly met when the later assessment answers it yes and the earlier gave another answer (partly, no, don't know, not applicable, or the question was switched off by an earlier answer); it is no longer met the other way round. A question left unanswered in either assessment is not compared.</xsl:variable>
  <xsl:variable name="s.cmp-m-target">Progress to target is worked out for each assessment with its own targets: 1 minus the sum of the gaps divided by the sum of the targets, over the capabilities assessed.</xsl:variable>
  <xsl:variable name="s.cmp-m-country">Both files are assessments of the same country: mnr compares a country with its own earlier assessment, never with another country.</xsl:variable>

  <!-- ================================================================
       The answer form (form.xsl): every word of the form that is not in
       the model or the questionnaire, and the messages of its script
       (stylesheets/form.js), which the form keeps in its #words block
       ================================================================ -->

  <xsl:variable name="f.how">Your answers are kept in this browser as you type. When you are done, or to send your work to someone, press "Save answers": it saves an answers file, which is what you send back. "Open answers" opens such a file again.</xsl:variable>
  <xsl:variable name="f.save">Save answers</xsl:variable>
  <xsl:variable name="f.open">Open answers</xsl:variable>
  <xsl:variable name="f.details">Assessment details</xsl:variable>
  <xsl:variable name="f.title">Title of the assessment (optional)</xsl:variable>
  <xsl:variable name="f.respondent">Respondent</xsl:variable>
  <xsl:variable name="f.name">Name</xsl:variable>
  <xsl:variable name="f.role">Role and organisation</xsl:variable>
  <xsl:variable name="f.add-respondent">Add a respondent</xsl:variable>
  <xsl:variable name="f.remove-respondent">Remove this respondent</xsl:variable>
  <xsl:variable name="f.workshop">Workshop (only when these answers are a workshop's consensus)</xsl:variable>
  <xsl:variable name="f.targets">Targets</xsl:variable>
  <xsl:variable name="f.target-default">Target level for every capability</xsl:variable>
  <xsl:variable name="f.target-model">As the model proposes: level</xsl:variable>
  <xsl:variable name="f.target-cap">Target level for this capability</xsl:variable>
  <xsl:variable name="f.target-same">Same as for every capability</xsl:variable>
  <xsl:variable name="f.progress">Progress</xsl:variable>
  <xsl:variable name="f.answered">answered</xsl:variable>
  <xsl:variable name="f.of">of</xsl:variable>
  <xsl:variable name="f.questions">questions</xsl:variable>
  <xsl:variable name="f.next-link">next unanswered: question {1} of {2}</xsl:variable>
  <xsl:variable name="f.jump">Find your way in the form</xsl:variable>
  <xsl:variable name="f.next-unanswered">Next unanswered question</xsl:variable>
  <xsl:variable name="f.to-progress">Progress</xsl:variable>
  <xsl:variable name="f.m-where">Capability {1}, question {2} of {3}.</xsl:variable>
  <xsl:variable name="f.m-where-cap">Capability {1}.</xsl:variable>
  <xsl:variable name="f.m-wrapped">No unanswered question after this one: back to the first.</xsl:variable>
  <xsl:variable name="f.m-all-answered">All questions are answered.</xsl:variable>
  <xsl:variable name="f.evidence">Evidence</xsl:variable>
  <xsl:variable name="f.what-counts">What counts as evidence:</xsl:variable>
  <xsl:variable name="f.how-to-answer">How to answer:</xsl:variable>
  <xsl:variable name="f.criterion-for">Criterion for level</xsl:variable>
  <xsl:variable name="f.only-if-1">Asked only when</xsl:variable>
  <xsl:variable name="f.only-if-2">is answered</xsl:variable>
  <xsl:variable name="f.or">or</xsl:variable>
  <xsl:variable name="f.off">Switched off by an earlier answer: this question does not apply now, and an answer to it is not saved.</xsl:variable>
  <xsl:variable name="f.clear-answer">Clear the answer</xsl:variable>
  <xsl:variable name="f.answer">Answer</xsl:variable>
  <xsl:variable name="f.a-yes">Yes</xsl:variable>
  <xsl:variable name="f.a-partly">Partly</xsl:variable>
  <xsl:variable name="f.a-no">No</xsl:variable>
  <xsl:variable name="f.a-dont-know">Don't know</xsl:variable>
  <xsl:variable name="f.a-na">Not applicable</xsl:variable>
  <xsl:variable name="f.draft-title">Your draft stays on this computer</xsl:variable>
  <xsl:variable name="f.draft-note">As you type, this browser keeps a draft of your answers on this computer, so closing the page or a crash loses nothing when you open this same file again. Anyone using this computer account could open it: on a shared computer, save your answers, then clear the draft.</xsl:variable>
  <xsl:variable name="f.draft-copies">Some browsers, Firefox among them, keep a separate draft for each copy of the file: the form saved again from the e-mail, or opened from another folder, starts without the answers typed into this copy. So keep the form in a folder of your own, open it from there each time, and save your answers before you close the page: an answers file opens in any copy.</xsl:variable>
  <xsl:variable name="f.draft-clear">Clear the draft</xsl:variable>
  <!-- messages of the script -->
  <xsl:variable name="f.m-draft-restored">Your draft from {1} is restored.</xsl:variable>
  <xsl:variable name="f.m-draft-kept">Draft kept at {1}.</xsl:variable>
  <xsl:variable name="f.m-draft-none">No draft of this copy of the form is kept in this browser. Typed your answers into another copy of the file? Open that copy, or your saved answers file.</xsl:variable>
  <xsl:variable name="f.m-draft-confirm">Remove the draft from this browser and empty the form? Save your answers first if you still need them.</xsl:variable>
  <xsl:variable name="f.m-draft-cleared">The draft was removed from this browser and the form emptied.</xsl:variable>
  <xsl:variable name="f.m-no-storage">This browser does not keep drafts of pages opened from a file: save your answers before you close the page.</xsl:variable>
  <xsl:variable name="f.m-save-missing">Not saved: fill in {1} first. An answers file needs the country, the date and at least one respondent with a name and a role.</xsl:variable>
  <xsl:variable name="f.m-date-early">Not saved: the date {1} is before the Model National Response existed ({2}). Give the day the assessment was made.</xsl:variable>
  <xsl:variable name="f.m-date-future">Not saved: the date {1} is after today ({2}). Give the day the assessment was made.</xsl:variable>
  <xsl:variable name="f.m-respondent-half">a name and a role for every respondent</xsl:variable>
  <xsl:variable name="f.m-saved">Saved {1} with {2} answers. Send this file back; keep a copy.</xsl:variable>
  <xsl:variable name="f.m-removed">Characters that an answers file cannot hold were removed from: {1}.</xsl:variable>
  <xsl:variable name="f.m-notes-lost">Evidence and comments of questions without an answer are not in the file (give an answer to keep them): {1}.</xsl:variable>
  <xsl:variable name="f.m-off-left-out">Answers to switched-off questions are not in the file: {1}.</xsl:variable>
  <xsl:variable name="f.m-opened">Opened {1}: {2} answers.</xsl:variable>
  <xsl:variable name="f.m-unchanged">Nothing in the form was changed.</xsl:variable>
  <xsl:variable name="f.m-not-xml">{1} is not an answers file: it is not readable XML.</xsl:variable>
  <xsl:variable name="f.m-not-answers">{1} is not an answers file: its root element is &lt;{2}&gt;, not &lt;answers&gt;.</xsl:variable>
  <xsl:variable name="f.m-other-form">{1} holds answers to {2}, but this form is for {3}. Open it in a form for that questionnaire and model version (mnr form makes one).</xsl:variable>
  <xsl:variable name="f.m-unknown-question">{1}: question {2} is not in this questionnaire.</xsl:variable>
  <xsl:variable name="f.m-bad-value">{1}: "{3}" is not an answer question {2} allows.</xsl:variable>
  <xsl:variable name="f.m-twice">{1}: question {2} is answered twice.</xsl:variable>
  <xsl:variable name="f.m-no-detail">{1}: the file has no {2}.</xsl:variable>
  <xsl:variable name="f.group-not-given">Not given</xsl:variable>
  <xsl:variable name="f.group-note">Optional: only for grouping many countries' assessments (mnr cohort); no country is named there.</xsl:variable>
  <xsl:variable name="f.m-bad-group">{1}: "{2}" is not one of the choices for {3} in this form.</xsl:variable>
  <xsl:variable name="f.m-bad-target">{1}: the target "{2}" is not a level from 1 to 4 for a capability of this model.</xsl:variable>
  <xsl:variable name="f.m-unreadable">{1} could not be read.</xsl:variable>
  <xsl:variable name="f.m-consensus">{1} is a workshop consensus made by mnr merge: this form would save its answers without the participants' answers and decisions behind them. Change the consensus with mnr merge --decide, or open one participant's answers here.</xsl:variable>
  <xsl:variable name="f.version">version</xsl:variable>
  <xsl:variable name="f.w-questionnaire">questionnaire</xsl:variable>
  <xsl:variable name="f.w-model">model</xsl:variable>
  <xsl:variable name="f.made-with">Form made with</xsl:variable>

  <!-- ================================================================
       Messages of the layouts when given a document they do not lay out
       (mnr checks its documents first: these reach a person who runs a
       layout by hand, with xsltproc)
       ================================================================ -->
  <xsl:variable name="s.msg-not-results">not an mnr results document: the root element must be &lt;results&gt; (make one with mnr score)</xsl:variable>
  <xsl:variable name="s.msg-not-comparison">not an mnr comparison document: the root element must be &lt;comparison&gt; (mnr compare makes one)</xsl:variable>
  <xsl:variable name="s.msg-not-cohort">not a cohort baseline: the root element must be &lt;baseline kind="cohort"&gt; (make one with mnr cohort)</xsl:variable>
  <xsl:variable name="f.msg-not-form">not the input of the answer form: mnr form builds it (a &lt;mnr-form&gt; holding the model and the questionnaire)</xsl:variable>
  <!-- TRANSLATORS: after "paper=VALUE " -->
  <xsl:variable name="s.msg-bad-paper">is not a paper size this report knows: use a4 or letter</xsl:variable>

  <!-- ================================================================
       The column headings of the CSV layouts (report-csv.xsl,
       compare-csv.xsl, cohort-csv.xsl); their values stay as they are in
       every language (ids, machine numbers, true/false, record kinds)
       ================================================================ -->
  <!-- TRANSLATORS: a column heading of a CSV file that spreadsheets and
       scripts read: short, one word where you can (words joined by _),
       no line break. -->
  <xsl:variable name="s.csv-id">id</xsl:variable>
  <xsl:variable name="s.csv-number">number</xsl:variable>
  <xsl:variable name="s.csv-name">name</xsl:variable>
  <xsl:variable name="s.csv-domain">domain</xsl:variable>
  <xsl:variable name="s.csv-assessed">assessed</xsl:variable>
  <xsl:variable name="s.csv-level">level</xsl:variable>
  <xsl:variable name="s.csv-level-name">level_name</xsl:variable>
  <xsl:variable name="s.csv-score">score</xsl:variable>
  <xsl:variable name="s.csv-target">target</xsl:variable>
  <xsl:variable name="s.csv-gap">gap</xsl:variable>
  <xsl:variable name="s.csv-completeness">completeness</xsl:variable>
  <xsl:variable name="s.csv-provisional">provisional</xsl:variable>
  <xsl:variable name="s.csv-in-place">in_place</xsl:variable>
  <xsl:variable name="s.csv-baseline-yes">baseline_yes</xsl:variable>
  <xsl:variable name="s.csv-baseline-respondents">baseline_respondents</xsl:variable>
  <xsl:variable name="s.csv-baseline-percent">baseline_percent</xsl:variable>
  <xsl:variable name="s.csv-category">category</xsl:variable>
  <xsl:variable name="s.csv-not-assessed">not_assessed</xsl:variable>
  <xsl:variable name="s.csv-baseline">baseline</xsl:variable>
  <xsl:variable name="s.csv-record">record</xsl:variable>
  <xsl:variable name="s.csv-capability">capability</xsl:variable>
  <xsl:variable name="s.csv-question">question</xsl:variable>
  <xsl:variable name="s.csv-participant">participant</xsl:variable>
  <xsl:variable name="s.csv-role">role</xsl:variable>
  <xsl:variable name="s.csv-answer">answer</xsl:variable>
  <xsl:variable name="s.csv-rule-value">rule_value</xsl:variable>
  <xsl:variable name="s.csv-note">note</xsl:variable>
  <xsl:variable name="s.csv-evidence">evidence</xsl:variable>
  <xsl:variable name="s.csv-comment">comment</xsl:variable>
  <xsl:variable name="s.csv-answered">answered</xsl:variable>
  <xsl:variable name="s.csv-unanimous">unanimous</xsl:variable>
  <xsl:variable name="s.csv-disputed">disputed</xsl:variable>
  <xsl:variable name="s.csv-decided">decided</xsl:variable>
  <xsl:variable name="s.csv-agreeing">agreeing</xsl:variable>
  <xsl:variable name="s.csv-answers-given">answers_given</xsl:variable>
  <xsl:variable name="s.csv-change">change</xsl:variable>
  <xsl:variable name="s.csv-level-before">level_before</xsl:variable>
  <xsl:variable name="s.csv-level-after">level_after</xsl:variable>
  <xsl:variable name="s.csv-level-change">level_change</xsl:variable>
  <xsl:variable name="s.csv-score-before">score_before</xsl:variable>
  <xsl:variable name="s.csv-score-after">score_after</xsl:variable>
  <xsl:variable name="s.csv-score-change">score_change</xsl:variable>
  <xsl:variable name="s.csv-in-place-before">in_place_before</xsl:variable>
  <xsl:variable name="s.csv-in-place-after">in_place_after</xsl:variable>
  <xsl:variable name="s.csv-target-before">target_before</xsl:variable>
  <xsl:variable name="s.csv-target-after">target_after</xsl:variable>
  <xsl:variable name="s.csv-gap-before">gap_before</xsl:variable>
  <xsl:variable name="s.csv-gap-after">gap_after</xsl:variable>
  <xsl:variable name="s.csv-not-assessed-before">not_assessed_before</xsl:variable>
  <xsl:variable name="s.csv-not-assessed-after">not_assessed_after</xsl:variable>
  <xsl:variable name="s.csv-criteria-newly-met">criteria_newly_met</xsl:variable>
  <xsl:variable name="s.csv-criteria-no-longer-met">criteria_no_longer_met</xsl:variable>
  <xsl:variable name="s.csv-to-target-before">to_target_before</xsl:variable>
  <xsl:variable name="s.csv-to-target-after">to_target_after</xsl:variable>
  <xsl:variable name="s.csv-to-target-change">to_target_change</xsl:variable>
  <xsl:variable name="s.csv-before">before</xsl:variable>
  <xsl:variable name="s.csv-after">after</xsl:variable>
  <xsl:variable name="s.csv-text">text</xsl:variable>
  <xsl:variable name="s.csv-group">group</xsl:variable>
  <xsl:variable name="s.csv-group-name">group_name</xsl:variable>
  <xsl:variable name="s.csv-countries">countries</xsl:variable>
  <xsl:variable name="s.csv-percent-in-place">percent_in_place</xsl:variable>
  <xsl:variable name="s.csv-level0">level0</xsl:variable>
  <xsl:variable name="s.csv-level1">level1</xsl:variable>
  <xsl:variable name="s.csv-level2">level2</xsl:variable>
  <xsl:variable name="s.csv-level3">level3</xsl:variable>
  <xsl:variable name="s.csv-level4">level4</xsl:variable>
  <xsl:variable name="s.csv-median-score">median_score</xsl:variable>
  <xsl:variable name="s.csv-yes-2021">yes_2021</xsl:variable>
  <xsl:variable name="s.csv-respondents-2021">respondents_2021</xsl:variable>
  <xsl:variable name="s.csv-percent-2021">percent_2021</xsl:variable>
  <xsl:variable name="s.csv-change-points">change_points</xsl:variable>
  <xsl:variable name="s.csv-withheld">withheld</xsl:variable>

</xsl:stylesheet>

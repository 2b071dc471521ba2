<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl - shared by the mnr report stylesheets (report-html.xsl,
  report-text.xsl, report-csv.xsl). XSLT 1.0 + EXSLT (exsl:node-set only).

  Holds: the parameters a user may change, every English string the reports
  print, number formatting, the level palette and status colours, and named
  templates (look-ups, wrapping, padding, escaping) the outputs reuse.

  Input: the results XML written by `mnr score` (model/schema/results.xsd).
  Everything taken from the data is written as text: never with
  disable-output-escaping.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="exsl">

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

  <!-- Look-ups go through $R (the results element), not key() or "/":
       several templates run with a temporary tree (exsl:node-set) as
       their context document. -->

  <!-- ================================================================
       Strings: all English wording of the reports
       ================================================================ -->

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
  <xsl:variable name="s.co-csv-header">capability,number,name,group,group_name,countries,in_place,percent_in_place,level0,level1,level2,level3,level4,median_score,yes_2021,respondents_2021,percent_2021,change_points,withheld</xsl:variable>
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
  <xsl:variable name="s.cmp-regressions-note">capabilities whose level fell</xsl:variable>
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
  <xsl:variable name="s.cmp-m-levels">A capability is up or down when its level rose or fell (a fall is a regression); at the same level its score may still have moved. It is newly in place when it reached level 1 or above, having been assessed at level 0 before, and no longer in place the other way round. A capability assessed in only one of the two is listed as newly assessed or no longer assessed, never as progress or regress.</xsl:variable>
  <xsl:variable name="s.cmp-m-criteria">Criteria are matched by question. One is newly met when the later assessment answers it yes and the earlier gave another answer (partly, no, don't know, not applicable, or the question was switched off by an earlier answer); it is no longer met the other way round. A question left unanswered in either assessment is not compared.</xsl:variable>
  <xsl:variable name="s.cmp-m-target">Progress to target is worked out for each assessment with its own targets: 1 minus the sum of the gaps divided by the sum of the targets, over the capabilities assessed.</xsl:variable>
  <xsl:variable name="s.cmp-m-country">Both files are assessments of the same country: mnr compares a country with its own earlier assessment, never with another country.</xsl:variable>

  <!-- ================================================================
       Derived values
       ================================================================ -->

  <xsl:variable name="R" select="/results"/>
  <!-- compared with a cohort baseline of mnr cohort (mnr score/report
       with its option baseline), not with the 2021 review: the labels
       above say so -->
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
       The cohort report (cohort-*.xsl): shared look-ups
       ================================================================ -->

  <!-- The change in percentage points between two shares of counts,
       worked out from the counts and rounded once ("+12.3", "-4.0", "0.0");
       empty when either has no count. -->
  <xsl:template name="co-change">
    <xsl:param name="yes"/>
    <xsl:param name="of"/>
    <xsl:param name="yes-then"/>
    <xsl:param name="of-then"/>
    <xsl:if test="number($of) &gt; 0 and number($of-then) &gt; 0">
      <!-- one fraction of the counts: (yes * of-then - yes-then * of) / (of * of-then) -->
      <xsl:variable name="c">
        <xsl:call-template name="fmt-round">
          <xsl:with-param name="value" select="100 * ($yes * $of-then - $yes-then * $of)"/>
          <xsl:with-param name="by" select="$of * $of-then"/>
          <xsl:with-param name="pattern" select="'+0.0;-0.0'"/>
        </xsl:call-template>
      </xsl:variable>
      <!-- no sign on a change that rounds to nothing -->
      <xsl:choose>
        <xsl:when test="$c = '+0.0' or $c = '-0.0'">0.0</xsl:when>
        <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The title of a cohort's section per group. -->
  <xsl:template name="co-groups-title">
    <xsl:choose>
      <xsl:when test="/baseline/@by = 'region'"><xsl:value-of select="$s.co-sec-by-region"/></xsl:when>
      <xsl:when test="/baseline/@by = 'income-group'"><xsl:value-of select="$s.co-sec-by-income-group"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.co-sec-groups"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "region" or "income group", for the grouping a cohort says (@by). -->
  <xsl:template name="co-grouping">
    <xsl:param name="by"/>
    <xsl:param name="capital" select="false()"/>
    <xsl:choose>
      <xsl:when test="$by = 'region' and $capital"><xsl:value-of select="$s.co-Region"/></xsl:when>
      <xsl:when test="$by = 'region'"><xsl:value-of select="$s.co-region"/></xsl:when>
      <xsl:when test="$capital"><xsl:value-of select="$s.co-Income-group"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.co-income-group"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

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
    <!-- '0.00####' shows 6 decimals at most, '+0.0;-0.0' 1 -->
    <xsl:variable name="decimals"
                  select="string-length(substring-after(substring-before(concat($pattern, ';'), ';'), '.'))"/>
    <xsl:variable name="scale" select="number(substring('1000000', 1, $decimals + 1))"/>
    <xsl:variable name="x" select="number($value) * $scale div number($by)"/>
    <xsl:choose>
      <!-- round() takes a half up, towards +infinity: -2.5 would be -2 -->
      <xsl:when test="$x &lt; 0"><xsl:value-of select="format-number((0 - round(0 - $x)) div $scale, $pattern, 'mnr')"/></xsl:when>
      <!-- 0 + turns round(-0) into 0, which Saxon would write as -0 -->
      <xsl:otherwise><xsl:value-of select="format-number((0 + round($x)) div $scale, $pattern, 'mnr')"/></xsl:otherwise>
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
    <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$v"/><xsl:with-param name="pattern" select="'0.##'"/></xsl:call-template>
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
  <xsl:template name="model-line">
    <xsl:variable name="m" select="$R/model"/>
    <xsl:value-of select="concat($m/@title, ' (', $m/@id, ', ', $s.version, ' ', $m/@version, ')')"/>
  </xsl:template>

  <!-- Which baseline the country is compared with: the 2021 review or a
       cohort baseline of mnr cohort, by its title, id and version. -->
  <xsl:template name="baseline-line">
    <xsl:variable name="b" select="$R/baseline-source"/>
    <xsl:value-of select="concat(normalize-space($b/title), ' (', $b/@id, ', ', $s.version, ' ', $b/@version, ')')"/>
  </xsl:template>

  <xsl:template name="questionnaire-line">
    <xsl:variable name="q" select="$R/questionnaire"/>
    <xsl:value-of select="concat($q/@title, ' (', $q/@id, ', ', $s.version, ' ', $q/@version, '; ')"/>
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


  <!-- ================================================================
       The comparison of two assessments (mnr compare): shared by
       compare-html.xsl, compare-text.xsl and compare-csv.xsl
       ================================================================ -->

  <!-- A change with its sign: "+0.25", "-1.38", "0.00"; "-" when missing. -->
  <xsl:template name="fmt-change">
    <xsl:param name="value"/>
    <xsl:param name="pattern" select="'0.00'"/>
    <xsl:choose>
      <xsl:when test="string($value) = '' or string(number($value)) = 'NaN'"><xsl:value-of select="$s.dash"/></xsl:when>
      <xsl:otherwise>
        <xsl:if test="number($value) &gt; 0">+</xsl:if>
        <xsl:call-template name="fmt-round"><xsl:with-param name="value" select="$value"/><xsl:with-param name="pattern" select="$pattern"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What happened to a capability of the comparison, in words:
       "up; newly in place", "same level", "newly assessed". -->
  <xsl:template name="change-label">
    <xsl:param name="cap" select="."/>
    <xsl:choose>
      <xsl:when test="$cap/@change = 'up'"><xsl:value-of select="$s.ch-up"/></xsl:when>
      <xsl:when test="$cap/@change = 'down'"><xsl:value-of select="$s.ch-down"/></xsl:when>
      <xsl:when test="$cap/@change = 'same'"><xsl:value-of select="$s.ch-same"/></xsl:when>
      <xsl:when test="$cap/@change = 'newly-assessed'"><xsl:value-of select="$s.ch-newly-assessed"/></xsl:when>
      <xsl:when test="$cap/@change = 'no-longer-assessed'"><xsl:value-of select="$s.ch-no-longer-assessed"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.ch-not-assessed"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$cap/@in-place-change = 'newly'"><xsl:value-of select="concat('; ', $s.ch-newly-in-place)"/></xsl:if>
    <xsl:if test="$cap/@in-place-change = 'no-longer'"><xsl:value-of select="concat('; ', $s.ch-no-longer-in-place)"/></xsl:if>
  </xsl:template>

  <!-- A level of one side of the comparison (an <old> or <new> holding a
       results element's attributes), as a number: "2", or "-". -->
  <xsl:template name="side-level">
    <xsl:param name="side"/>
    <xsl:choose>
      <xsl:when test="$side/@assessed = 'true' and string($side/@level) != ''"><xsl:value-of select="$side/@level"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.dash"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The overall level of one side: "1 Emerging", or "no overall level". -->
  <xsl:template name="side-overall-level">
    <xsl:param name="side"/>
    <xsl:choose>
      <xsl:when test="string($side/@overall-level) != ''"><xsl:value-of select="concat($side/@overall-level, ' ', $side/@overall-level-name)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s.cmp-no-level"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What the overall index covers before and after: "over 21 of 21
       capabilities in both", "over 5 of 21 capabilities before, 6 after". -->
  <xsl:template name="cmp-coverage">
    <xsl:param name="sum"/>
    <xsl:value-of select="concat($s.over, ' ', $sum/old/@capabilities-assessed, ' ', $s.of, ' ', $sum/new/@capabilities, ' ', $s.capabilities, ' ')"/>
    <xsl:choose>
      <xsl:when test="$sum/old/@capabilities-assessed = $sum/new/@capabilities-assessed"><xsl:value-of select="$s.cmp-in-both"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($s.cmp-before-lc, ', ', $sum/new/@capabilities-assessed, ' ', $s.cmp-after-lc)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "MNR full self-assessment (mnr-full, version 1.0)" of an assessment. -->
  <xsl:template name="side-questionnaire">
    <xsl:param name="assessment"/>
    <xsl:variable name="q" select="$assessment/questionnaire"/>
    <xsl:value-of select="concat($q/@title, ' (', $q/@id, ', ', $s.version, ' ', $q/@version, ')')"/>
  </xsl:template>

</xsl:stylesheet>

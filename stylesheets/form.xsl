<?xml version="1.0" encoding="UTF-8"?>
<!--
  form.xsl - the offline answer form written by `mnr form`.
  XSLT 1.0. Imports common.xsl for the shared colours and, through it,
  words.xsl for every word of the form.

  Input: the document mnr builds for it (src/core/form.h):
    <mnr-form date-first="2015-01-01"> <model/> <questionnaire/> [<answers/>] </mnr-form>
  each already checked by mnr; date-first is the first date an assessment
  may have (src/core/date.h), which the script checks with today's date.

  Output: one HTML file with its style and script inline and a content
  security policy that forbids every request, so it works from a USB stick
  or an e-mail attachment with no network. The script reads what it needs
  (questions, skip logic, allowed answers, its own words) from the page.

  Contract that tests outside the project rely on:
    - each question is <fieldset data-question="ID"> with a <legend>;
    - its answers are radio inputs name="ID", value = the answers-file value;
    - inside it, textareas labelled "Evidence" and "Comment";
    - the details are labelled inputs; the buttons "Save answers" and
      "Open answers".
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" doctype-system="about:legacy-compat" encoding="UTF-8" indent="no"/>

  <!-- The program that made the form ("mnr 1.2.3"), shown at its foot. -->
  <xsl:param name="generator" select="''"/>
  <!-- when mnr made this form and its file name (mnr form passes it): the
       page keeps its draft under it, so two forms never share one -->
  <xsl:param name="form-id" select="''"/>

  <!-- ================================================================ -->

  <xsl:variable name="M" select="/mnr-form/model"/>
  <xsl:variable name="Q" select="/mnr-form/questionnaire"/>
  <xsl:variable name="A" select="/mnr-form/answers"/>
  <xsl:variable name="rapid" select="$Q/@kind = 'level-pick'"/>

  <xsl:key name="answer" match="/mnr-form/answers/answer" use="@question"/>
  <xsl:key name="section" match="/mnr-form/questionnaire/section" use="@capability"/>
  <xsl:key name="target" match="/mnr-form/answers/targets/target" use="@capability"/>

  <xsl:template match="/">
    <xsl:if test="not($M and $Q)">
      <xsl:message terminate="yes"><xsl:value-of select="$f.msg-not-form"/></xsl:message>
    </xsl:if>
    <html lang="{$s.lang}" dir="{$dir}">
      <head>
        <!-- nothing may be fetched, sent or framed: the page is all there is.
             The one script that may run is the form's own, named by its
             SHA-256 ($script-sha256): text that got past the escaping as a
             script or an event handler would still not run. -->
        <meta http-equiv="Content-Security-Policy"
              content="default-src 'none'; script-src 'sha256-{$script-sha256}'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$Q/title"/></title>
        <style><xsl:call-template name="css"/></style>
      </head>
      <body>
        <xsl:if test="$rapid"><xsl:attribute name="class">rapid</xsl:attribute></xsl:if>
        <header class="bar">
          <button type="button" id="save"><xsl:value-of select="$f.save"/></button>
          <button type="button" id="open"><xsl:value-of select="$f.open"/></button>
          <input type="file" id="open-file" accept=".xml,application/xml,text/xml" hidden="hidden"/>
          <span class="overall">
            <progress id="overall-bar" max="1" value="0" aria-labelledby="overall-text"></progress>
            <span id="overall-text"></span>
          </span>
          <xsl:call-template name="jump"/>
          <div id="message" role="status" aria-live="polite"></div>
        </header>
        <main>
          <h1><xsl:value-of select="$Q/title"/></h1>
          <!-- while the translation in use is a draft, the notice, once -->
          <xsl:if test="$s.translation-draft = 'yes'">
            <p class="draft-notice" role="note"><xsl:value-of select="$s.draft-notice"/></p>
          </xsl:if>
          <p class="intro"><xsl:value-of select="$Q/introduction"/></p>
          <p class="intro noprint"><xsl:value-of select="$f.how"/></p>
          <xsl:call-template name="draft-notice"/>
          <xsl:call-template name="details"/>
          <xsl:call-template name="overview"/>
          <xsl:apply-templates select="$M/domain"/>
        </main>
        <footer>
          <p>
            <xsl:value-of select="concat($Q/title, ' (', $Q/@id, ', ', $f.version, ' ', $Q/@version, '). ',
                                         $M/title, ' (', $M/@id, ', ', $f.version, ' ', $M/@version, ').')"/>
            <xsl:if test="$generator != ''">
              <xsl:value-of select="concat(' ', $f.made-with, ' ', $generator, '.')"/>
            </xsl:if>
          </p>
          <p><xsl:value-of select="$M/source"/></p>
        </footer>
        <xsl:call-template name="words"/>
        <script><xsl:value-of select="$script"/></script>
      </body>
    </html>
  </xsl:template>

  <!-- ================================================================
       The parts of the page
       ================================================================ -->

  <xsl:template name="draft-notice">
    <section id="draft" class="notice" aria-labelledby="draft-h">
      <h2 id="draft-h"><xsl:value-of select="$f.draft-title"/></h2>
      <p><xsl:value-of select="$f.draft-note"/></p>
      <p><xsl:value-of select="$f.draft-copies"/></p>
      <p id="draft-state"></p>
      <button type="button" id="clear-draft"><xsl:value-of select="$f.draft-clear"/></button>
    </section>
  </xsl:template>

  <!-- The assessment's details, filled from the answers mnr was given. -->
  <xsl:template name="details">
    <section id="details" aria-labelledby="details-h" class="details"
             data-model="{$M/@id}" data-model-version="{$M/@version}"
             data-questionnaire="{$Q/@id}" data-questionnaire-version="{$Q/@version}"
             data-draft="{concat($form-id, '|', $A/country, '|', $A/date)}">
      <h2 id="details-h"><xsl:value-of select="$f.details"/></h2>
      <input type="hidden" id="fictional" value="{$A/country/@fictional}"/>
      <div class="field">
        <label for="country"><xsl:value-of select="$s.country"/></label>
        <input type="text" dir="auto" id="country" autocomplete="country-name" value="{$A/country}"/>
      </div>
      <div class="field">
        <label for="date"><xsl:value-of select="$s.date"/></label>
        <input type="date" id="date" value="{$A/date}" min="{/mnr-form/@date-first}"/>
      </div>
      <!-- the country's region and income group, from the model's lists
           (the answers schema allows the same ids) -->
      <xsl:for-each select="$M/groupings/grouping">
        <xsl:variable name="gid" select="@id"/>
        <xsl:variable name="current" select="string($A/country/@*[name() = $gid])"/>
        <div class="field">
          <label for="{$gid}"><xsl:value-of select="@name"/></label>
          <select id="{$gid}" class="grouping" aria-describedby="grouping-note">
            <option value=""><xsl:value-of select="$f.group-not-given"/></option>
            <xsl:for-each select="group">
              <option value="{@id}">
                <xsl:if test="@id = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                <xsl:value-of select="@name"/>
              </option>
            </xsl:for-each>
          </select>
        </div>
      </xsl:for-each>
      <xsl:if test="$M/groupings/grouping">
        <p id="grouping-note" class="grouping-note"><xsl:value-of select="$f.group-note"/></p>
      </xsl:if>
      <div class="field wide">
        <label for="title"><xsl:value-of select="$f.title"/></label>
        <input type="text" dir="auto" id="title" value="{$A/title}"/>
      </div>
      <h3><xsl:value-of select="$s.respondents"/></h3>
      <div id="respondents">
        <xsl:for-each select="$A/respondents/respondent">
          <xsl:call-template name="respondent">
            <xsl:with-param name="n" select="position()"/>
            <xsl:with-param name="name" select="string(.)"/>
            <xsl:with-param name="role" select="string(@role)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:if test="not($A/respondents/respondent)">
          <xsl:call-template name="respondent"><xsl:with-param name="n" select="1"/></xsl:call-template>
        </xsl:if>
      </div>
      <!-- the script copies this for "Add a respondent" -->
      <template id="respondent-template">
        <xsl:call-template name="respondent"><xsl:with-param name="n" select="0"/></xsl:call-template>
      </template>
      <button type="button" id="add-respondent"><xsl:value-of select="$f.add-respondent"/></button>
      <div class="field wide">
        <label for="workshop"><xsl:value-of select="$f.workshop"/></label>
        <input type="text" dir="auto" id="workshop" value="{$A/respondents/@workshop}"/>
      </div>
      <h3><xsl:value-of select="$f.targets"/></h3>
      <div class="field">
        <label for="target-default"><xsl:value-of select="$f.target-default"/></label>
        <xsl:variable name="model-default" select="$M/scoring/@default-target"/>
        <xsl:call-template name="target-select">
          <xsl:with-param name="id" select="'target-default'"/>
          <xsl:with-param name="current" select="string($A/targets/@default)"/>
          <xsl:with-param name="empty"
              select="concat($f.target-model, ' ', $model-default, ' (', $M/scale/level[@value = $model-default]/@name, ')')"/>
        </xsl:call-template>
      </div>
    </section>
  </xsl:template>

  <!-- One respondent: name and role in a group of their own. n = 0 is the
       template the script numbers. -->
  <xsl:template name="respondent">
    <xsl:param name="n"/>
    <xsl:param name="name" select="''"/>
    <xsl:param name="role" select="''"/>
    <fieldset class="respondent">
      <legend><xsl:value-of select="concat($f.respondent, ' ', $n)"/></legend>
      <div class="field">
        <label for="respondent-{$n}-name"><xsl:value-of select="$f.name"/></label>
        <input type="text" dir="auto" id="respondent-{$n}-name" class="r-name" autocomplete="name" value="{$name}"/>
      </div>
      <div class="field">
        <label for="respondent-{$n}-role"><xsl:value-of select="$f.role"/></label>
        <input type="text" dir="auto" id="respondent-{$n}-role" class="r-role" value="{$role}"/>
      </div>
      <button type="button" class="remove-respondent"><xsl:value-of select="$f.remove-respondent"/></button>
    </fieldset>
  </xsl:template>

  <xsl:template name="target-select">
    <xsl:param name="id"/>
    <xsl:param name="current"/>
    <xsl:param name="empty"/>
    <xsl:param name="capability" select="''"/>
    <select id="{$id}">
      <xsl:if test="$capability != ''">
        <xsl:attribute name="data-target"><xsl:value-of select="$capability"/></xsl:attribute>
      </xsl:if>
      <option value=""><xsl:value-of select="$empty"/></option>
      <xsl:for-each select="$M/scale/level[@value &gt;= 1]">
        <option value="{@value}">
          <xsl:if test="@value = $current"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
          <xsl:value-of select="concat(@value, ' ', @name)"/>
        </option>
      </xsl:for-each>
    </select>
  </xsl:template>

  <!-- In the bar: the way to the next question still to answer, from
       anywhere in a form of some 45 000 px, and back to the progress list;
       #where says where the button went (a live region, for a screen
       reader, which also hears the question its focus lands on). -->
  <xsl:template name="jump">
    <nav class="jump" aria-label="{$f.jump}">
      <button type="button" id="next-unanswered"><xsl:value-of select="$f.next-unanswered"/></button>
      <a href="#overview"><xsl:value-of select="$f.to-progress"/></a>
      <span id="where" role="status" aria-live="polite"></span>
    </nav>
  </xsl:template>

  <!-- Progress per capability, by its name: answered of applicable, and
       a link to its first unanswered question by its place in the
       capability (ids such as C05.L2.b mean nothing to the people who
       answer). The script fills the counts and the links. -->
  <xsl:template name="overview">
    <nav id="overview" aria-labelledby="overview-h">
      <h2 id="overview-h"><xsl:value-of select="$f.progress"/></h2>
      <ul class="progress-list">
        <xsl:for-each select="$M/domain/capability[key('section', @id)]">
          <li data-progress="{@id}">
            <a href="#cap-{@id}" id="progress-{@id}"><xsl:value-of select="concat(@number, '. ', @name)"/></a>
            <xsl:text> </xsl:text>
            <span class="count"></span>
            <xsl:text> </xsl:text>
            <span class="todo"></span>
          </li>
        </xsl:for-each>
      </ul>
    </nav>
  </xsl:template>

  <xsl:template match="domain">
    <xsl:if test="capability[key('section', @id)]">
      <section class="domain" aria-labelledby="dom-{@id}">
        <h2 id="dom-{@id}"><xsl:value-of select="concat($s.domain, ' ', @number, ': ', @name)"/></h2>
        <p class="description"><xsl:value-of select="description"/></p>
        <xsl:apply-templates select="capability[key('section', @id)]"/>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="capability">
    <xsl:variable name="cap" select="."/>
    <section class="capability" id="cap-{@id}" data-capability="{@id}" data-number="{@number}" aria-labelledby="cap-{@id}-h">
      <h3 id="cap-{@id}-h"><xsl:value-of select="concat(@number, '. ', @name)"/></h3>
      <p class="description"><xsl:value-of select="description"/></p>
      <div class="cap-head">
        <p class="cap-progress" aria-live="off"></p>
        <div class="field">
          <label for="target-{@id}"><xsl:value-of select="$f.target-cap"/></label>
          <xsl:call-template name="target-select">
            <xsl:with-param name="id" select="concat('target-', @id)"/>
            <xsl:with-param name="capability" select="@id"/>
            <xsl:with-param name="current" select="string(key('target', @id)/@level)"/>
            <xsl:with-param name="empty" select="$f.target-same"/>
          </xsl:call-template>
        </div>
      </div>
      <xsl:apply-templates select="key('section', @id)/question">
        <xsl:with-param name="cap" select="$cap"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

  <xsl:template match="question">
    <xsl:param name="cap"/>
    <xsl:variable name="id" select="@id"/>
    <xsl:variable name="given" select="key('answer', $id)"/>
    <fieldset class="question" id="q-{$id}" data-question="{$id}">
      <xsl:if test="only-if">
        <xsl:attribute name="data-only-if"><xsl:value-of select="only-if/@question"/></xsl:attribute>
        <xsl:attribute name="data-only-if-answers"><xsl:value-of select="normalize-space(only-if/@answer)"/></xsl:attribute>
      </xsl:if>
      <legend><span class="qid"><xsl:value-of select="$id"/></span><xsl:text> </xsl:text><xsl:value-of select="text"/></legend>
      <xsl:if test="@level">
        <p class="level">
          <xsl:value-of select="concat($f.criterion-for, ' ', @level, ' (', $M/scale/level[@value = current()/@level]/@name, ')')"/>
        </p>
      </xsl:if>
      <xsl:if test="only-if">
        <p class="only-if">
          <xsl:value-of select="concat($f.only-if-1, ' ')"/>
          <a href="#q-{only-if/@question}"><xsl:value-of select="only-if/@question"/></a>
          <xsl:value-of select="concat(' ', $f.only-if-2, ' ')"/>
          <xsl:call-template name="answer-list">
            <xsl:with-param name="list" select="concat(normalize-space(only-if/@answer), ' ')"/>
          </xsl:call-template>
          <xsl:text>.</xsl:text>
        </p>
        <p class="off-note" hidden="hidden"><xsl:value-of select="$f.off"/></p>
      </xsl:if>
      <p class="help">
        <strong>
          <xsl:choose>
            <xsl:when test="$rapid"><xsl:value-of select="$f.how-to-answer"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$f.what-counts"/></xsl:otherwise>
          </xsl:choose>
        </strong><xsl:text> </xsl:text><xsl:value-of select="help"/></p>
      <div class="choices">
        <xsl:choose>
          <xsl:when test="$rapid">
            <xsl:for-each select="$M/scale/level">
              <xsl:call-template name="choice">
                <xsl:with-param name="id" select="$id"/>
                <xsl:with-param name="value" select="string(@value)"/>
                <xsl:with-param name="given" select="$given"/>
                <xsl:with-param name="name" select="concat(@value, ' ', @name)"/>
                <xsl:with-param name="text">
                  <xsl:choose>
                    <xsl:when test="@value = 0"><xsl:value-of select="."/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="$cap/descriptor[@level = current()/@value]"/></xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="choice">
              <xsl:with-param name="id" select="$id"/><xsl:with-param name="value" select="'yes'"/>
              <xsl:with-param name="given" select="$given"/><xsl:with-param name="name" select="$f.a-yes"/>
            </xsl:call-template>
            <xsl:call-template name="choice">
              <xsl:with-param name="id" select="$id"/><xsl:with-param name="value" select="'partly'"/>
              <xsl:with-param name="given" select="$given"/><xsl:with-param name="name" select="$f.a-partly"/>
            </xsl:call-template>
            <xsl:call-template name="choice">
              <xsl:with-param name="id" select="$id"/><xsl:with-param name="value" select="'no'"/>
              <xsl:with-param name="given" select="$given"/><xsl:with-param name="name" select="$f.a-no"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="choice">
          <xsl:with-param name="id" select="$id"/><xsl:with-param name="value" select="'dont-know'"/>
          <xsl:with-param name="given" select="$given"/><xsl:with-param name="name" select="$f.a-dont-know"/>
        </xsl:call-template>
        <xsl:if test="@allow-na = 'true' or @allow-na = '1'">
          <xsl:call-template name="choice">
            <xsl:with-param name="id" select="$id"/><xsl:with-param name="value" select="'na'"/>
            <xsl:with-param name="given" select="$given"/><xsl:with-param name="name" select="$f.a-na"/>
          </xsl:call-template>
        </xsl:if>
        <button type="button" class="clear-answer"><xsl:value-of select="$f.clear-answer"/></button>
      </div>
      <div class="notes">
        <xsl:call-template name="note">
          <xsl:with-param name="id" select="$id"/><xsl:with-param name="kind" select="'evidence'"/>
          <xsl:with-param name="label" select="$f.evidence"/><xsl:with-param name="text" select="string($given/evidence)"/>
        </xsl:call-template>
        <xsl:call-template name="note">
          <xsl:with-param name="id" select="$id"/><xsl:with-param name="kind" select="'comment'"/>
          <xsl:with-param name="label" select="$s.comment"/><xsl:with-param name="text" select="string($given/comment)"/>
        </xsl:call-template>
      </div>
    </fieldset>
  </xsl:template>

  <!-- One radio answer with its label; `text` is a level descriptor. -->
  <xsl:template name="choice">
    <xsl:param name="id"/>
    <xsl:param name="value"/>
    <xsl:param name="given"/>
    <xsl:param name="name"/>
    <xsl:param name="text" select="''"/>
    <div class="choice">
      <input type="radio" name="{$id}" id="{$id}-{$value}" value="{$value}">
        <xsl:if test="$given/@value = $value"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
      </input>
      <label for="{$id}-{$value}">
        <xsl:choose>
          <xsl:when test="$text != ''">
            <strong><xsl:value-of select="$name"/></strong>
            <xsl:text>: </xsl:text>
            <xsl:value-of select="$text"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
        </xsl:choose>
      </label>
    </div>
  </xsl:template>

  <!-- Evidence or comment: a textarea, and a copy that shows all of its
       text on paper (a printed textarea cuts it off). -->
  <xsl:template name="note">
    <xsl:param name="id"/>
    <xsl:param name="kind"/>
    <xsl:param name="label"/>
    <xsl:param name="text"/>
    <div class="note">
      <label for="{$id}-{$kind}"><xsl:value-of select="$label"/></label>
      <textarea dir="auto" id="{$id}-{$kind}" class="{$kind}" rows="2"><xsl:value-of select="$text"/></textarea>
      <div class="print-copy" aria-hidden="true"><xsl:value-of select="$text"/></div>
    </div>
  </xsl:template>

  <!-- "yes partly " -> "Yes or Partly" -->
  <xsl:template name="answer-list">
    <xsl:param name="list"/>
    <xsl:param name="first" select="true()"/>
    <xsl:variable name="v" select="substring-before($list, ' ')"/>
    <xsl:if test="$v != ''">
      <xsl:if test="not($first)"><xsl:value-of select="concat(' ', $f.or, ' ')"/></xsl:if>
      <xsl:choose>
        <xsl:when test="$v = 'yes'"><xsl:value-of select="$f.a-yes"/></xsl:when>
        <xsl:when test="$v = 'partly'"><xsl:value-of select="$f.a-partly"/></xsl:when>
        <xsl:when test="$v = 'no'"><xsl:value-of select="$f.a-no"/></xsl:when>
        <xsl:when test="$v = 'dont-know'"><xsl:value-of select="$f.a-dont-know"/></xsl:when>
        <xsl:when test="$v = 'na'"><xsl:value-of select="$f.a-na"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="answer-list">
        <xsl:with-param name="list" select="substring-after($list, ' ')"/>
        <xsl:with-param name="first" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The script's words, kept in the page so that they too come from
       words.xsl. -->
  <xsl:template name="words">
    <div id="words" hidden="hidden">
      <span data-word="draft-restored"><xsl:value-of select="$f.m-draft-restored"/></span>
      <span data-word="draft-kept"><xsl:value-of select="$f.m-draft-kept"/></span>
      <span data-word="draft-none"><xsl:value-of select="$f.m-draft-none"/></span>
      <span data-word="draft-confirm"><xsl:value-of select="$f.m-draft-confirm"/></span>
      <span data-word="draft-cleared"><xsl:value-of select="$f.m-draft-cleared"/></span>
      <span data-word="no-storage"><xsl:value-of select="$f.m-no-storage"/></span>
      <span data-word="save-missing"><xsl:value-of select="$f.m-save-missing"/></span>
      <span data-word="respondent-half"><xsl:value-of select="$f.m-respondent-half"/></span>
      <span data-word="saved"><xsl:value-of select="$f.m-saved"/></span>
      <span data-word="removed"><xsl:value-of select="$f.m-removed"/></span>
      <span data-word="notes-lost"><xsl:value-of select="$f.m-notes-lost"/></span>
      <span data-word="date-early"><xsl:value-of select="$f.m-date-early"/></span>
      <span data-word="date-future"><xsl:value-of select="$f.m-date-future"/></span>
      <span data-word="off-left-out"><xsl:value-of select="$f.m-off-left-out"/></span>
      <span data-word="opened"><xsl:value-of select="$f.m-opened"/></span>
      <span data-word="unchanged"><xsl:value-of select="$f.m-unchanged"/></span>
      <span data-word="not-xml"><xsl:value-of select="$f.m-not-xml"/></span>
      <span data-word="not-answers"><xsl:value-of select="$f.m-not-answers"/></span>
      <span data-word="consensus"><xsl:value-of select="$f.m-consensus"/></span>
      <span data-word="other-form"><xsl:value-of select="$f.m-other-form"/></span>
      <span data-word="unknown-question"><xsl:value-of select="$f.m-unknown-question"/></span>
      <span data-word="bad-value"><xsl:value-of select="$f.m-bad-value"/></span>
      <span data-word="twice"><xsl:value-of select="$f.m-twice"/></span>
      <span data-word="no-detail"><xsl:value-of select="$f.m-no-detail"/></span>
      <span data-word="bad-target"><xsl:value-of select="$f.m-bad-target"/></span>
      <span data-word="bad-group"><xsl:value-of select="$f.m-bad-group"/></span>
      <span data-word="unreadable"><xsl:value-of select="$f.m-unreadable"/></span>
      <span data-word="answered"><xsl:value-of select="concat('{1} ', $f.of, ' {2} ', $f.answered)"/></span>
      <span data-word="overall"><xsl:value-of select="concat('{1} ', $f.of, ' {2} ', $f.questions, ' ', $f.answered)"/></span>
      <span data-word="next-link"><xsl:value-of select="$f.next-link"/></span>
      <span data-word="where"><xsl:value-of select="$f.m-where"/></span>
      <span data-word="where-cap"><xsl:value-of select="$f.m-where-cap"/></span>
      <span data-word="wrapped"><xsl:value-of select="$f.m-wrapped"/></span>
      <span data-word="all-answered"><xsl:value-of select="$f.m-all-answered"/></span>
      <span data-word="country"><xsl:value-of select="$s.country"/></span>
      <span data-word="date"><xsl:value-of select="$s.date"/></span>
      <span data-word="respondent"><xsl:value-of select="$f.respondent"/></span>
      <span data-word="questionnaire"><xsl:value-of select="$f.w-questionnaire"/></span>
      <span data-word="model"><xsl:value-of select="$f.w-model"/></span>
      <span data-word="version"><xsl:value-of select="$f.version"/></span>
      <span data-word="evidence"><xsl:value-of select="$f.evidence"/></span>
      <span data-word="comment"><xsl:value-of select="$s.comment"/></span>
      <span data-word="title"><xsl:value-of select="$f.title"/></span>
      <span data-word="workshop"><xsl:value-of select="$s.workshop"/></span>
      <span data-word="name"><xsl:value-of select="$f.name"/></span>
      <span data-word="role"><xsl:value-of select="$f.role"/></span>
    </div>
  </xsl:template>

  <!-- ================================================================
       Style. Colours from common.xsl. Readable at 200 % zoom and on a
       narrow window: one column, nothing of fixed width.
       ================================================================ -->
  <xsl:template name="css">
:root { --text: <xsl:value-of select="$c.text"/>; --muted: <xsl:value-of select="$c.muted"/>;
  --rule: <xsl:value-of select="$c.rule"/>; --grid: <xsl:value-of select="$c.grid"/>;
  --accent: <xsl:value-of select="$c.accent"/>; --paper: <xsl:value-of select="$c.paper"/>;
  --bad: <xsl:value-of select="$c.unmet"/>; --good: <xsl:value-of select="$c.met"/>; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: #f5f7fa; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
footer { color: var(--muted); font-size: .875rem; padding-bottom: 2rem; }
h1 { font-size: 1.6rem; color: var(--accent); margin: 1.2rem 0 .5rem; overflow-wrap: break-word; }
h2 { font-size: 1.3rem; color: var(--accent); margin: 0 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 .4rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.bar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center;
  padding: .5rem 1rem; background: var(--paper); border-bottom: 1px solid var(--rule); box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.overall { display: flex; gap: .5rem; align-items: center; }
#message { flex-basis: 100%; }
#message:empty { display: none; }
#message.ok { color: var(--good); }
#message.error { color: var(--bad); font-weight: 600; }
button { font: inherit; padding: .35rem .8rem; border: 1px solid var(--accent); border-radius: 4px; background: var(--paper); color: var(--accent); cursor: pointer; }
#save, #open { background: var(--accent); color: #fff; font-weight: 600; }
button:hover { text-decoration: underline; }
.notice, .details, #overview, .capability { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px; padding: 1rem; margin: 1rem 0; }
.notice { border-inline-start: 6px solid var(--accent); }
.draft-notice { padding: .5rem .8rem; border: 1px solid #9b6a00; background: #fff8e1; border-radius: 4px; }
/* a language written right to left (html dir="rtl", Arabic): Noto's
   Arabic fonts first, as the reports have them */
html[dir=rtl] body { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
.field { display: flex; flex-direction: column; margin: 0 0 .75rem; max-width: min(24rem, 100%); }
.field.wide { max-width: none; }
.grouping-note { margin: -.4rem 0 .75rem; color: var(--muted); font-size: .9em; }
label { font-weight: 600; }
input[type=text], input[type=date], select, textarea { font: inherit; color: var(--text); padding: .3rem .4rem; border: 1px solid var(--muted); border-radius: 3px; background: var(--paper); max-width: 100%; }
fieldset.respondent { border: 1px solid var(--grid); border-radius: 4px; margin: 0 0 .75rem; min-width: 0; display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; }
fieldset.respondent .field { flex: 1 1 12rem; min-width: 0; max-width: min(24rem, 100%); }
fieldset.respondent button { margin-bottom: .75rem; }
.progress-list { list-style: none; margin: 0; padding: 0; }
.progress-list li { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: baseline; padding: .3rem .4rem; border-bottom: 1px solid var(--grid); }
.progress-list li > a { flex: 1 1 16rem; font-weight: 600; }
.progress-list .count { white-space: nowrap; }
.progress-list .todo { flex: 0 1 17rem; }
.progress-list li.done .count { color: var(--good); }
.progress-list a[aria-current] { text-decoration-thickness: 3px; background: #e6eef8; outline: 2px solid #e6eef8; }
.jump { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
#next-unanswered { font-weight: 600; }
#where:empty { display: none; }
.domain > h2 { margin-top: 2rem; }
.description { color: var(--muted); margin: 0 0 .5rem; }
.cap-head { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-end; justify-content: space-between; }
.cap-progress { font-weight: 600; }
fieldset.question { border: 1px solid var(--rule); border-radius: 4px; margin: 1rem 0 0; padding: 0 1rem 1rem; min-width: 0; }
/* a legend that floats stays inside the box, however many lines it takes */
fieldset.question > legend { font-weight: 600; padding: .5rem 0 .2rem; float: inline-start; width: 100%; }
fieldset.question > legend + * { clear: both; }
/* below the bar where it stays (its height, which the script keeps in --bar) */
fieldset.question, .capability, #overview { scroll-margin-top: calc(var(--bar, 4rem) + .5rem); }
button:disabled { color: var(--muted); border-color: var(--rule); cursor: default; }
.qid { color: var(--muted); font-weight: 400; font-size: .875rem; margin-inline-end: .2rem; unicode-bidi: isolate; }
.level, .only-if, .off-note { color: var(--muted); font-size: .875rem; margin: .2rem 0; }
.help { margin: .3rem 0 .6rem; }
.help strong { font-weight: 600; }
.choices { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; align-items: center; }
.rapid .choices { display: block; }
.choice { display: flex; gap: .4rem; align-items: flex-start; }
.choice label { font-weight: 400; }
.choice input { margin-top: .35rem; width: 1.1rem; height: 1.1rem; flex: none; }
.rapid .choice { margin: 0 0 .5rem; }
.clear-answer { font-size: .875rem; padding: .1rem .5rem; }
.notes { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .5rem 1rem; margin-top: .6rem; }
.note { display: flex; flex-direction: column; }
textarea { min-height: 3.2rem; resize: vertical; }
.print-copy { display: none; }
fieldset.question.off { background: #eef1f4; border-style: dashed; }
fieldset.question.off > legend, fieldset.question.off .help, fieldset.question.off .choice label { color: var(--muted); }
fieldset.question.off .off-note { color: var(--text); font-weight: 600; }
@media (max-width: 40rem), (max-height: 30rem) {
  .bar { position: static; }
}
/* where the bar scrolls away (above), the way on stays at the window's foot;
   not in a window too low to spare it the room (400 % zoom), where it
   stays in the bar */
@media (max-width: 40rem) and (min-height: 30.01rem) {
  .jump { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2; padding: .4rem 1rem; gap: .2rem 1rem;
    background: var(--paper); border-top: 1px solid var(--rule); box-shadow: 0 -1px 3px rgba(0,0,0,.08); }
  #where { flex-basis: 100%; font-size: .875rem; }
  body { padding-bottom: 5rem; }
}
@media print {
  @page { margin: 15mm; }
  body { background: #fff; font-size: 10pt; }
  .bar, .jump, #draft, #overview, button, .noprint { display: none !important; }
  body { padding-bottom: 0; }
  .notice, .details, .capability { border: none; padding: 0; margin: 0 0 1rem; }
  /* each domain, and each capability after its domain's first, starts a page */
  .domain, .domain > .capability ~ .capability { break-before: page; }
  fieldset.question { break-inside: avoid; }
  textarea { display: none; }
  .print-copy { display: block; white-space: pre-wrap; border: 1px solid var(--muted); min-height: 3.5em; padding: .2rem .4rem; }
  a { color: inherit; text-decoration: none; }
  footer { padding: 0; }
}
  </xsl:template>

  <!-- ================================================================
       Script: stylesheets/form.js, plain, no framework. What it does, in
       order: skip logic and progress (update), the next unanswered
       question, the draft (localStorage),
       saving and opening answers files. mnr form reads it
       and passes it here with its SHA-256 in base64 (src/core/form.c),
       worked out as the form is written, for the policy's script-src: a
       browser runs the script only while the two agree. The script is
       written as it is, starting with the newline the file starts with.
       ================================================================ -->
  <xsl:param name="script" select="''"/>
  <xsl:param name="script-sha256" select="''"/>

</xsl:stylesheet>

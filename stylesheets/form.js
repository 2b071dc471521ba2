
'use strict';
(function () {
  // marks for the test that times opening a form with a large draft
  performance.mark('mnr-form-start');
  var details = document.getElementById('details');
  var form = {
    model: details.dataset.model,
    modelVersion: details.dataset.modelVersion,
    questionnaire: details.dataset.questionnaire,
    questionnaireVersion: details.dataset.questionnaireVersion
  };
  var questions = Array.prototype.slice.call(document.querySelectorAll('fieldset[data-question]'));
  var byId = {};
  questions.forEach(function (fs) { byId[fs.dataset.question] = fs; });
  var messageBox = document.getElementById('message');

  // A word from the labels block, with {1}, {2}... filled in.
  function word(key) {
    var el = document.querySelector('#words [data-word="' + key + '"]');
    var text = el ? el.textContent : key;
    for (var i = 1; i < arguments.length; i++) text = text.split('{' + i + '}').join(String(arguments[i]));
    return text;
  }

  function say(text, isError) {
    messageBox.textContent = text;
    messageBox.className = isError ? 'error' : 'ok';
  }

  function valueOf(id) {
    var checked = byId[id].querySelector('input[type=radio]:checked');
    return checked ? checked.value : '';
  }

  // ---- skip logic and progress ----

  // The rule of mnr score (docs/scoring.md, Readings 1): a question with
  // data-only-if is off when the question it names is off, or has a
  // definite answer (yes, partly, no, na) that is not in the list. An
  // unanswered or "don't know" controller leaves it on. Controllers come
  // earlier in the page, so one pass in page order is enough.
  function switchedOff() {
    var off = {};
    questions.forEach(function (fs) {
      var id = fs.dataset.question, ctl = fs.dataset.onlyIf;
      var isOff = false;
      if (ctl && byId[ctl]) {
        var v = valueOf(ctl);
        isOff = off[ctl] || (v !== '' && v !== 'dont-know' &&
                             fs.dataset.onlyIfAnswers.split(' ').indexOf(v) < 0);
      }
      off[id] = isOff;
    });
    return off;
  }

  function update() {
    var off = switchedOff();
    var total = 0, done = 0;
    document.querySelectorAll('section.capability').forEach(function (sec) {
      var cap = sec.dataset.capability, capTotal = 0, capDone = 0, todo = [];
      sec.querySelectorAll('fieldset[data-question]').forEach(function (fs) {
        var id = fs.dataset.question;
        fs.disabled = off[id];
        fs.classList.toggle('off', off[id]);
        var note = fs.querySelector('.off-note');
        if (note) note.hidden = !off[id];
        // as mnr counts completeness (docs/scoring.md, Readings 2): a
        // switched-off or "not applicable" question counts in neither part
        var v = valueOf(id);
        if (off[id] || v === 'na') return;
        capTotal++;
        if (v !== '') capDone++; else todo.push(fs);
      });
      total += capTotal;
      done += capDone;
      sec.querySelector('.cap-progress').textContent = word('answered', capDone, capTotal);
      var row = document.querySelector('#overview [data-progress="' + cap + '"]');
      row.querySelector('.count').textContent = word('answered', capDone, capTotal);
      row.classList.toggle('done', !todo.length);
      // the first question left, by its place in the capability: what a
      // person counts on the page, where an id like C05.L2.b says nothing
      var cell = row.querySelector('.todo');
      cell.textContent = '';
      if (todo.length) {
        var place = placeOf(todo[0]), a = document.createElement('a');
        a.href = '#' + todo[0].id;
        a.className = 'next-q';
        a.textContent = word('next-link', place.n, place.of);
        a.setAttribute('aria-describedby', 'progress-' + cap);
        cell.appendChild(a);
      }
    });
    document.getElementById('overall-text').textContent = word('overall', done, total);
    var bar = document.getElementById('overall-bar');
    bar.max = total || 1;
    bar.value = done;
    return off;
  }

  // ---- finding one's way: the next unanswered question ----

  // Question `fs`'s capability number, and its place among the
  // capability's questions as the page shows them (switched off or not).
  function placeOf(fs) {
    var sec = fs.closest('section.capability');
    var all = Array.prototype.slice.call(sec.querySelectorAll('fieldset[data-question]'));
    return { cap: sec.dataset.number, n: all.indexOf(fs) + 1, of: all.length };
  }

  var bar = document.querySelector('.bar');
  var where = document.getElementById('where');
  // the question last focused or gone to: "next" means after it, while it
  // is in the window; once the window is scrolled elsewhere, after what it
  // shows
  var here = null;

  // The bottom of what covers the window's top: the bar where it stays.
  function coveredTop() {
    return getComputedStyle(bar).position === 'sticky' ? bar.getBoundingClientRect().bottom : 0;
  }
  // kept in --bar for the scroll margin of questions and capabilities, as
  // the bar's rows change with the window's width and with what it says
  function measureBar() {
    document.documentElement.style.setProperty('--bar', coveredTop() + 'px');
  }

  function inView(fs) {
    var r = fs.getBoundingClientRect();
    return r.bottom > coveredTop() && r.top < window.innerHeight;
  }

  // The index in `questions` the search starts from.
  function searchStart() {
    if (here && inView(here)) return questions.indexOf(here) + 1;
    var top = coveredTop();
    for (var i = 0; i < questions.length; i++)
      if (questions[i].getBoundingClientRect().bottom > top) return i;
    return questions.length;
  }

  function unanswered(fs, off) {
    var id = fs.dataset.question;
    return !off[id] && valueOf(id) === '';
  }

  // Marks the capability holding `sec` as where one is in the progress list.
  function markCurrent(sec) {
    document.querySelectorAll('#overview a[aria-current]').forEach(function (a) { a.removeAttribute('aria-current'); });
    if (sec) document.getElementById('progress-' + sec.dataset.capability).setAttribute('aria-current', 'location');
  }

  // Says in #where (a live region) where question `fs` is.
  function sayWhere(fs, prefix) {
    var place = placeOf(fs);
    where.textContent = (prefix ? prefix + ' ' : '') + word('where', place.cap, place.n, place.of);
  }

  // Scrolls question `fs` to the top of the window, below the bar, and
  // puts the focus on its first answer, which a screen reader reads with
  // the question; #where says where that is.
  function goTo(fs, prefix) {
    sayWhere(fs, prefix); // first: the bar may take another row for it
    measureBar();
    fs.scrollIntoView({ block: 'start' });
    here = fs;
    fs.querySelector('input[type=radio]').focus({ preventScroll: true });
    markCurrent(fs.closest('section.capability'));
  }

  function nextUnanswered() {
    var off = switchedOff(), start = searchStart(), i;
    for (i = start; i < questions.length; i++) if (unanswered(questions[i], off)) return goTo(questions[i]);
    for (i = 0; i < Math.min(start, questions.length); i++)
      if (unanswered(questions[i], off)) return goTo(questions[i], word('wrapped'));
    where.textContent = word('all-answered');
  }

  // ---- the state of the form, as plain data ----

  function field(id) { return document.getElementById(id); }
  // A region or income group chosen ('' when none, or when the model has
  // no such list and the form no such field).
  function groupingValue(id) { return field(id) ? field(id).value : ''; }

  function collect() {
    var s = {
      country: field('country').value, date: field('date').value, title: field('title').value,
      workshop: field('workshop').value, fictional: field('fictional').value,
      region: groupingValue('region'), 'income-group': groupingValue('income-group'),
      respondents: [], targetDefault: field('target-default').value, targets: {}, answers: {}
    };
    document.querySelectorAll('#respondents fieldset.respondent').forEach(function (r) {
      s.respondents.push({ name: r.querySelector('.r-name').value, role: r.querySelector('.r-role').value });
    });
    document.querySelectorAll('select[data-target]').forEach(function (sel) {
      if (sel.value) s.targets[sel.dataset.target] = sel.value;
    });
    questions.forEach(function (fs) {
      var id = fs.dataset.question;
      var a = { value: valueOf(id), evidence: fs.querySelector('textarea.evidence').value,
                comment: fs.querySelector('textarea.comment').value };
      if (a.value || a.evidence || a.comment) s.answers[id] = a;
    });
    return s;
  }

  function addRespondent(name, role) {
    var box = document.getElementById('respondents');
    var n = box.querySelectorAll('fieldset.respondent').length + 1;
    var copy = document.getElementById('respondent-template').content.firstElementChild.cloneNode(true);
    copy.querySelector('legend').textContent = copy.querySelector('legend').textContent.replace(/0$/, String(n));
    ['name', 'role'].forEach(function (part) {
      var input = copy.querySelector('.r-' + part), label = copy.querySelector('label[for="respondent-0-' + part + '"]');
      input.id = 'respondent-' + n + '-' + part;
      label.htmlFor = input.id;
    });
    copy.querySelector('.r-name').value = name || '';
    copy.querySelector('.r-role').value = role || '';
    box.appendChild(copy);
    return copy;
  }

  // Renumbers the respondents after one is removed.
  function renumber() {
    document.querySelectorAll('#respondents fieldset.respondent').forEach(function (r, i) {
      r.querySelector('legend').textContent = r.querySelector('legend').textContent.replace(/\d+$/, String(i + 1));
      ['name', 'role'].forEach(function (part) {
        var input = r.querySelector('.r-' + part);
        input.id = 'respondent-' + (i + 1) + '-' + part;
        r.querySelectorAll('label')[part === 'name' ? 0 : 1].htmlFor = input.id;
      });
    });
  }

  function setNote(fs, kind, text) {
    var ta = fs.querySelector('textarea.' + kind);
    ta.value = text || '';
    ta.parentNode.querySelector('.print-copy').textContent = ta.value;
  }

  function apply(s) {
    ['country', 'date', 'title', 'workshop', 'fictional'].forEach(function (k) { field(k).value = s[k] || ''; });
    ['region', 'income-group'].forEach(function (k) { if (field(k)) field(k).value = s[k] || ''; });
    var box = document.getElementById('respondents');
    box.textContent = '';
    (s.respondents.length ? s.respondents : [{}]).forEach(function (r) { addRespondent(r.name, r.role); });
    field('target-default').value = s.targetDefault || '';
    document.querySelectorAll('select[data-target]').forEach(function (sel) {
      sel.value = s.targets[sel.dataset.target] || '';
    });
    questions.forEach(function (fs) {
      var a = s.answers[fs.dataset.question] || {};
      fs.querySelectorAll('input[type=radio]').forEach(function (r) { r.checked = r.value === a.value; });
      setNote(fs, 'evidence', a.evidence);
      setNote(fs, 'comment', a.comment);
    });
    update();
  }

  // ---- the draft, in this browser's storage ----

  // One draft per form: the key holds when mnr made this page and its
  // file name (and the answers it was made with), so a draft never lands
  // in another form, not even another blank one.
  var draftKey = 'mnr-form-draft|' + form.questionnaire + '|' + form.questionnaireVersion + '|' + details.dataset.draft;
  var storage = null;
  try { storage = window.localStorage; storage.getItem(draftKey); } catch (e) { storage = null; }
  var draftState = document.getElementById('draft-state');
  // Answers changed since they were last saved to a file or opened from
  // one: closing the page then asks first (beforeunload). A draft may not
  // come back: Firefox keeps one per copy of the file, and a copy opened
  // from an e-mail may be gone tomorrow.
  var unsaved = false;

  // Keeps the form's state as the draft; `asInFile` when it is what an
  // answers file holds (just saved or opened), else it is an edit.
  function keepDraft(asInFile) {
    unsaved = !asInFile;
    if (!storage) return;
    var now = new Date();
    try {
      storage.setItem(draftKey, JSON.stringify({ kept: now.toISOString(), unsaved: unsaved, state: collect() }));
      draftState.textContent = word('draft-kept', now.toLocaleTimeString(document.documentElement.lang || undefined));
    } catch (e) {
      draftState.textContent = word('no-storage');
    }
  }

  function restoreDraft() {
    if (!storage) { draftState.textContent = word('no-storage'); return; }
    var saved = null;
    try { saved = JSON.parse(storage.getItem(draftKey)); } catch (e) { saved = null; }
    if (saved && saved.state && saved.state.answers) {
      apply(saved.state);
      unsaved = saved.unsaved !== false;
      draftState.textContent = word('draft-restored', new Date(saved.kept).toLocaleString(document.documentElement.lang || undefined));
    } else {
      draftState.textContent = word('draft-none');
    }
  }

  // ---- saving an answers file ----

  // Characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/F).
  var NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
  function escapeText(t) { return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
  function escapeAttr(t) {
    return escapeText(t).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
  }

  // The answers XML of state `s`, and what had to be changed on the way.
  function toXml(s, off) {
    var removed = [], notesLost = [], offLeftOut = [], count = 0;
    function clean(text, where) {
      var out = text.replace(NOT_XML, '');
      if (out !== text && removed.indexOf(where) < 0) removed.push(where);
      return out;
    }
    var x = '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<answers model="' + escapeAttr(form.model) + '" model-version="' + escapeAttr(form.modelVersion) +
      '" questionnaire="' + escapeAttr(form.questionnaire) + '" questionnaire-version="' + escapeAttr(form.questionnaireVersion) + '">\n';
    x += '  <country' + (s.fictional === 'true' ? ' fictional="true"' : '') +
         (s.region ? ' region="' + escapeAttr(s.region) + '"' : '') +
         (s['income-group'] ? ' income-group="' + escapeAttr(s['income-group']) + '"' : '') + '>' +
         escapeText(clean(s.country.trim(), word('country'))) + '</country>\n';
    x += '  <date>' + escapeText(s.date) + '</date>\n';
    if (s.title.trim()) x += '  <title>' + escapeText(clean(s.title.trim(), word('title'))) + '</title>\n';
    x += '  <respondents' + (s.workshop.trim() ? ' workshop="' + escapeAttr(clean(s.workshop.trim(), word('workshop'))) + '"' : '') + '>\n';
    s.respondents.forEach(function (r) {
      if (!r.name.trim() && !r.role.trim()) return;
      x += '    <respondent role="' + escapeAttr(clean(r.role.trim(), word('role'))) + '">' +
           escapeText(clean(r.name.trim(), word('name'))) + '</respondent>\n';
    });
    x += '  </respondents>\n';
    var caps = Object.keys(s.targets);
    if (s.targetDefault || caps.length) {
      x += '  <targets' + (s.targetDefault ? ' default="' + s.targetDefault + '"' : '') + '>\n';
      caps.forEach(function (c) { x += '    <target capability="' + c + '" level="' + s.targets[c] + '"/>\n'; });
      x += '  </targets>\n';
    }
    questions.forEach(function (fs) {
      var id = fs.dataset.question, a = s.answers[id];
      if (!a) return;
      if (off[id]) { if (a.value) offLeftOut.push(id); return; }
      if (!a.value) { if (a.evidence.trim() || a.comment.trim()) notesLost.push(id); return; }
      count++;
      x += '  <answer question="' + id + '" value="' + a.value + '"';
      var ev = clean(a.evidence, id + ' ' + word('evidence')), co = clean(a.comment, id + ' ' + word('comment'));
      if (!ev.trim() && !co.trim()) { x += '/>\n'; return; }
      x += '>\n';
      if (ev.trim()) x += '    <evidence>' + escapeText(ev) + '</evidence>\n';
      if (co.trim()) x += '    <comment>' + escapeText(co) + '</comment>\n';
      x += '  </answer>\n';
    });
    x += '</answers>\n';
    return { xml: x, count: count, removed: removed, notesLost: notesLost, offLeftOut: offLeftOut };
  }

  // ---- the date ----

  // The rule of mnr (src/core/date.h): a day from the first date an
  // assessment may have (the date field's min) to today, on this
  // computer's clock. A year of more than four digits is in the future.
  var DATE = /^\d{4,}-\d{2}-\d{2}$/;
  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }
  // The message that refuses date `d` ('' when it will do).
  function dateProblem(d) {
    var first = field('date').min, now = today();
    if (!DATE.test(d)) return '';
    if (d.length > 10 || d > now) return word('date-future', d, now);
    if (first && d < first) return word('date-early', d, first);
    return '';
  }

  // What the answers file needs and the form does not have yet.
  function missingDetails(s) {
    var missing = [];
    if (!s.country.trim()) missing.push(word('country'));
    if (!DATE.test(s.date)) missing.push(word('date'));
    var people = s.respondents.filter(function (r) { return r.name.trim() || r.role.trim(); });
    if (!people.length) missing.push(word('respondent'));
    else if (people.some(function (r) { return !r.name.trim() || !r.role.trim(); })) missing.push(word('respondent-half'));
    return missing;
  }

  // "Northland 2026" + "2026-09-14" -> "Northland-2026-answers-2026-09-14.xml"
  function fileName(s) {
    var country = s.country.trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'answers';
    return country + '-answers-' + s.date + '.xml';
  }

  function save() {
    var off = update(), s = collect();
    var missing = missingDetails(s);
    if (missing.length) {
      say(word('save-missing', missing.join(', ')), true);
      var first = !s.country.trim() ? 'country' : !DATE.test(s.date) ? 'date' : null;
      (first ? field(first) : document.querySelector('#respondents input')).focus();
      return;
    }
    var wrongDate = dateProblem(s.date);
    if (wrongDate) {
      say(wrongDate, true);
      field('date').focus();
      return;
    }
    var out = toXml(s, off), name = fileName(s);
    var url = URL.createObjectURL(new Blob([out.xml], { type: 'application/xml' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    keepDraft(true);
    var text = [word('saved', name, out.count)];
    if (out.removed.length) text.push(word('removed', out.removed.join(', ')));
    if (out.notesLost.length) text.push(word('notes-lost', out.notesLost.join(', ')));
    if (out.offLeftOut.length) text.push(word('off-left-out', out.offLeftOut.join(', ')));
    say(text.join(' '), out.removed.length > 0 || out.notesLost.length > 0);
  }

  // ---- opening an answers file ----

  function childText(el, name) {
    for (var c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === name) return c.textContent;
    return null;
  }
  function children(el, name) {
    var out = [];
    if (!el) return out;
    for (var c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === name) out.push(c);
    return out;
  }

  // The state in answers file `text`, or throws the message that says
  // why it is refused. Checks everything before anything is changed.
  function parseAnswers(text, name) {
    var doc = new DOMParser().parseFromString(text, 'application/xml');
    var root = doc.documentElement;
    if (!root || doc.getElementsByTagName('parsererror').length) throw word('not-xml', name);
    if (root.localName !== 'answers' || root.namespaceURI) throw word('not-answers', name, root.localName);
    function describe(q, qv, m, mv) {
      return word('questionnaire') + ' ' + q + ' ' + word('version') + ' ' + qv + ', ' +
             word('model') + ' ' + m + ' ' + word('version') + ' ' + mv;
    }
    if (root.getAttribute('model') !== form.model || root.getAttribute('model-version') !== form.modelVersion ||
        root.getAttribute('questionnaire') !== form.questionnaire ||
        root.getAttribute('questionnaire-version') !== form.questionnaireVersion) {
      throw word('other-form', name,
        describe(root.getAttribute('questionnaire'), root.getAttribute('questionnaire-version'),
                 root.getAttribute('model'), root.getAttribute('model-version')),
        describe(form.questionnaire, form.questionnaireVersion, form.model, form.modelVersion));
    }
    var country = children(root, 'country')[0];
    if (!country) throw word('no-detail', name, word('country'));
    var people = children(children(root, 'respondents')[0], 'respondent');
    var s = {
      country: country.textContent.trim(), fictional: country.getAttribute('fictional') === 'true' ? 'true' : '',
      date: (childText(root, 'date') || '').trim(), title: (childText(root, 'title') || '').trim(),
      workshop: (children(root, 'respondents')[0] || { getAttribute: function () { return ''; } }).getAttribute('workshop') || '',
      respondents: people.map(function (r) { return { name: r.textContent.trim(), role: r.getAttribute('role') || '' }; }),
      targetDefault: '', targets: {}, answers: {}
    };
    ['region', 'income-group'].forEach(function (k) {
      var v = (country.getAttribute(k) || '').trim();
      if (!v) return;
      if (!field(k) || !field(k).querySelector('option[value="' + CSS.escape(v) + '"]'))
        throw word('bad-group', name, v, k);
      s[k] = v;
    });
    var targets = children(root, 'targets')[0];
    if (targets) {
      var levels = ['1', '2', '3', '4'];
      if (targets.hasAttribute('default')) {
        s.targetDefault = targets.getAttribute('default').trim();
        if (levels.indexOf(s.targetDefault) < 0) throw word('bad-target', name, s.targetDefault);
      }
      children(targets, 'target').forEach(function (t) {
        var cap = t.getAttribute('capability'), level = (t.getAttribute('level') || '').trim();
        if (!document.querySelector('select[data-target="' + cap + '"]') || levels.indexOf(level) < 0)
          throw word('bad-target', name, cap + ' ' + level);
        s.targets[cap] = level;
      });
    }
    children(root, 'answer').forEach(function (a) {
      // a workshop consensus: saving would drop how each value came about
      if (children(a, 'consensus').length || children(a, 'participant-answer').length)
        throw word('consensus', name);
      var id = a.getAttribute('question'), value = a.getAttribute('value');
      if (!Object.prototype.hasOwnProperty.call(byId, id)) throw word('unknown-question', name, id);
      if (s.answers[id]) throw word('twice', name, id);
      if (!byId[id].querySelector('input[type=radio][value="' + CSS.escape(value || '') + '"]'))
        throw word('bad-value', name, id, value);
      s.answers[id] = { value: value, evidence: childText(a, 'evidence') || '', comment: childText(a, 'comment') || '' };
    });
    return s;
  }

  function openFile(file) {
    var reader = new FileReader();
    reader.onload = function () {
      var s;
      try {
        s = parseAnswers(String(reader.result), file.name);
      } catch (message) {
        say(String(message) + ' ' + word('unchanged'), true);
        return;
      }
      apply(s);
      keepDraft(true);
      say(word('opened', file.name, Object.keys(s.answers).length), false);
    };
    reader.onerror = function () { say(word('unreadable', file.name) + ' ' + word('unchanged'), true); };
    reader.readAsText(file);
  }

  // Firefox puts back what the fields held when the page is reloaded: the
  // form as mnr made it is in the fields' defaults.
  function resetToDefaults() {
    document.querySelectorAll('input, textarea, select').forEach(function (el) {
      if (el.type === 'radio' || el.type === 'checkbox') el.checked = el.defaultChecked;
      else if (el.tagName === 'SELECT') Array.prototype.forEach.call(el.options, function (o) { o.selected = o.defaultSelected; });
      else if (el.type !== 'file') el.value = el.defaultValue;
    });
  }

  // ---- wiring ----

  resetToDefaults();
  var initial = collect(); // what "Clear the draft" goes back to
  document.getElementById('save').addEventListener('click', save);
  var picker = document.getElementById('open-file');
  document.getElementById('open').addEventListener('click', function () { picker.value = ''; picker.click(); });
  picker.addEventListener('change', function () { if (picker.files.length) openFile(picker.files[0]); });
  document.getElementById('add-respondent').addEventListener('click', function () {
    addRespondent('', '').querySelector('input').focus();
    keepDraft();
  });
  document.getElementById('respondents').addEventListener('click', function (e) {
    if (!e.target.classList.contains('remove-respondent')) return;
    var all = document.querySelectorAll('#respondents fieldset.respondent');
    if (all.length > 1) e.target.closest('fieldset').remove();
    else e.target.closest('fieldset').querySelectorAll('input').forEach(function (i) { i.value = ''; });
    renumber();
    keepDraft();
  });
  document.querySelector('main').addEventListener('click', function (e) {
    if (!e.target.classList.contains('clear-answer')) return;
    e.target.closest('fieldset').querySelectorAll('input[type=radio]').forEach(function (r) { r.checked = false; });
    update();
    keepDraft();
  });
  document.getElementById('next-unanswered').addEventListener('click', nextUnanswered);
  if (window.ResizeObserver) new ResizeObserver(measureBar).observe(bar);
  window.addEventListener('resize', measureBar);
  document.getElementById('overview').addEventListener('click', function (e) {
    var link = e.target.closest('a.next-q');
    if (!link) return;
    e.preventDefault();
    goTo(document.getElementById(link.hash.slice(1)));
  });
  // Where one is, kept true as one moves on by hand; #where starts saying
  // it at the first jump only (it may give the bar a row, and the page
  // would shift under a click)
  document.querySelector('main').addEventListener('focusin', function (e) {
    var fs = e.target.closest('fieldset[data-question]');
    if (fs && fs !== here) {
      here = fs;
      if (where.textContent) sayWhere(fs);
    }
    var sec = e.target.closest('section.capability');
    if (sec) markCurrent(sec);
  });
  // a link to a capability (progress list) or a question (skip logic)
  window.addEventListener('hashchange', function () {
    var target = document.getElementById(location.hash.slice(1));
    var sec = target && target.closest('section.capability');
    if (!sec) return;
    markCurrent(sec);
    if (target.matches('fieldset[data-question]')) {
      here = target;
      if (where.textContent) sayWhere(target);
    } else if (where.textContent) {
      where.textContent = word('where-cap', sec.dataset.number);
    }
  });
  document.getElementById('clear-draft').addEventListener('click', function () {
    if (!window.confirm(word('draft-confirm'))) return;
    if (storage) storage.removeItem(draftKey);
    apply(initial);
    unsaved = false;
    draftState.textContent = word('draft-none');
    say(word('draft-cleared'), false);
  });
  // Any change is kept at once: radios on change, text as it is typed.
  document.addEventListener('change', function (e) {
    if (e.target.type === 'radio') update();
    if (e.target.type !== 'file') keepDraft();
  });
  window.addEventListener('beforeunload', function (e) {
    if (!unsaved) return;
    e.preventDefault();
    e.returnValue = ''; // what browsers before the standard asked for
  });
  document.addEventListener('input', function (e) {
    if (e.target.tagName === 'TEXTAREA') e.target.parentNode.querySelector('.print-copy').textContent = e.target.value;
    if (e.target.type !== 'radio' && e.target.type !== 'file') keepDraft();
  });

  update();
  restoreDraft();
  performance.mark('mnr-form-ready');
})();

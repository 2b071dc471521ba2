// form.test.js MNR WORKDIR - the answer form of `mnr form` in headless
// Chromium, or Firefox with MNR_TEST_BROWSER=firefox (browsers.js), driven
// as a person would: by labels, buttons and files.
//
// Full form: fill the details and capability C01 (a skip-logic switch and
// back, evidence with markup characters and a line break, a character XML
// cannot hold), save, check the file with mnr validate and mnr score, open
// it in a fresh browser profile, reload for the draft, clear it, refuse
// wrong files. Two blank forms keep a draft each; a workshop consensus
// does not open. "Next unanswered question" (by keyboard, skipping
// switched-off questions, wrapping, at the foot of a phone's window) and
// the progress list by capability. The policy runs the form's own script, not a script or an
// event handler injected into the page. The same for the rapid form. Every
// request the page makes must be file:, data: or blob:. axe-core: no serious or critical
// violation. Prints how long mnr form takes and how long the form takes to
// open with a draft of all 116 questions.
//
// form.test.js MNR WORKDIR LANG: the same walk on `mnr form --lang LANG`
// (fr, ar): what it finds by label or name, and every message it reads, in
// that language: t() from the catalog the build made (<mnr's directory>/
// locale/LANG.mo), the messages of the form's script from its words block.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');
const { requireDep } = require('./chromium');
const { launch, BROWSER } = require('./browsers');

const [MNR, WORK, LANG] = process.argv.slice(2);
if (!MNR || !WORK) {
  console.error('usage: node form.test.js MNR WORKDIR [LANG]');
  process.exit(2);
}
fs.mkdirSync(WORK, { recursive: true });
const ENV = { ...process.env, MNR_DATA_DIR: '', LC_ALL: 'C.UTF-8' };

// ---- the language: t(ENGLISH) is its translation in LANG's catalog (the
// English where it has none), w(KEY, ...) a message of the form's script
// with {1}, {2}... filled in, as the script makes it (its #words block),
// wre(KEY, ...) the same as a regular expression's source, each argument
// one itself.

const CATALOG = new Map();
if (LANG) {
  const unquote = (q) => JSON.parse(q.replace(/\t/g, '\\t'));
  const po = execFileSync('msgunfmt', ['--no-wrap', path.join(path.dirname(MNR), 'locale', `${LANG}.mo`)],
    { encoding: 'utf8' });
  // (entries with a context or plural forms are not what the form shows)
  for (const m of po.matchAll(/^msgid (".*")\nmsgstr (".*")$/gm)) {
    const str = unquote(m[2]);
    if (str) CATALOG.set(unquote(m[1]), str);
  }
  assert.ok(CATALOG.size > 100, `no catalog for ${LANG}`);
}
const t = (s) => CATALOG.get(s) || s;
// the translation of the text that starts with `start` (all of it), or
// `start` itself in English
function tStart(start) {
  for (const [en, tr] of CATALOG) if (en.startsWith(start)) return tr;
  return start;
}
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let WORDS = null;
function w(key, ...args) {
  assert.ok(WORDS && WORDS.has(key), `no word ${key} in the form`);
  return args.reduce((text, a, i) => text.split(`{${i + 1}}`).join(String(a)), WORDS.get(key));
}
function wre(key, ...args) {
  assert.ok(WORDS && WORDS.has(key), `no word ${key} in the form`);
  return args.reduce((text, a, i) => text.split(esc(`{${i + 1}}`)).join(a), esc(WORDS.get(key)));
}
// what the script says a file is for, as form.js's describe()
const describe = (q, qv, m, mv) => `${w('questionnaire')} ${q} ${w('version')} ${qv}, ${w('model')} ${m} ${w('version')} ${mv}`;
function readWords(file) {
  const html = fs.readFileSync(file, 'utf8');
  const block = html.match(/<div id="words"[^>]*>(.*?)<\/div>/s);
  assert.ok(block, `no words block in ${file}`);
  const text = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return new Map([...block[1].matchAll(/<span data-word="([^"]+)">(.*?)<\/span>/gs)].map((m) => [m[1], text(m[2])]));
}

// ---- helpers ----

function mnr(...args) {
  return spawnSync(MNR, args, { env: ENV, encoding: 'utf8' });
}

function makeForm(name, ...args) {
  const out = path.join(WORK, name);
  const t0 = process.hrtime.bigint();
  const r = mnr('form', ...args, ...(LANG ? ['--lang', LANG] : []), '-o', out);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.strictEqual(r.status, 0, r.stderr);
  if (!WORDS) WORDS = readWords(out);
  if (LANG) assert.match(fs.readFileSync(out, 'utf8'), new RegExp(`<html lang="${LANG}" dir="(ltr|rtl)">`));
  return { file: out, url: pathToFileURL(out).href, ms };
}

// Opens the form in a page that records every request that is not a
// local file, inline data or a blob, and aborts it.
async function openForm(browser, url) {
  const page = await browser.newPage();
  page.outside = [];
  page.errors = [];
  page.on('request', (req) => {
    if (!/^(file|data|blob):/.test(req.url())) page.outside.push(req.url());
  });
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (/^(file|data|blob):/.test(u)) return route.continue();
    page.outside.push(u);
    return route.abort();
  });
  await page.goto(url);
  return page;
}

const q = (page, id) => page.locator(`fieldset[data-question="${id}"]`);
const radio = (page, id, value) => q(page, id).locator(`input[type=radio][value="${value}"]`);
const evidence = (page, id) => q(page, id).getByLabel(t('Evidence'), { exact: true });
const comment = (page, id) => q(page, id).getByLabel(t('Comment'), { exact: true });

async function save(page, saveAs) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('Save answers') }).click(),
  ]);
  await download.saveAs(saveAs);
  return download.suggestedFilename();
}

async function openFile(page, file) {
  await page.evaluate(() => { document.getElementById('message').textContent = ''; });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: t('Open answers') }).click(),
  ]);
  await chooser.setFiles(file);
  await page.waitForFunction(() => document.getElementById('message').textContent !== '');
  return page.locator('#message').textContent();
}

// Reloads the page after a click on its title, as a person who has used
// the page would (browsers ask only then), and says whether the browser
// asked "leave the page?" first.
async function reloadAsks(page) {
  let asked = false;
  const note = (d) => { if (d.type() === 'beforeunload') asked = true; d.accept(); };
  await page.locator('h1').click();
  page.on('dialog', note);
  await page.reload();
  page.off('dialog', note);
  return asked;
}

// Everything a person typed or picked, to compare before and after.
function snapshot(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('input:not([type=file]), textarea, select'))
    .map((el) => (el.type === 'radio' ? `${el.name}=${el.value}:${el.checked}` : `${el.id}=${el.value}`))
    .join('\n'));
}

function capabilityIn(results, id) {
  const m = results.match(new RegExp(`<capability id="${id}"[^>]*>`));
  assert.ok(m, `no capability ${id} in the results`);
  return m[0];
}

async function setDetails(page, country, date, name, role) {
  await page.getByLabel(t('Country'), { exact: true }).fill(country);
  await page.getByLabel(t('Date of assessment'), { exact: true }).fill(date);
  await page.getByLabel(t('Name'), { exact: true }).fill(name);
  await page.getByLabel(t('Role and organisation'), { exact: true }).fill(role);
}

async function axeCheck(page, label) {
  await page.evaluate(requireDep('axe-core').source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of result.violations)
    console.log(`# axe ${label}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepStrictEqual(bad.map((v) => v.id), [], `${label}: serious or critical axe violations`);
}

// Evidence with every markup character and a line break; a comment with
// a BEL (U+0007), which XML 1.0 cannot hold.
const EVIDENCE = 'Minutes <2025-03> & "notes", the chair\'s list\nsecond line: <b>not markup</b>';
const COMMENT_TYPED = 'Draft terms only\u0007 (to confirm)';
const COMMENT_SAVED = 'Draft terms only (to confirm)';

// ---- the full form ----

test('full form: fill, skip logic, save, validate, score, reopen, draft, wrong files', async () => {
  const form = makeForm('full.html');
  console.log(`# mnr form (full questionnaire) took ${form.ms.toFixed(0)} ms`);
  const saved = path.join(WORK, 'saved-full.xml');
  let browser = await launch();
  let page;
  try {
    page = await openForm(browser, form.url);
    await setDetails(page, 'Testland "North" & <Isles>', '2026-03-01', 'A. Tester', 'Focal point, Ministry of Justice');
    // region and income group (optional, for mnr cohort): the model's lists
    assert.strictEqual(await page.getByLabel(t('Region'), { exact: true }).locator('option').count(), 8);
    assert.strictEqual(await page.getByLabel(t('Income group'), { exact: true }).locator('option').count(), 5);
    await page.getByLabel(t('Region'), { exact: true }).selectOption({ label: t('South Asia') });
    await page.getByLabel(t('Income group'), { exact: true }).selectOption({ label: t('Lower-middle income') });

    // C01.L3.b is asked only when C01.L2.a is yes or partly
    await radio(page, 'C01.L1.a', 'yes').check();
    await radio(page, 'C01.L3.b', 'yes').check();
    await radio(page, 'C01.L2.a', 'no').check();
    assert.strictEqual(await q(page, 'C01.L3.b').evaluate((f) => f.disabled), true, 'C01.L3.b not switched off by "no"');
    assert.strictEqual(await radio(page, 'C01.L3.b', 'yes').isDisabled(), true);
    assert.ok(await q(page, 'C01.L3.b').locator('.off-note').isVisible(), 'no visible note on the switched-off question');
    // saved now, the switched-off answer is left out, and the message says so
    const offFile = path.join(WORK, 'saved-off.xml');
    await save(page, offFile);
    assert.ok(!fs.readFileSync(offFile, 'utf8').includes('C01.L3.b'), 'a switched-off answer was saved');
    assert.ok((await page.locator('#message').textContent()).includes(w('off-left-out', 'C01.L3.b')));
    // and back: the question is on again with its answer
    await radio(page, 'C01.L2.a', 'partly').check();
    assert.strictEqual(await radio(page, 'C01.L3.b', 'yes').isDisabled(), false);
    assert.strictEqual(await radio(page, 'C01.L3.b', 'yes').isChecked(), true);
    await radio(page, 'C01.L3.a', 'partly').check();
    await radio(page, 'C01.L4.a', 'no').check();
    await evidence(page, 'C01.L1.a').fill(EVIDENCE);
    await comment(page, 'C01.L2.a').fill(COMMENT_TYPED);
    assert.strictEqual(await page.locator('#cap-C01 .cap-progress').textContent(), w('answered', 5, 5));
    assert.strictEqual(await page.locator('#overall-text').textContent(), w('overall', 5, 116));
    assert.strictEqual(await page.locator('#overview [data-progress="C02"] .todo a').textContent(), w('next-link', 1, 5));

    const name = await save(page, saved);
    assert.strictEqual(name, 'Testland-North-Isles-answers-2026-03-01.xml');
    const message = await page.locator('#message').textContent();
    assert.ok(message.includes(w('saved', name, 5)), message);
    assert.ok(message.includes(w('removed', `C01.L2.a ${w('comment')}`)), message);

    // mnr reads what the form wrote
    const v = mnr('validate', saved);
    assert.strictEqual(v.status, 0, v.stderr + v.stdout);
    const s = mnr('score', saved);
    assert.strictEqual(s.status, 0, s.stderr);
    // Worked by hand: level 1 has yes (1/1 >= 0.75), level 2 partly
    // (0.5/1 < 0.75): level 1, score 1 + 0.5 = 1.50; all 5 answered.
    const c01 = capabilityIn(s.stdout, 'C01');
    assert.match(c01, / level="1" /);
    assert.match(c01, / score="1\.50" /);
    assert.match(c01, / provisional="false" /);
    const xml = fs.readFileSync(saved, 'utf8');
    assert.ok(xml.includes('<country region="south-asia" income-group="lower-middle">Testland &quot;North&quot; &amp; &lt;Isles&gt;</country>') ||
              xml.includes('<country region="south-asia" income-group="lower-middle">Testland "North" &amp; &lt;Isles&gt;</country>'), xml.slice(0, 400));

    // reload: the draft is back; clear it: gone, and the form is empty
    await page.reload();
    assert.match(await page.locator('#draft-state').textContent(), new RegExp(wre('draft-restored', '.*')));
    assert.strictEqual(await evidence(page, 'C01.L1.a').inputValue(), EVIDENCE);
    assert.strictEqual(await page.getByLabel(t('Country'), { exact: true }).inputValue(), 'Testland "North" & <Isles>');
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: t('Clear the draft') }).click();
    assert.strictEqual(await page.getByLabel(t('Country'), { exact: true }).inputValue(), '');
    await page.reload();
    assert.strictEqual(await page.getByLabel(t('Country'), { exact: true }).inputValue(), '');
    assert.strictEqual(await radio(page, 'C01.L1.a', 'yes').isChecked(), false);
    assert.strictEqual(await page.evaluate(() => localStorage.length), 0, 'something is left in storage');
    assert.deepStrictEqual(page.outside, [], 'requests left the computer');
    assert.deepStrictEqual(page.errors, []);
  } finally {
    await browser.close();
  }

  // a fresh profile: nothing in storage, everything from the file
  browser = await launch();
  try {
    page = await openForm(browser, form.url);
    assert.strictEqual(await page.locator('#draft-state').textContent(), w('draft-none'));
    assert.match(await openFile(page, saved), new RegExp(`^${wre('opened', '.*', '5')}$`));
    assert.strictEqual(await page.getByLabel(t('Country'), { exact: true }).inputValue(), 'Testland "North" & <Isles>');
    assert.strictEqual(await page.getByLabel(t('Date of assessment'), { exact: true }).inputValue(), '2026-03-01');
    assert.strictEqual(await page.getByLabel(t('Name'), { exact: true }).inputValue(), 'A. Tester');
    assert.strictEqual(await page.getByLabel(t('Role and organisation'), { exact: true }).inputValue(), 'Focal point, Ministry of Justice');
    assert.strictEqual(await page.getByLabel(t('Region'), { exact: true }).inputValue(), 'south-asia');
    assert.strictEqual(await page.getByLabel(t('Income group'), { exact: true }).inputValue(), 'lower-middle');
    for (const [id, value] of [['C01.L1.a', 'yes'], ['C01.L2.a', 'partly'], ['C01.L3.a', 'partly'], ['C01.L3.b', 'yes'], ['C01.L4.a', 'no']])
      assert.strictEqual(await radio(page, id, value).isChecked(), true, `${id} is not ${value}`);
    assert.strictEqual(await evidence(page, 'C01.L1.a').inputValue(), EVIDENCE);
    assert.strictEqual(await comment(page, 'C01.L2.a').inputValue(), COMMENT_SAVED);

    // wrong files: a message, and nothing changes
    const before = await snapshot(page);
    const wrong = {
      'not-xml.xml': ['This is not XML <', `${wre('not-xml', 'not-xml\\.xml')} ${wre('unchanged')}`],
      'results.xml': ['<results/>', wre('not-answers', 'results\\.xml', 'results')],
      'rapid-answers.xml': [fs.readFileSync(saved, 'utf8').replace('questionnaire="mnr-full"', 'questionnaire="mnr-rapid"'),
        wre('other-form', 'rapid-answers\\.xml', esc(describe('mnr-rapid', '1.0', 'mnr-maturity', '1.0')),
          esc(describe('mnr-full', '1.0', 'mnr-maturity', '1.0')))],
      'old-model.xml': [fs.readFileSync(saved, 'utf8').replace('model-version="1.0"', 'model-version="0.9"'),
        wre('other-form', 'old-model\\.xml', esc(describe('mnr-full', '1.0', 'mnr-maturity', '0.9')), '.*')],
      'unknown-question.xml': [fs.readFileSync(saved, 'utf8').replace('question="C01.L4.a"', 'question="C01.L9.z"'),
        wre('unknown-question', 'unknown-question\\.xml', 'C01\\.L9\\.z')],
      'bad-value.xml': [fs.readFileSync(saved, 'utf8').replace('question="C01.L4.a" value="no"', 'question="C01.L4.a" value="na"'),
        wre('bad-value', 'bad-value\\.xml', 'C01\\.L4\\.a', 'na')],
      'bad-region.xml': [fs.readFileSync(saved, 'utf8').replace('region="south-asia"', 'region="atlantis"'),
        wre('bad-group', 'bad-region\\.xml', 'atlantis', 'region')],
    };
    for (const [file, [content, expected]] of Object.entries(wrong)) {
      const p = path.join(WORK, file);
      fs.writeFileSync(p, content);
      const text = await openFile(page, p);
      assert.match(text, new RegExp(`^${expected}`), file);
      assert.match(text, new RegExp(`${wre('unchanged')}$`), file);
      assert.strictEqual(await page.locator('#message').getAttribute('class'), 'error');
      assert.strictEqual(await snapshot(page), before, `${file} changed the form`);
    }
    // an answers file written by hand (an example from mnr) opens too
    const example = path.resolve(__dirname, '../../questionnaires/examples/northland-early.xml');
    assert.match(await openFile(page, example), new RegExp(`^${wre('opened', 'northland-early\\.xml', '\\d+')}$`));
    assert.strictEqual(await page.getByLabel(t('Country'), { exact: true }).inputValue(), 'Northland');
    assert.deepStrictEqual(page.outside, [], 'requests left the computer');
    assert.deepStrictEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

// ---- finding one's way: next unanswered question, progress list ----

// What the live region of the navigation says, and which radio has focus.
async function nextUnanswered(page) {
  await page.getByRole('button', { name: t('Next unanswered question') }).click();
  return page.evaluate(() => [document.activeElement.id, document.getElementById('where').textContent]);
}
// (an expression, which Playwright and Puppeteer both take with no argument)
const whereSays = (text) => `document.getElementById('where').textContent === ${JSON.stringify(text)}`;
const progressRow = (page, cap) => page.locator(`#overview [data-progress="${cap}"]`);
// Question ID's box starts in the window, below the bar (which grows a row
// for what the navigation says).
const inView = (page, id) => page.evaluate((id) => {
  const r = document.getElementById('q-' + id).getBoundingClientRect();
  return r.top >= document.querySelector('.bar').getBoundingClientRect().bottom && r.top < innerHeight;
}, id);

test('navigation: next unanswered question and the progress list by capability', async () => {
  const form = makeForm('nav.html');
  const browser = await launch();
  try {
    const page = await openForm(browser, form.url);
    // the progress list: a named landmark, one link per capability by its
    // name, answered of applicable, a link to the first unanswered question
    const nav = page.getByRole('navigation', { name: t('Progress') });
    assert.strictEqual(await nav.getByRole('listitem').count(), 21);
    const c01 = progressRow(page, 'C01');
    assert.strictEqual(await c01.getByRole('link', { name: `1. ${t('Leadership')}` }).getAttribute('href'), '#cap-C01');
    assert.strictEqual(await c01.locator('.count').textContent(), w('answered', 0, 5));
    assert.strictEqual(await c01.locator('.todo a').textContent(), w('next-link', 1, 5));
    assert.strictEqual(await c01.locator('.todo a').getAttribute('href'), '#q-C01.L1.a');
    assert.ok(!/C\d\d\.L/.test(await nav.textContent()), 'the progress list shows question ids');

    // from the top of the page, by keyboard alone (the third stop, after
    // Save and Open): the first question, focus on its first answer
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'next-unanswered');
    await page.keyboard.press('Enter');
    assert.deepStrictEqual(await page.evaluate(() => [document.activeElement.id, document.getElementById('where').textContent]),
      ['C01.L1.a-yes', w('where', 1, 1, 5)]);
    assert.strictEqual(await inView(page, 'C01.L1.a'), true, 'the question is not in view below the bar');
    // C01.L3.b is switched off by "no" to C01.L2.a: skipped, as is the answered C01.L3.a
    await radio(page, 'C01.L1.a', 'yes').check();
    await radio(page, 'C01.L3.a', 'yes').check();
    await radio(page, 'C01.L2.a', 'no').check();
    assert.deepStrictEqual(await nextUnanswered(page), ['C01.L4.a-yes', w('where', 1, 5, 5)]);
    assert.strictEqual(await c01.locator('.count').textContent(), w('answered', 3, 4));
    assert.strictEqual(await c01.locator('.todo a').textContent(), w('next-link', 5, 5));
    // from an unanswered question: the one after it
    assert.deepStrictEqual(await nextUnanswered(page), ['C02.L1.a-yes', w('where', 2, 1, 5)]);
    // after the last question: back to the first unanswered, and it says so
    await radio(page, 'C21.L4.b', 'yes').focus();
    assert.deepStrictEqual(await nextUnanswered(page),
      ['C01.L4.a-yes', `${w('wrapped')} ${w('where', 1, 5, 5)}`]);
    // the window scrolled away from the question last visited: from what it shows
    await page.evaluate(() => document.getElementById('cap-C12').scrollIntoView());
    assert.deepStrictEqual(await nextUnanswered(page), ['C12.L1.a-yes', w('where', 12, 1, 6)]);
    assert.strictEqual(await inView(page, 'C12.L1.a'), true, 'the question is not in view below the bar');
    assert.strictEqual(await progressRow(page, 'C12').getByRole('link', { name: `12. ${t('CSEA hotline')}` }).getAttribute('aria-current'), 'location');
    assert.strictEqual(await c01.getByRole('link', { name: `1. ${t('Leadership')}` }).getAttribute('aria-current'), null);
    // the progress list's link goes to the question the same way
    await progressRow(page, 'C05').locator('.todo a').click();
    assert.deepStrictEqual(await page.evaluate(() => [document.activeElement.id, document.getElementById('where').textContent]),
      ['C05.L1.a-yes', w('where', 5, 1, 5)]);
    // and it stays true as one moves on by hand, or by a capability's link
    await radio(page, 'C05.L2.a', 'no').check();
    assert.strictEqual(await page.locator('#where').textContent(), w('where', 5, 2, 5));
    await progressRow(page, 'C13').getByRole('link', { name: `13. ${t('Education programme')}` }).click();
    await page.waitForFunction(whereSays(w('where-cap', 13)));
    assert.strictEqual(await progressRow(page, 'C13').locator('a').first().getAttribute('aria-current'), 'location');
    // or by the link of a switched-off question to the one that switches it
    await q(page, 'C01.L3.b').getByRole('link', { name: 'C01.L2.a' }).click();
    await page.waitForFunction(whereSays(w('where', 1, 2, 5)));

    // on a phone the bar scrolls away, and the button stays at the window's foot
    await page.setViewportSize({ width: 390, height: 844 });
    // "no" to C11.L1.a switches off the rest of capability 11
    await radio(page, 'C11.L1.a', 'no').check();
    assert.deepStrictEqual(await nextUnanswered(page), ['C12.L1.a-yes', w('where', 12, 1, 6)]);
    assert.strictEqual(await inView(page, 'C12.L1.a'), true, 'the question is not in view on a phone');
    const button = await page.getByRole('button', { name: t('Next unanswered question') }).boundingBox();
    assert.ok(button.y > 700 && button.y + button.height <= 844, `the button is not at the window's foot: ${JSON.stringify(button)}`);
    await axeCheck(page, 'full form on a phone, after a jump');
    await page.setViewportSize({ width: 1280, height: 720 });

    // every question answered (one "not applicable"): nothing left to go to
    await page.evaluate(() => {
      document.querySelectorAll('fieldset[data-question]').forEach((f) => {
        const na = f.querySelector('input[value=na]');
        (na && !document.querySelector('input[value=na]:checked') ? na : f.querySelector('input[value=dont-know]')).checked = true;
      });
      document.querySelector('input[type=radio]').dispatchEvent(new Event('change', { bubbles: true }));
    });
    assert.deepStrictEqual(await nextUnanswered(page), ['next-unanswered', w('all-answered')]);
    assert.strictEqual(await c01.locator('.todo').textContent(), '');
    assert.strictEqual(await c01.locator('.count').textContent(), w('answered', 5, 5));
    // "not applicable" counts in neither part, as in mnr score
    assert.strictEqual(await page.locator('#overall-text').textContent(), w('overall', 115, 115));
    assert.deepStrictEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

// ---- --answers, accessibility, a draft of every question ----

test('full form: --answers opens it filled; axe-core; a draft of all 116 questions', async () => {
  const example = path.resolve(__dirname, '../../questionnaires/examples/northland-early.xml');
  const filled = makeForm('northland.html', '--answers', example);
  const browser = await launch();
  try {
    let page = await openForm(browser, filled.url);
    assert.strictEqual(await page.getByLabel(t('Country'), { exact: true }).inputValue(), 'Northland');
    assert.strictEqual(await radio(page, 'C02.L1.a', 'partly').isChecked(), true);
    // the same count as mnr score's completeness for this file
    const s = mnr('score', example);
    const summary = s.stdout.match(/<summary [^>]*answered="(\d+)" applicable="(\d+)"/);
    assert.strictEqual(await page.locator('#overall-text').textContent(), w('overall', summary[1], summary[2]));
    await axeCheck(page, 'full form, filled');
    await page.close();

    // all 116 answered with evidence, kept as a draft; then timed reopen
    const blank = makeForm('blank.html');
    page = await openForm(browser, blank.url);
    const n = await page.evaluate(() => {
      const all = document.querySelectorAll('fieldset[data-question]');
      all.forEach((f) => {
        f.querySelector('input[value=dont-know]').checked = true;
        f.querySelector('textarea.evidence').value = 'Evidence for ' + f.dataset.question + '\nline two';
      });
      document.querySelector('textarea.evidence').dispatchEvent(new Event('input', { bubbles: true }));
      return all.length;
    });
    assert.strictEqual(n, 116);
    const t0 = Date.now();
    await page.reload({ waitUntil: 'load' });
    const ms = Date.now() - t0;
    // the form's own script, from its first line to the draft restored
    const scriptMs = await page.evaluate(() => performance.measure('restore', 'mnr-form-start', 'mnr-form-ready').duration);
    assert.strictEqual(await page.locator('#overall-text').textContent(), w('overall', 116, 116));
    assert.strictEqual(await evidence(page, 'C21.L4.a').inputValue(), 'Evidence for C21.L4.a\nline two');
    console.log(`# opening the full form with a draft of all ${n} questions took ${ms} ms ` +
                `(its script ${scriptMs.toFixed(0)} ms, the rest is ${BROWSER} reading the page)`);
    assert.ok(scriptMs < 500, `restoring a draft of ${n} questions took the script ${scriptMs} ms`);
    assert.deepStrictEqual(page.outside, [], 'requests left the computer');
  } finally {
    await browser.close();
  }
});

// ---- one draft per form; a workshop consensus is refused ----

test('two blank forms keep a draft each; a workshop consensus does not open', async () => {
  const a = makeForm('draft-a.html');
  const b = makeForm('draft-b.html');
  const ws = path.resolve(__dirname, '../data/workshop');
  const consensus = path.join(WORK, 'consensus.xml');
  const m = mnr('merge', path.join(ws, 'police.xml'), path.join(ws, 'helpline.xml'), '-o', consensus);
  assert.strictEqual(m.status, 0, m.stderr);
  const browser = await launch();
  try {
    // one profile: the pages share the browser's storage for files, as two
    // forms opened in one browser do
    const pageA = await openForm(browser, a.url);
    await pageA.getByLabel(t('Country'), { exact: true }).fill('Alphaland');
    assert.match(await pageA.locator('#draft-state').textContent(), new RegExp(`^${wre('draft-kept', '.*')}$`));
    const pageB = await openForm(browser, b.url);
    assert.strictEqual(await pageB.locator('#draft-state').textContent(), w('draft-none'));
    assert.strictEqual(await pageB.getByLabel(t('Country'), { exact: true }).inputValue(), '');
    await pageB.getByLabel(t('Country'), { exact: true }).fill('Betaland');
    await pageA.reload();
    assert.strictEqual(await pageA.getByLabel(t('Country'), { exact: true }).inputValue(), 'Alphaland');
    await pageB.reload();
    assert.strictEqual(await pageB.getByLabel(t('Country'), { exact: true }).inputValue(), 'Betaland');

    const before = await snapshot(pageB);
    const text = await openFile(pageB, consensus);
    assert.strictEqual(text, `${w('consensus', 'consensus.xml')} ${w('unchanged')}`);
    assert.strictEqual(await snapshot(pageB), before, 'the consensus changed the form');
    assert.deepStrictEqual(pageA.outside.concat(pageB.outside), [], 'requests left the computer');
    assert.deepStrictEqual(pageA.errors.concat(pageB.errors), []);
  } finally {
    await browser.close();
  }
});

// ---- another copy of the form; closing with answers not saved ----

test('another copy of the form finds its draft or says where it is; leaving with answers not saved asks', async () => {
  // the focal point's form, opened from the e-mail's folder, and the same
  // file saved again into another folder
  const form = makeForm('copies.html', '-q', 'rapid');
  const first = path.join(WORK, 'copies', 'mail', 'form.html');
  const second = path.join(WORK, 'copies', 'documents', 'form.html');
  for (const f of [first, second]) {
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.copyFileSync(form.file, f);
  }
  const saved = path.join(WORK, 'saved-copies.xml');
  const browser = await launch();
  try {
    const page = await openForm(browser, pathToFileURL(first).href);
    // every browser is told that a copy may keep its own draft
    assert.ok((await page.locator('#draft').textContent()).includes(tStart('Some browsers, Firefox among them, keep a separate draft ' +
      'for each copy of the file: the form saved again from the e-mail, or opened from another folder, starts without the answers ' +
      'typed into this copy.')), 'the form does not say that a copy may keep its own draft');
    assert.strictEqual(await reloadAsks(page), false, 'an empty form asked before leaving');
    await setDetails(page, 'Copyland', '2026-04-02', 'C. Tester', 'Focal point');
    await radio(page, 'C01.R', '2').check();
    assert.strictEqual(await reloadAsks(page), true, 'answers not saved: leaving did not ask');
    // the draft came back, and it is still not saved
    assert.strictEqual(await radio(page, 'C01.R', '2').isChecked(), true);
    assert.strictEqual(await reloadAsks(page), true, 'a draft not saved: leaving did not ask');
    await save(page, saved);
    assert.strictEqual(await reloadAsks(page), false, 'asked before leaving although the answers are saved');
    assert.strictEqual(await reloadAsks(page), false, 'a saved draft restored: asked before leaving');
    await radio(page, 'C02.R', '1').check();
    assert.strictEqual(await reloadAsks(page), true, 'a change after saving: leaving did not ask');
    assert.match(await openFile(page, saved), new RegExp(`^${wre('opened', '.*', '1')}$`));
    assert.strictEqual(await reloadAsks(page), false, 'the answers of a file just opened: asked before leaving');
    await radio(page, 'C02.R', '1').check();

    // the other copy: Chromium keeps one storage for every file, so the
    // draft is there; Firefox one per file, so the page says where it is
    const copy = await openForm(browser, pathToFileURL(second).href);
    const state = await copy.locator('#draft-state').textContent();
    const country = await copy.getByLabel(t('Country'), { exact: true }).inputValue();
    if (BROWSER === 'firefox') {
      assert.strictEqual(state, w('draft-none'));
      assert.strictEqual(country, '');
    } else {
      assert.match(state, new RegExp(`^${wre('draft-restored', '.*')}$`));
      assert.strictEqual(country, 'Copyland');
      assert.strictEqual(await radio(copy, 'C02.R', '1').isChecked(), true);
    }
    // closing the page itself asks too
    const asked = new Promise((resolve) => {
      page.once('dialog', (d) => { resolve(d.type()); d.accept(); });
      setTimeout(() => resolve('no dialog within 10 s'), 10000).unref();
    });
    await page.close({ runBeforeUnload: true });
    assert.strictEqual(await asked, 'beforeunload', 'closing the page with answers not saved did not ask');
    assert.deepStrictEqual(page.outside.concat(copy.outside), [], 'requests left the computer');
    assert.deepStrictEqual(page.errors.concat(copy.errors), []);
  } finally {
    await browser.close();
  }
});

// ---- the content security policy: the form's script only ----

test('the policy runs the form\'s own script, not a script or handler put into the page', async () => {
  const form = makeForm('csp.html', '-q', 'rapid');
  // what escaping would have let through, were it to fail: a script and an
  // event handler in the page, beside the form's own script
  const html = fs.readFileSync(form.file, 'utf8');
  const injected = html.replace('<main>',
    '<main><script>document.title = "INJECTED";</script>' +
    '<button type="button" id="injected" onclick="document.title = \'HANDLER\'">x</button>');
  assert.notStrictEqual(injected, html, 'no <main> to inject before');
  const file = path.join(WORK, 'csp-injected.html');
  fs.writeFileSync(file, injected);
  const browser = await launch();
  try {
    // the browser's reports of what the policy refused, recorded from
    // before the page's first script (an init script is not the page's)
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.refused = [];
      document.addEventListener('securitypolicyviolation',
        (e) => window.refused.push(`${e.effectiveDirective} ${e.sample}`));
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    // the form's script ran: it filled in the progress
    assert.match(await page.locator('#overall-text').textContent(), new RegExp(`^${wre('overall', '0', '\\d+')}$`));
    await page.locator('#injected').click();
    const title = await page.title();
    assert.notStrictEqual(title, 'INJECTED', 'the injected script ran');
    assert.notStrictEqual(title, 'HANDLER', 'the injected event handler ran');
    const refused = await page.evaluate(() => window.refused);
    assert.deepStrictEqual(refused.map((r) => r.split(' ')[0]).sort(), ['script-src-attr', 'script-src-elem'],
      `the policy did not refuse exactly the injected script and handler: ${JSON.stringify(refused)}`);
    assert.deepStrictEqual(errors, []);
  } finally {
    await browser.close();
  }
});

// ---- the rapid form ----

test('rapid form: pick levels, save, validate, score, reopen, wrong file, axe-core', async () => {
  const form = makeForm('rapid.html', '-q', 'rapid');
  console.log(`# mnr form -q rapid took ${form.ms.toFixed(0)} ms`);
  const saved = path.join(WORK, 'saved-rapid.xml');
  let browser = await launch();
  let page;
  try {
    page = await openForm(browser, form.url);
    // the level descriptors are the choices
    assert.match(await radio(page, 'C01.R', '2').evaluate((r) => r.labels[0].textContent),
      new RegExp(`^${esc(`2 ${t('Developing')}: ${tStart('A national multi-stakeholder body')}`)}`));
    assert.strictEqual(await q(page, 'C01.R').locator('input[type=radio]').count(), 6);
    await setDetails(page, 'Rapidia', '2026-04-02', 'B. Tester', 'Workshop lead');
    await radio(page, 'C01.R', '2').check();
    await radio(page, 'C02.R', 'dont-know').check();
    await evidence(page, 'C01.R').fill(EVIDENCE);
    await axeCheck(page, 'rapid form');
    // a date in the future or before the MNR: not saved, the date asked
    // again with the reason (the rule of mnr, src/core/date.h)
    const dateField = page.getByLabel(t('Date of assessment'), { exact: true });
    let downloads = 0;
    page.on('download', () => { downloads++; });
    for (const [wrong, why] of [['9999-12-31', new RegExp(`^${wre('date-future', '9999-12-31', '\\d{4}-\\d{2}-\\d{2}')}$`)],
                                ['2014-12-31', new RegExp(`^${wre('date-early', '2014-12-31', '2015-01-01')}$`)]]) {
      await dateField.fill(wrong);
      await page.getByRole('button', { name: t('Save answers') }).click();
      assert.match(await page.locator('#message').textContent(), why);
      assert.strictEqual(await page.evaluate(() => document.activeElement.id), 'date', 'the date is not asked again');
    }
    assert.strictEqual(downloads, 0, 'a file with a wrong date was saved');
    await dateField.fill('2026-04-02');
    assert.strictEqual(await save(page, saved), 'Rapidia-answers-2026-04-02.xml');
    const v = mnr('validate', saved);
    assert.strictEqual(v.status, 0, v.stderr + v.stdout);
    const s = mnr('score', saved);
    assert.strictEqual(s.status, 0, s.stderr);
    assert.match(capabilityIn(s.stdout, 'C01'), / level="2" .*score="2\.00"/);
    assert.match(capabilityIn(s.stdout, 'C02'), / assessed="false"/);
    await page.reload();
    assert.strictEqual(await radio(page, 'C01.R', '2').isChecked(), true);
    assert.deepStrictEqual(page.outside, []);
  } finally {
    await browser.close();
  }
  browser = await launch();
  try {
    page = await openForm(browser, form.url);
    assert.match(await openFile(page, saved), new RegExp(`^${wre('opened', '.*', '2')}$`));
    assert.strictEqual(await radio(page, 'C01.R', '2').isChecked(), true);
    assert.strictEqual(await radio(page, 'C02.R', 'dont-know').isChecked(), true);
    assert.strictEqual(await evidence(page, 'C01.R').inputValue(), EVIDENCE);
    const before = await snapshot(page);
    const full = path.resolve(__dirname, '../../questionnaires/examples/northland-early.xml');
    assert.match(await openFile(page, full), new RegExp(`^${wre('other-form', 'northland-early\\.xml', esc(describe('mnr-full', '1.0', 'mnr-maturity', '1.0')), esc(describe('mnr-rapid', '1.0', 'mnr-maturity', '1.0')))}`));
    assert.strictEqual(await snapshot(page), before);
    assert.deepStrictEqual(page.outside, []);
    assert.deepStrictEqual(page.errors, []);
  } finally {
    await browser.close();
  }
});

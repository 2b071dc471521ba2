// firefox.js - Debian's Firefox ESR (/usr/bin/firefox-esr, or
// $MNR_TEST_FIREFOX), headless, driven by puppeteer-core over WebDriver
// BiDi, with a fresh profile in a temporary directory that is removed again
// on close(). Start it through browsers.js's launch('firefox').
//
// playwright-core drives only its own patched Firefox, so Debian's is
// driven by puppeteer-core. Its pages are wrapped in the part of
// playwright's Page API the tests use (locators by CSS, label and role,
// fill, check, downloads, the file chooser, routes), so that one test
// file, written once in playwright's words, runs unchanged in Chromium and
// in Firefox. What the wrapper does not know it hands to puppeteer's Page,
// whose names are mostly playwright's (evaluate, goto, reload, on, close).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { requireDep } = require('./chromium');

const EXECUTABLE = process.env.MNR_TEST_FIREFOX || '/usr/bin/firefox-esr';

// Firefox's own defaults where puppeteer changes them for its tests, and
// no network: nothing but the page under test.
function prefs(downloads) {
  return {
    // Firefox's default, which puppeteer turns off: each file: page is its
    // own origin and keeps its own storage, as it does for every user
    'security.fileuri.strict_origin_policy': true,
    // a download goes to this folder without asking
    'browser.download.dir': downloads,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.manager.addToRecentDocs': false,
    // no updates, telemetry, captive portal or connectivity checks,
    // remote settings, region lookups, prefetching
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'extensions.blocklist.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.unified': false,
    // remote settings (Firefox looks up firefox.settings.services.mozilla.com
    // at start otherwise: certificate lists, blocklists)
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
  };
}

// ---- locators: a list of steps, found again in the page at each use ----

// Runs in the page: the elements that `steps` lead to from the document.
// A step is {css}, {label, exact} (playwright's getByLabel), {role, name,
// exact} (getByRole: the roles below, shown elements only, the name a
// case-blind part of the accessible name unless exact) or {nth}.
function findAll(steps) {
  const ROLES = {
    button: 'button, input[type=button], input[type=submit], input[type=reset], [role=button]',
    link: 'a[href], [role=link]',
    navigation: 'nav, [role=navigation]',
    listitem: 'li, [role=listitem]',
  };
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const matches = (text, want, exact) => (exact ? norm(text) === want
    : norm(text).toLowerCase().includes(want.toLowerCase()));
  const labelledBy = (el) => (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
    .map((id) => document.getElementById(id)).filter(Boolean).map((by) => by.textContent);
  const labels = (el) => {
    const out = Array.from(el.labels || []).map((l) => l.textContent);
    if (el.getAttribute('aria-label')) out.push(el.getAttribute('aria-label'));
    return out.concat(labelledBy(el));
  };
  const name = (el) => {
    const by = labelledBy(el);
    if (by.length) return by.join(' ');
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    if (el.localName === 'input') return el.value;
    return el.matches('nav, [role=navigation], li, [role=listitem]') ? '' : el.textContent;
  };
  let found = [document];
  for (const step of steps) {
    if (step.nth !== undefined) {
      found = found.length > step.nth ? [found[step.nth]] : [];
      continue;
    }
    const next = [];
    for (const root of found) {
      let all;
      if (step.css) {
        all = Array.from(root.querySelectorAll(step.css));
      } else if (step.label) {
        all = Array.from(root.querySelectorAll('input, textarea, select, button, [aria-label], [aria-labelledby]'))
          .filter((el) => labels(el).some((t) => matches(t, step.label, step.exact)));
      } else {
        if (!ROLES[step.role]) throw new Error(`firefox.js: getByRole knows ${Object.keys(ROLES).join(', ')}, not ${step.role}`);
        all = Array.from(root.querySelectorAll(ROLES[step.role]))
          .filter((el) => shown(el) && (step.name === undefined || matches(name(el), step.name, step.exact)));
      }
      for (const el of all) if (!next.includes(el)) next.push(el);
    }
    found = next;
  }
  return found;
}

async function clickMiddle(el) {
  await el.evaluate((e) => {
    const hit = () => {
      const box = e.getBoundingClientRect();
      const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return at && (e.contains(at) || at.contains(e));
    };
    if (!hit()) e.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (!hit()) e.scrollIntoView({ block: 'center', inline: 'center' });
  });
  await el.click();
}

class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  locator(css) { return new Locator(this.page, this.steps.concat({ css })); }
  getByLabel(label, opts = {}) { return new Locator(this.page, this.steps.concat({ label, exact: !!opts.exact })); }
  getByRole(role, opts = {}) {
    return new Locator(this.page, this.steps.concat({ role, name: opts.name, exact: !!opts.exact }));
  }
  first() { return new Locator(this.page, this.steps.concat({ nth: 0 })); }

  describe() { return JSON.stringify(this.steps); }

  async count() {
    return this.page.evaluate(`(${findAll})(${JSON.stringify(this.steps)}).length`);
  }

  // The one element the locator stands for (playwright's strictness).
  async element() {
    const handle = await this.page.evaluateHandle(`(() => { const all = (${findAll})(${JSON.stringify(this.steps)});
      return all.length === 1 ? all[0] : all.length; })()`);
    const el = handle.asElement();
    if (!el) {
      const n = await handle.jsonValue();
      throw new Error(`firefox.js: ${this.describe()} is ${n} elements, not one`);
    }
    return el;
  }

  async evaluate(fn, arg) { return (await this.element()).evaluate(fn, arg); }
  async textContent() { return this.evaluate((el) => el.textContent); }
  async inputValue() { return this.evaluate((el) => el.value); }
  async getAttribute(name) { return this.evaluate((el, n) => el.getAttribute(n), name); }
  async isChecked() { return this.evaluate((el) => el.checked); }
  async isDisabled() { return this.evaluate((el) => el.matches(':disabled')); }
  async isVisible() {
    if (await this.count() !== 1) return false;
    return this.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
  }

  // A click of the mouse in the middle of the element, brought to the
  // middle of the window first: at an edge a sticky bar may cover it
  // (playwright scrolls again when something else would take the click).
  async click() { await clickMiddle(await this.element()); }
  async focus() { await this.evaluate((el) => el.focus()); }
  async boundingBox() { return (await this.element()).boundingBox(); }

  async check() {
    const el = await this.element();
    if (!await el.evaluate((e) => e.checked)) await clickMiddle(el);
    if (!await el.evaluate((e) => e.checked)) throw new Error(`firefox.js: ${this.describe()} did not become checked`);
  }

  // As playwright's fill and selectOption: the value set at once, then the
  // events typing or picking would send.
  async fill(value) { await this.setValue(value, null); }
  async selectOption(option) { await this.setValue(null, typeof option === 'string' ? { value: option } : option); }

  async setValue(value, option) {
    const el = await this.element();
    await el.evaluate((e, v, o) => {
      if (e.matches(':disabled') || e.readOnly) throw new Error('the element is disabled or read-only');
      if (o) {
        const opt = Array.from(e.options).find((x) => (o.label !== undefined ? x.label === o.label : x.value === o.value));
        if (!opt) throw new Error(`no option ${JSON.stringify(o)}`);
        v = opt.value;
      }
      e.focus();
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(e), 'value').set.call(e, v);
      e.dispatchEvent(new Event('input', { bubbles: true }));
      e.dispatchEvent(new Event('change', { bubbles: true }));
    }, value, option);
  }
}

// ---- downloads: files that appear in the browser's download folder ----

// Firefox writes NAME.part (and at times a placeholder of another name,
// which it removes again), then NAME: a download is done when no .part is
// left and a new file, not empty, has kept its size for two looks in a row.
function newDownloads(dir, seen, sizes) {
  if (!fs.existsSync(dir)) return [];
  const names = fs.readdirSync(dir);
  if (names.some((n) => n.endsWith('.part'))) { sizes.clear(); return []; }
  const fresh = [];
  for (const n of names.filter((x) => !seen.has(x))) {
    let size;
    try { size = fs.statSync(path.join(dir, n)).size; } catch { continue; }
    if (size > 0 && sizes.get(n) === size) fresh.push(n);
    else sizes.set(n, size);
  }
  for (const n of Array.from(sizes.keys())) if (!names.includes(n) || fresh.includes(n)) sizes.delete(n);
  fresh.forEach((n) => seen.add(n));
  return fresh.map((n) => ({
    suggestedFilename: () => n,
    async saveAs(to) {
      fs.copyFileSync(path.join(dir, n), to);
      fs.rmSync(path.join(dir, n));
      seen.delete(n);
    },
  }));
}

function wrapPage(page, downloads) {
  const seen = new Set(fs.readdirSync(downloads));
  const sizes = new Map(); // a new file's size at the last look
  const onDownload = [];
  let timer = null;
  const watch = () => {
    if (timer) return;
    timer = setInterval(() => {
      for (const d of newDownloads(downloads, seen, sizes)) onDownload.slice().forEach((f) => f(d));
    }, 25);
    timer.unref();
  };
  // As playwright: a dialog goes to the test's listeners; with none, a
  // "leave the page?" is accepted and any other dismissed.
  const onDialog = [];
  page.on('dialog', (d) => {
    if (onDialog.length) onDialog.slice().forEach((l) => l(d));
    else if (d.type() === 'beforeunload') d.accept().catch(() => {});
    else d.dismiss().catch(() => {});
  });
  const own = {
    locator: (css) => new Locator(page, [{ css }]),
    getByLabel: (label, opts) => new Locator(page, []).getByLabel(label, opts),
    getByRole: (role, opts) => new Locator(page, []).getByRole(role, opts),
    on(event, f) {
      // playwright's pageerror is an uncaught exception; Firefox's also
      // has what it logs as an error: what the content security policy
      // refused, or XML that DOMParser found wrong. Those come without a
      // stack, an exception with where it was thrown.
      if (event === 'pageerror') {
        page.on(event, (e) => { if (/\n {4}at /.test(e.stack)) f(e); });
        return wrapped;
      }
      if (event === 'dialog') { onDialog.push(f); return wrapped; }
      if (event !== 'download') { page.on(event, f); return wrapped; }
      onDownload.push(f);
      watch();
      return wrapped;
    },
    off(event, f) {
      if (event === 'dialog' && onDialog.includes(f)) onDialog.splice(onDialog.indexOf(f), 1);
      else page.off(event, f);
      return wrapped;
    },
    once(event, f) {
      if (event !== 'dialog') { page.once(event, f); return wrapped; }
      const one = (d) => { onDialog.splice(onDialog.indexOf(one), 1); f(d); };
      onDialog.push(one);
      return wrapped;
    },
    async waitForEvent(event, opts = {}) {
      if (event === 'filechooser') {
        const chooser = await page.waitForFileChooser({ timeout: opts.timeout || 30000 });
        return { setFiles: (f) => chooser.accept([].concat(f)) };
      }
      if (event !== 'download') throw new Error(`firefox.js: waitForEvent knows downloads and file choosers, not ${event}`);
      return new Promise((resolve, reject) => {
        const give = (d) => { clearTimeout(late); onDownload.splice(onDownload.indexOf(give), 1); resolve(d); };
        const late = setTimeout(() => {
          onDownload.splice(onDownload.indexOf(give), 1);
          reject(new Error(`firefox.js: no download in ${downloads} within 30 s`));
        }, opts.timeout || 30000);
        onDownload.push(give);
        watch();
      });
    },
    // playwright's route('**/*', handler) for every request
    async route(pattern, handler) {
      if (pattern !== '**/*') throw new Error(`firefox.js: route knows only '**/*', not ${pattern}`);
      await page.setRequestInterception(true);
      page.on('request', (req) => handler({
        request: () => req,
        continue: () => req.continue(),
        abort: () => req.abort(),
      }));
    },
    addInitScript: (fn, arg) => page.evaluateOnNewDocument(fn, arg),
    setViewportSize: (size) => page.setViewport(size),
    stopWatching() { clearInterval(timer); },
    async close(opts) {
      clearInterval(timer);
      await page.close(opts);
    },
  };
  const wrapped = new Proxy(page, {
    get(target, name) {
      if (Object.prototype.hasOwnProperty.call(own, name)) return own[name];
      const v = target[name];
      return typeof v === 'function' ? v.bind(target) : v;
    },
    set(target, name, value) { own[name] = value; return true; },
  });
  return wrapped;
}

async function launchFirefox() {
  const puppeteer = requireDep('puppeteer-core');
  if (!fs.existsSync(EXECUTABLE)) {
    console.error(`FAIL: ${EXECUTABLE} does not exist: install firefox-esr (apt-get install firefox-esr)`);
    process.exit(1);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-browser-test-'));
  const profile = path.join(dir, 'profile');
  const downloads = path.join(dir, 'downloads');
  fs.mkdirSync(profile);
  fs.mkdirSync(downloads);
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLE,
      headless: true,
      userDataDir: profile,
      // as playwright's pages, so that both browsers lay the page out alike
      defaultViewport: { width: 1280, height: 720 },
      extraPrefsFirefox: prefs(downloads),
      // MOZ_REMOTE_SETTINGS_DEVTOOLS: a release build ignores the remote
      // settings server of the preferences without it
      env: { ...process.env, MOZ_HEADLESS: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const pages = [];
  return {
    async newPage() {
      pages.push(wrapPage(await browser.newPage(), downloads));
      return pages[pages.length - 1];
    },
    async close() {
      pages.forEach((p) => p.stopWatching());
      await browser.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

module.exports = { launchFirefox };

// widths.js PAGE.html... - each HTML output (report, compare, cohort,
// form) in headless Chromium at 320, 390, 768 and 1280 CSS px wide: the
// page never scrolls sideways (WCAG 2.1 1.4.10 Reflow; 320 px is also
// 1280 px at 400 % zoom). Something wider than the window is allowed only
// inside its own box that scrolls sideways (a wide table, a chart): one
// that fits the window, scrolls only sideways (a table's header row stays
// in view above its rows) and that a keyboard reaches (focusable itself, or
// holding a link or control). Nothing may be cut off. Prints each element
// at fault with its place and exits 1 when there is one.
'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launchChromium } = require('./chromium');

const WIDTHS = [320, 390, 768, 1280];
const HEIGHT = 800;

// Runs in the page: what makes the page wider than the window, as
// "element: why" lines; only the outermost element of each overflow.
function reflowFaults() {
  const W = window.innerWidth;
  const name = (e) => {
    let s = e.localName;
    if (e.id) s += `#${e.id}`;
    const cls = typeof e.className === 'string' ? e.className.trim() : '';
    if (cls) s += `.${cls.split(/\s+/).join('.')}`;
    const text = (e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return text ? `${s} "${text}"` : s;
  };
  const outside = (e) => {
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return null;
    return r.right > W + 0.5 || r.left < -0.5 ? r : null;
  };
  // the nearest ancestor that clips or scrolls what is inside it
  const box = (e) => {
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return a;
    }
    return null;
  };
  const focusable = 'a[href], button, input, select, textarea, [tabindex]';
  const faults = [];
  const reported = new Set();
  if (document.documentElement.scrollWidth > W) {
    faults.push(`the page is ${document.documentElement.scrollWidth} px wide in a window of ${W} px`);
  }
  for (const e of document.body.querySelectorAll('*')) {
    // a chart's shapes are inside its <svg>, which clips them to itself:
    // the <svg> is checked
    if (e.ownerSVGElement) continue;
    const r = outside(e);
    if (!r) continue;
    const b = box(e);
    let why = null;
    if (!b) {
      why = `runs past the window (${Math.round(r.left)} to ${Math.round(r.right)} px)`;
    } else if (!['auto', 'scroll'].includes(getComputedStyle(b).overflowX)) {
      why = `is cut off by ${name(b)}`;
    } else if (outside(b)) {
      continue; // its box is reported itself
    } else if (b.scrollHeight > b.clientHeight + 1) {
      why = `is in ${name(b)}, which also scrolls down (its header would leave the view)`;
    } else if (!(b.tabIndex >= 0 && b.hasAttribute('tabindex')) && !b.querySelector(focusable)) {
      why = `is in ${name(b)}, which a keyboard cannot scroll (no tabindex, no link or control in it)`;
    }
    if (!why) continue;
    // only the outermost element at fault: its children overflow with it
    let a = e.parentElement;
    while (a && !reported.has(a)) a = a.parentElement;
    reported.add(e);
    if (!a) faults.push(`${name(e)} ${why}`);
  }
  return faults;
}

async function main(files) {
  if (files.length === 0) {
    console.error('usage: node widths.js PAGE.html...');
    process.exit(2);
  }
  const browser = await launchChromium();
  let failed = 0;
  try {
    const page = await browser.newPage();
    for (const f of files) {
      await page.goto(pathToFileURL(path.resolve(f)).href);
      for (const w of WIDTHS) {
        await page.setViewportSize({ width: w, height: HEIGHT });
        const faults = await page.evaluate(reflowFaults);
        for (const fault of faults) console.log(`FAIL: ${f} at ${w} px: ${fault}`);
        if (faults.length > 0) failed++;
      }
      console.log(`${f}: checked at ${WIDTHS.join(', ')} px`);
    }
  } finally {
    await browser.close();
  }
  process.exit(failed > 0 ? 1 : 0);
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`FAIL: ${e.message}`);
  process.exit(1);
});

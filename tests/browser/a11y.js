// a11y.js REPORT.html... - axe-core's accessibility rules on each HTML
// report, in headless Chromium (or Firefox with MNR_TEST_BROWSER=firefox,
// browsers.js). Prints every violation (rule id, impact,
// the elements it concerns) and exits 1 when any is serious or critical,
// or breaks one of the rules below that the report promises whatever
// axe's impact for them.
'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { requireDep } = require('./chromium');
const { launch } = require('./browsers');

// Landmarks, one <main>, headings in order: moderate in axe, but the
// report is read with a screen reader's heading and landmark navigation.
const ALWAYS_FAIL = new Set(['landmark-one-main', 'region', 'heading-order', 'page-has-heading-one',
  'landmark-unique', 'landmark-no-duplicate-main']);

function blocking(v) {
  return v.impact === 'serious' || v.impact === 'critical' || ALWAYS_FAIL.has(v.id);
}

// axe-core leaves the text of charts (SVG with role="img") out of its
// colour-contrast rule. This does the same check for them: each <text>'s
// fill against the topmost filled shape under its middle (else the page's
// white), at WCAG AA's 4.5:1 (3:1 for large text). Runs in the page.
function svgTextContrast() {
  const rgb = (c) => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const shapes = new Set(['rect', 'path', 'circle', 'ellipse', 'polygon']);
  const bad = [];
  for (const t of document.querySelectorAll('svg text')) {
    if (t.textContent.trim() === '') continue;
    t.scrollIntoView({ block: 'center' }); // elementsFromPoint sees only the viewport
    const box = t.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const under = document.elementsFromPoint(x, y).find((e) => shapes.has(e.localName)
      && e.closest('svg') === t.closest('svg') && getComputedStyle(e).fill.startsWith('rgb'));
    const fg = getComputedStyle(t).fill;
    const bg = under ? getComputedStyle(under).fill : 'rgb(255, 255, 255)';
    const style = getComputedStyle(t);
    const px = parseFloat(style.fontSize);
    const large = px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
    const r = ratio(fg, bg);
    if (r < (large ? 3 : 4.5)) {
      bad.push(`#${t.closest('svg').id} "${t.textContent.trim().slice(0, 40)}": ${r.toFixed(2)} (${fg} on ${bg})`);
    }
  }
  return bad;
}

async function check(browser, axeSource, file) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.resolve(file)).href);
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const svgBad = await page.evaluate(svgTextContrast);
  await page.close();
  if (svgBad.length > 0) {
    result.violations.push({
      id: 'svg-text-contrast', impact: 'serious', help: 'Chart text must meet a contrast ratio of 4.5:1',
      nodes: svgBad.map((b) => ({ target: [b], any: [], all: [], none: [] })),
    });
  }
  let failed = 0;
  for (const v of result.violations) {
    const bad = blocking(v);
    if (bad) failed++;
    console.log(`${bad ? 'FAIL' : 'note'}: ${file}: ${v.id} (${v.impact}): ${v.help}, ${v.nodes.length} element(s)`);
    for (const n of v.nodes.slice(0, 10)) {
      const why = (n.any[0] || n.all[0] || n.none[0] || {}).message || '';
      console.log(`    ${n.target.join(' ')}${why ? ': ' + why : ''}`);
    }
    if (v.nodes.length > 10) console.log(`    ... and ${v.nodes.length - 10} more`);
  }
  console.log(`${file}: ${result.violations.length} rule(s) violated, ${failed} blocking (axe-core ${result.testEngine.version})`);
  return failed;
}

async function main(files) {
  if (files.length === 0) {
    console.error('usage: node a11y.js REPORT.html...');
    process.exit(2);
  }
  const axeSource = requireDep('axe-core').source;
  const browser = await launch();
  let failed = 0;
  try {
    for (const f of files) failed += await check(browser, axeSource, f);
  } finally {
    await browser.close();
  }
  process.exit(failed > 0 ? 1 : 0);
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`FAIL: ${e.message}`);
  process.exit(1);
});

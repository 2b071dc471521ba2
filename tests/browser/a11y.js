// a11y.js REPORT.html... - axe-core's accessibility rules on each HTML
// report, in headless Chromium. Prints every violation (rule id, impact,
// the elements it concerns) and exits 1 when any is serious or critical,
// or breaks one of the rules below that the report promises whatever
// axe's impact for them.
'use strict';

const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launchChromium, requireDep } = require('./chromium');

// Landmarks, one <main>, headings in order: moderate in axe, but the
// report is read with a screen reader's heading and landmark navigation.
const ALWAYS_FAIL = new Set(['landmark-one-main', 'region', 'heading-order', 'page-has-heading-one',
  'landmark-unique', 'landmark-no-duplicate-main']);

function blocking(v) {
  return v.impact === 'serious' || v.impact === 'critical' || ALWAYS_FAIL.has(v.id);
}

async function check(browser, axeSource, file) {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.resolve(file)).href);
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  await page.close();
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
  console.log(`${file}: ${result.violations.length} rule(s) violated, ${failed} blocking; ${result.passes ? '' : ''}axe-core ${result.testEngine.version}`);
  return failed;
}

async function main(files) {
  if (files.length === 0) {
    console.error('usage: node a11y.js REPORT.html...');
    process.exit(2);
  }
  const axeSource = requireDep('axe-core').source;
  const browser = await launchChromium();
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

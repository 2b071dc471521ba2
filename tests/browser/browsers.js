// browsers.js - starts the browser a test runs in, by name: 'chromium'
// (Debian's headless Chromium through playwright-core, chromium.js) or
// 'firefox' (Debian's Firefox ESR through puppeteer-core over WebDriver
// BiDi, firefox.js, its pages wrapped in playwright's words). Both return
// { newPage(), close() } with a fresh profile each.
//
//   const { launch, BROWSER } = require('./browsers');
//   const browser = await launch(BROWSER);   // $MNR_TEST_BROWSER, else chromium
'use strict';

const { launchChromium } = require('./chromium');
const { launchFirefox } = require('./firefox');

const LAUNCH = { chromium: launchChromium, firefox: launchFirefox };

// The browser a test file runs in when it is given none: $MNR_TEST_BROWSER
// (CTest sets it), else Chromium.
const BROWSER = process.env.MNR_TEST_BROWSER || 'chromium';
if (!LAUNCH[BROWSER]) {
  console.error(`FAIL: MNR_TEST_BROWSER is ${BROWSER}: give chromium or firefox`);
  process.exit(2);
}

function launch(name = BROWSER) {
  return LAUNCH[name]();
}

module.exports = { launch, BROWSER };

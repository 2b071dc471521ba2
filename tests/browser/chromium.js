// chromium.js - Debian's headless Chromium (/usr/bin/chromium, or
// $MNR_TEST_CHROMIUM), driven by playwright-core, with a fresh profile in a
// temporary directory that is removed again on close(). A test that runs
// in either browser starts it through browsers.js (Firefox: firefox.js).
//
//   const { launchChromium } = require('./chromium');
//   const browser = await launchChromium();
//   const page = await browser.newPage();
//   ...
//   await browser.close();
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// A missing npm package is a setup step left out, not a bug: say what to do.
function requireDep(name) {
  try {
    return require(name);
  } catch (e) {
    if (e.code !== 'MODULE_NOT_FOUND') throw e;
    console.error(`FAIL: the npm package ${name} is missing: install nodejs npm / run npm ci in tests/browser`);
    process.exit(1);
  }
}

const EXECUTABLE = process.env.MNR_TEST_CHROMIUM || '/usr/bin/chromium';

// No network, no background services: nothing but the page under test.
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function launchChromium() {
  const { chromium } = requireDep('playwright-core');
  if (!fs.existsSync(EXECUTABLE)) {
    console.error(`FAIL: ${EXECUTABLE} does not exist: install chromium (apt-get install chromium)`);
    process.exit(1);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mnr-browser-test-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: EXECUTABLE,
      headless: true,
      args: ARGS,
    });
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { launchChromium, requireDep };

// Drives Hawtio 2.17.7 in headless Chromium as an operator would: Connect > Remote > Add connection > Test
// Connection > Connect, then in the window that opens: JMX > dev.hostednet > HostedNetworkSecurity > Operations >
// refreshSecuritySettings() > Execute. Prints one JSON line with what the pages showed; screenshots go to SHOTS.
// Usage: node hawtio-execute.cjs HAWTIO_URL AGENT_PORT SHOTS   (NODE_PATH names puppeteer-core's node_modules)
const puppeteer = require('puppeteer-core');
const [hawtio, agentPort, shots] = process.argv.slice(2);

/** Clicks the first visible element matching `selector` whose text is or contains `text`; waits until one is there. */
async function click(page, selector, text, exact = false) {
  process.stderr.write('click ' + text + '\n');
  // The innermost match: a list's container holds the text of every row.
  const handle = await page.waitForFunction((selector, text, exact) =>
    [...document.querySelectorAll(selector)].filter(e => e.offsetParent !== null
      && (exact ? e.textContent.trim() === text : e.textContent.includes(text)))
      .sort((a, b) => a.textContent.length - b.textContent.length)[0],
    {timeout: 60000}, selector, text, exact);
  await handle.evaluate(e => e.click());
}

async function text(page, selector) {
  return page.$eval(selector, e => e.innerText.trim()).catch(() => '');
}

(async () => {
  const seen = {};
  let win = null;
  const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run']});
  try {
    const page = await browser.newPage();
    await page.setViewport({width: 1400, height: 1000});
    await page.goto(hawtio + '/hawtio/jvm/connect', {waitUntil: 'networkidle2', timeout: 120000});
    await click(page, 'button', 'Add connection');
    for (const [id, value] of [['name', 'agent'], ['host', '127.0.0.1'], ['port', agentPort], ['path', '/jolokia']]) {
      await page.waitForSelector('#connection-' + id, {visible: true});
      await page.click('#connection-' + id, {clickCount: 3});
      await page.type('#connection-' + id, value);
    }
    await click(page, 'button', 'Test Connection');
    await page.waitForFunction(() => document.querySelector('.jvm-connection-test-msg')?.innerText.trim(),
      {timeout: 30000}).catch(() => {});
    seen.test = await text(page, '.jvm-connection-test-msg');
    await page.screenshot({path: shots + '/1-test-connection.png'});
    await click(page, '.modal-footer button', 'Add', true);
    const opened = new Promise(resolve => page.once('popup', resolve));
    await click(page, 'button', 'Connect', true);
    win = await opened;
    await win.setViewport({width: 1400, height: 1000});
    // The console either shows its JMX tree or, when the agent answers HTTP 401/403, its Log In dialog.
    await win.waitForFunction(() => /dev\.hostednet|Log In/.test(document.body.innerText), {timeout: 60000})
      .catch(() => {});
    seen.url = win.url();
    await win.screenshot({path: shots + '/2-connected.png'});
    if (!/dev\.hostednet/.test(await win.evaluate(() => document.body.innerText))) {
      return;
    }
    await click(win, 'li.list-group-item .expand-icon, li.list-group-item', 'dev.hostednet');
    await click(win, 'li.list-group-item', 'HostedNetworkSecurity');
    await click(win, 'a', 'Operations', true);
    await click(win, '.list-group-item-heading, .list-view-pf-main-info, .list-group-item', 'refreshSecuritySettings()');
    await win.screenshot({path: shots + '/3-operation.png'});
    await click(win, 'button', 'Execute', true);
    // Settled: a result with the error style, or an answer (Angular sets text and style in one digest, but the
    // text may be seen first).
    await win.waitForFunction(() => [...document.querySelectorAll('pre')].some(p => p.offsetParent !== null
      && (p.classList.contains('jmx-operation-error') || p.innerText.includes('"succeeded"'))), {timeout: 60000})
      .catch(() => {});
    seen.result = await win.evaluate(() => [...document.querySelectorAll('pre')]
      .filter(p => p.offsetParent !== null).map(p => p.innerText).join('\n'));
    seen.failed = await win.evaluate(() => !!document.querySelector('pre.jmx-operation-error'));
    await win.screenshot({path: shots + '/4-executed.png'});
  } finally {
    if (win && seen.result === undefined) {
      seen.page = await win.evaluate(() => document.body.innerText).catch(() => '');
      await win.screenshot({path: shots + '/9-last.png'}).catch(() => {});
    }
    process.stdout.write(JSON.stringify(seen) + '\n');
    await browser.close();
  }
})().catch(e => { console.error(e); process.exit(1); });

// The playground (docs/playground/) in a real browser: Debian's chromium, driven by
// playwright-core (`npm run test:playground`, run by .ci/run, which installs chromium with apt
// when it is missing). The page is opened from disk, as a user would open it. Screenshots go
// to test/artifacts/ (not committed).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(root, 'test/artifacts');
const seed = join(root, 'seeds/004_71c95ee80b6b86ff.txt');
const corpus = join(root, 'test/fixtures/corpus/08_lyngby-taarbaek-kommunalbestyrelsen-2017-12-21.txt');
const page = pathToFileURL(join(root, 'docs/playground/index.html')).href;
const executable = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

// What the library itself reads from the same texts, to compare the page with.
const { parse } = await import(pathToFileURL(join(root, 'dist/index.js')).href);

let browser;
let tab;
const errors = [];

before(async () => {
  assert.ok(executable, 'chromium is not installed (apt-get install chromium)');
  assert.ok(existsSync(join(root, 'docs/playground/dist/playground.js')), 'run npm run playground first');
  mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox'] });
  tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(page);
});

after(async () => {
  await browser?.close();
});

/** Waits for a new render after `action`. */
async function rendered(action) {
  const before = await tab.evaluate(() => document.body.dataset.parsed ?? '');
  await action();
  await tab.waitForFunction((b) => (document.body.dataset.parsed ?? '') !== b, before);
}

describe('the playground, opened from disk', () => {
  it('reads seed 004 from a file: items, decisions, dialect and layout appear', async () => {
    await rendered(() => tab.setInputFiles('#file', seed));
    const expected = parse(readFileSync(seed, 'utf8')).document;
    const items = await tab.locator('#tree details[data-kind="item"] > summary').allInnerTexts();
    assert.equal(items.length, expected.items.length);
    assert.ok(items[0].startsWith(`${expected.items[0].label}. ${expected.items[0].title}`), items[0]);
    assert.ok((await tab.locator('#tree [data-kind="decision"]').count()) >= expected.items.filter((i) => i.decisions.length).length);
    assert.match(await tab.locator('#tree [data-kind="decision"]').first().textContent(), /approved|noted|recommended|discussed|rejected|postponed|other/);
    assert.equal(await tab.locator('#layout').getAttribute('data-dialect'), 'lejre');
    const layout = await tab.locator('#layout').innerText();
    assert.match(layout, /detected, \d+ % of its marks/);
    assert.match(layout, new RegExp(`Item openers\\s+${expected.layout.itemOpener}`));
    assert.match(await tab.locator('#meta').innerText(), new RegExp(`Committee\\s+${expected.committee}`));
    await tab.screenshot({ path: join(artifacts, 'playground-seed-004.png') });
  });

  it('highlights an item’s lines when it is clicked, and selects the node of a clicked line', async () => {
    const expected = parse(readFileSync(seed, 'utf8')).document.items[1];
    await tab.locator('#tree details[data-kind="item"] > summary').nth(1).click();
    const last = expected.range.end.column === 1 ? expected.range.end.line - 1 : expected.range.end.line;
    assert.equal(await tab.locator('#source').getAttribute('data-highlighted'), `${expected.range.start.line}-${last}`);
    const lit = await tab.locator('#source .line.hl').evaluateAll((lines) => lines.map((l) => Number(l.dataset.line)));
    assert.deepEqual(lit, Array.from({ length: last - expected.range.start.line + 1 }, (_, i) => expected.range.start.line + i));
    await tab.screenshot({ path: join(artifacts, 'playground-item-selected.png') });

    // A line of item 3's decision selects the decision node (the smallest node holding it).
    const item = parse(readFileSync(seed, 'utf8')).document.items[2];
    const decision = item.decisions[0];
    await tab.locator(`#source .line[data-line="${decision.range.start.line}"]`).click();
    const selected = tab.locator('#tree .selected');
    assert.equal(await selected.count(), 1);
    assert.ok(['decision', 'decisionPart', 'paragraph', 'absent'].includes(await selected.getAttribute('data-kind')), await selected.getAttribute('data-kind'));
    assert.ok(await selected.isVisible());
  });

  it('reads a pasted corpus document, and lists its diagnostics with their lines', async () => {
    const text = readFileSync(corpus, 'utf8');
    const expected = parse(text);
    await rendered(() => tab.fill('#input', text));
    assert.equal(await tab.locator('#tree details[data-kind="item"]').count(), expected.document.items.length);
    const diagnostics = await tab.locator('#diagnostics li').allInnerTexts();
    assert.equal(diagnostics.length, Math.max(1, expected.diagnostics.length));
    if (expected.diagnostics.length) assert.ok(diagnostics[0].startsWith(`${expected.diagnostics[0].range.start.line}:${expected.diagnostics[0].range.start.column} `), diagnostics[0]);
    assert.match(await tab.locator('#layout').innerText(), /Dialect\s+\S+ \(detected/);
    await tab.screenshot({ path: join(artifacts, 'playground-corpus-paste.png'), fullPage: false });
  });

  it('downloads the parse result as JSON', async () => {
    const [file] = await Promise.all([tab.waitForEvent('download'), tab.click('#download')]);
    const saved = join(artifacts, 'playground-download.json');
    await file.saveAs(saved);
    const json = JSON.parse(readFileSync(saved, 'utf8'));
    assert.deepEqual(Object.keys(json), ['document', 'diagnostics']);
    assert.equal(json.document.type, 'referat');
  });

  it('raised no error in the page', () => {
    assert.deepEqual(errors, []);
  });
});

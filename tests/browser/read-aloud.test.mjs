// Read aloud in Chromium with the browser's speech objects replaced (page.addInitScript) by a recording stand-in:
// what was asked to be spoken, in which order, voice and rate; boundary and end events fired by the test. Checked
// through the viewer's state (its "narration" fields): the highlight follows the word reported (UTF-16 indices
// turned into the text's bytes), N starts and stops, the arrows go by paragraph while it speaks, the speed slider,
// the voice chosen per language and remembered across a reload, and no control where getVoices() is empty.
// The test bundle is generated here into build/web/test-fixtures/read-aloud/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { WEB_ROOT, saveScreenshot, startSite, withBrowser } from './harness.mjs';

const TIMEOUT = 120_000;
const DIR = path.join(WEB_ROOT, 'test-fixtures/read-aloud');
const FEED = 'test-fixtures/read-aloud/feed.json';
const ARTICLES = [
  { id: 'en', lang: 'en-GB', date: '2024-03-03T09:00:00Z', headline: 'Harbour café reopens',
    paras: ['The café crème costs more now, the owner said on Sunday.', 'Regulars came back within the hour.',
            'The harbour master welcomed the news.'] },
  { id: 'fr', lang: 'fr', date: '2024-03-02T09:00:00Z', headline: 'Le port rouvre',
    paras: ['Les dockers sont revenus dimanche.', 'Le trafic reprend lentement.'] },
  { id: 'long', lang: 'en', date: '2024-03-01T09:00:00Z', headline: 'A long report',
    paras: Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1}: the tide came in over the harbour wall and the boats rode it out.`) },
];
const VOICES = [
  { voiceURI: 'alice', name: 'Alice', lang: 'en-GB', default: true },
  { voiceURI: 'bob', name: 'Bob', lang: 'en-US', default: false },
  { voiceURI: 'amelie', name: 'Amélie', lang: 'fr-FR', default: false },
  { voiceURI: 'thomas', name: 'Thomas', lang: 'fr-CA', default: false },
];

function writeBundle() {
  fs.mkdirSync(path.join(DIR, 'articles'), { recursive: true });
  const items = ARTICLES.map((a) => ({
    id: a.id, title: a.headline, summary: a.paras[0], content_text: a.paras[0], date_published: a.date, language: a.lang,
    _folio: { article: `articles/${a.id}.json`, section: 'News' },
  }));
  fs.writeFileSync(path.join(DIR, 'feed.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Desk', items }));
  for (const a of ARTICLES) {
    fs.writeFileSync(path.join(DIR, 'articles', `${a.id}.json`), JSON.stringify({
      id: a.id, headline: a.headline, articleSection: 'News', datePublished: a.date, inLanguage: a.lang,
      body: a.paras.map((text) => ({ type: 'paragraph', text })),
    }));
  }
}

// The stand-in: window.speechSynthesis and SpeechSynthesisUtterance record into window.__said; __speech.word() and
// __speech.end() fire the current utterance's events as a browser would.
function installStandIn(voices) {
  const said = [];
  let current = null;
  const listeners = [];
  window.__said = said;
  window.__cancels = 0;
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; } };
  const synth = {
    getVoices: () => voices.map((v) => ({ ...v })),
    speak(u) {
      said.push({ text: u.text, voice: u.voice ? u.voice.voiceURI : '', rate: u.rate, lang: u.lang });
      current = u;
      setTimeout(() => u.onstart?.({}), 0);
    },
    cancel() { window.__cancels++; const u = current; current = null; u?.onerror?.({ error: 'interrupted' }); },
    pause() {}, resume() {},
    addEventListener(type, f) { if (type === 'voiceschanged') listeners.push(f); },
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.__speech = {
    word(charIndex, charLength) { current?.onboundary?.({ name: 'word', charIndex, charLength }); },
    end() { const u = current; current = null; u?.onend?.({}); },
  };
}

let site;
const url = (rest = '') => `${site.url}?bundle=${FEED}${rest}`;
const state = (page) => page.evaluate(() => document.getElementById('folio').folio.state());
const said = (page) => page.evaluate(() => window.__said);
async function until(page, fn, arg) {
  await page.waitForFunction(([src, a]) => {
    const el = document.getElementById('folio');
    return el?.folio && new Function('s', 'a', `return (${src})(s, a)`)(el.folio.state(), a);
  }, [fn.toString(), arg], { timeout: 20_000, polling: 50 });
  return state(page);
}
const click = (page, box, fx = 0.5) => page.mouse.click(box.x + box.width * fx, box.y + box.height / 2);

describe('read aloud', { timeout: TIMEOUT * 4 }, () => {
  before(async () => { writeBundle(); site = await startSite(); });
  after(async () => { await site?.close(); fs.rmSync(DIR, { recursive: true, force: true }); });

  test('no voice: no control, and N does nothing', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.addInitScript(installStandIn, []);
      await page.goto(url('#/article/en'));
      const s = await until(page, (s) => s.state === 'article' && s.fontsReady);
      await page.keyboard.press('n');
      await page.waitForTimeout(300);
      const n = (await state(page)).narration;
      assert.equal(n.available, false);
      assert.equal(n.playing, false);
      assert.equal(n.button, undefined);
      assert.deepEqual(await said(page), []);
      assert.equal(s.narration.voices.length, 0);
    }));

  test('one utterance per paragraph in order; the word reported is highlighted; N and the arrows', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.addInitScript(installStandIn, VOICES);
      await page.goto(url('#/article/en'));
      let s = await until(page, (s) => s.state === 'article' && s.narration.available);
      assert.deepEqual(s.narration.voices, ['alice', 'bob']); // the article's language only
      assert.equal(s.narration.voice, 'alice');                // the default among them
      await page.keyboard.press('n');
      s = await until(page, (s) => s.narration.playing);
      let spoken = await said(page);
      assert.equal(spoken.length, 1);
      assert.deepEqual(spoken[0], { text: 'Harbour café reopens', voice: 'alice', rate: 1, lang: 'en-GB' });
      assert.equal(s.narration.paragraph, 0);
      assert.equal(s.narration.word, '', 'no word reported yet: the paragraph is highlighted');
      // "reopens" starts at UTF-16 index 13, byte 14 (é is two bytes).
      await page.evaluate(() => window.__speech.word(13, 7));
      s = await until(page, (s) => s.narration.word === 'reopens');
      assert.equal(s.narration.wordStart, 14);
      await page.evaluate(() => window.__speech.word(8, 4)); // no length given by some browsers: up to the space
      s = await until(page, (s) => s.narration.word === 'café');
      await saveScreenshot(page, 'read-aloud-word.png');
      // The end of an utterance speaks the next paragraph.
      await page.evaluate(() => window.__speech.end());
      s = await until(page, (s) => s.narration.paragraph === 1);
      spoken = await said(page);
      assert.equal(spoken.length, 2);
      assert.notEqual(spoken[1].text, spoken[0].text);
      const order = [spoken[0].text, spoken[1].text];
      await page.keyboard.press('ArrowRight');
      s = await until(page, (s) => s.narration.paragraph === 2);
      await page.keyboard.press('ArrowLeft');
      s = await until(page, (s) => s.narration.paragraph === 1);
      spoken = await said(page);
      assert.equal(spoken.length, 4);
      assert.equal(spoken[3].text, order[1]);
      assert.equal(s.scrollY, 0, 'the arrows went by paragraph, they did not scroll');
      // Every paragraph to the end, in document order, then it stops.
      const total = s.narration.paragraphs;
      assert.ok(total >= 4, `headline and three paragraphs at least: ${total}`);
      for (let i = 1; i < total; ++i) { // each end once the next utterance is speaking
        await page.evaluate(() => window.__speech.end());
        await until(page, (s, i) => s.narration.paragraph === i + 1 || !s.narration.playing, i);
      }
      s = await until(page, (s) => !s.narration.playing);
      spoken = await said(page);
      const texts = spoken.slice(3).map((u) => u.text);
      for (const p of ARTICLES[0].paras) assert.ok(texts.includes(p), `"${p}" was read: ${JSON.stringify(texts)}`);
      assert.ok(texts.indexOf(ARTICLES[0].paras[0]) < texts.indexOf(ARTICLES[0].paras[2]), 'in order');
      assert.equal(s.narration.item, -1, 'nothing highlighted once it ended');
      // N starts again from the top, and N stops (the browser's speech is cancelled).
      await page.keyboard.press('n');
      await until(page, (s) => s.narration.playing && s.narration.paragraph === 0);
      const cancels = await page.evaluate(() => window.__cancels);
      await page.keyboard.press('n');
      s = await until(page, (s) => !s.narration.playing);
      assert.ok(await page.evaluate(() => window.__cancels) > cancels);
    }));

  test('the panel: speed, and the voice chosen per language, remembered after a reload', { timeout: TIMEOUT }, () =>
    withBrowser({}, async (page) => {
      await page.addInitScript(installStandIn, VOICES);
      await page.goto(url('#/article/en'));
      let s = await until(page, (s) => s.state === 'article' && s.narration.available && s.narration.button);
      await click(page, s.narration.button);
      s = await until(page, (s) => s.narration.open && s.narration.speed && s.narration.speed.width > 0);
      await saveScreenshot(page, 'read-aloud-panel.png');
      await page.keyboard.press('n');
      await until(page, (s) => s.narration.playing);
      await click(page, s.narration.speed, 0.995); // the slider's right end: 2x
      s = await until(page, (s) => s.narration.rate === 2);
      let spoken = await said(page);
      assert.equal(spoken.at(-1).rate, 2, 'the paragraph speaking starts again at the new speed');
      await click(page, s.narration.voiceMenu);
      await page.waitForTimeout(500);
      await saveScreenshot(page, 'read-aloud-voices.png');
      s = await until(page, (s) => s.narration.voiceRows.length === 2);
      await click(page, s.narration.voiceRows[1]); // Bob
      s = await until(page, (s) => s.narration.voice === 'bob');
      spoken = await said(page);
      assert.equal(spoken.at(-1).voice, 'bob');
      assert.equal(spoken.at(-1).rate, 2);
      await page.keyboard.press('n');
      await until(page, (s) => !s.narration.playing);
      await page.keyboard.press('Escape');
      await until(page, (s) => !s.narration.open);
      // French: its own voices, its default (the first); then back in English, Bob again.
      await page.evaluate(() => { location.hash = '#/article/fr'; });
      s = await until(page, (s) => s.articleId === 'fr' && s.narration.available && s.narration.language === 'fr');
      assert.deepEqual(s.narration.voices, ['amelie', 'thomas']);
      assert.equal(s.narration.voice, 'amelie');
      await page.keyboard.press('n');
      await until(page, (s) => s.narration.playing);
      spoken = await said(page);
      assert.deepEqual({ voice: spoken.at(-1).voice, lang: spoken.at(-1).lang, rate: spoken.at(-1).rate },
        { voice: 'amelie', lang: 'fr', rate: 2 });
      await page.keyboard.press('n');
      await page.reload();
      s = await until(page, (s) => s.articleId === 'fr' && s.narration.available);
      await page.evaluate(() => { location.hash = '#/article/en'; });
      s = await until(page, (s) => s.articleId === 'en' && s.narration.language === 'en-GB');
      assert.equal(s.narration.voice, 'bob', 'remembered for English');
      assert.equal(s.narration.rate, 2, 'the speed remembered');
    }));

  test('a phone: the control and its panel fit; a long article follows the spoken text', { timeout: TIMEOUT }, () =>
    withBrowser({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true }, async (page) => {
      await page.addInitScript(installStandIn, VOICES);
      await page.goto(url('#/article/en'));
      let s = await until(page, (s) => s.state === 'article' && s.narration.available && s.narration.button);
      assert.ok(s.narration.button.x >= 0 && s.narration.button.x + s.narration.button.width <= 390);
      await page.touchscreen.tap(s.narration.button.x + 20, s.narration.button.y + 15);
      s = await until(page, (s) => s.narration.open && s.narration.speed && s.narration.speed.width > 0);
      assert.ok(s.narration.speed.x + s.narration.speed.width <= 390, 'the panel fits the phone');
      await saveScreenshot(page, 'read-aloud-phone.png');
      // The view follows the paragraph being read.
      await page.evaluate(() => { location.hash = '#/article/long'; });
      s = await until(page, (s) => s.articleId === 'long' && s.narration.available && s.scrollY === 0);
      await page.keyboard.press('n');
      for (let i = 0; i < 25; ++i) await page.keyboard.press('ArrowRight');
      s = await until(page, (s) => s.narration.paragraph === 25 && s.scrollY > 0);
      await page.waitForTimeout(600); // the glide settles
      await saveScreenshot(page, 'read-aloud-follow-phone.png');
    }));
});

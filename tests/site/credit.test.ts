/**
 * Who said it, in the built site: the Sevenoaks letter passes on the answers of
 * NHS Kent and Medway's Acting Chief Executive, and the Smyth letter's headings
 * are the editors'. Every place an answer appears must credit the right voice.
 */
import { describe, expect, inject, it } from 'vitest';
import { skipBrowserTests, useSiteInBrowser } from '../support/browser';
import { all, one, readPage, textOf } from '../support/html';
import { exportedLetters, exportedRows } from '../support/open-data';

const distDir = inject('distDir');
const SEVENOAKS = '/letters/2024-laura-trott-sevenoaks-seniors-action-forum/';
const SMYTH = '/letters/2024-10-03-karin-smyth-healthcare-mid-bedfordshire/';
const CHIEF = 'Acting Chief Executive, NHS Kent and Medway';
const CHIEF_ID = 'kent-and-medway-icb-acting-chief-executive';
const QUOTED = ['questions-6-7', 'question-8', 'questions-9-10', 'questions-16-18'];
const OWN = ['medical-staff-and-my-care', 'local-government-funding', 'housing-targets'];

describe('answers credited to who said them', () => {
  const page = readPage(distDir, SEVENOAKS);

  it.each(QUOTED)('names the Acting Chief Executive under answer %s on the letter', (id) => {
    const line = one(page, `.answer-heading:has(#${id}) + .answer-speaker`);
    expect(textOf(line)).toBe(`Answer by ${CHIEF}, quoted in this letter`);
  });

  it('names no other speaker under Laura Trott’s own answers', () => {
    for (const id of OWN) {
      expect(all(page, `.answer-heading:has(#${id}) + .answer-speaker`)).toEqual([]);
    }
    expect(all(page, '.answer-speaker')).toHaveLength(QUOTED.length);
  });

  it('captions the quotation with its speaker', () => {
    expect(textOf(one(page, 'figure.quotation > figcaption'))).toBe(
      `Quoted in this letter, the words of ${CHIEF}:`,
    );
  });

  it('credits the quoted answers, and only those, in the plain citations', () => {
    for (const id of QUOTED) {
      expect(textOf(one(page, `#cite-${id}-text`))).toMatch(
        new RegExp(`^${CHIEF}, quoted in the reply of Laura Trott MP \\(`),
      );
    }
    expect(textOf(one(page, '#cite-housing-targets-text'))).toMatch(/^Laura Trott MP \(/);
  });

  it('credits them on the topic page and the speaker’s person page', () => {
    const topic = readPage(distDir, '/topics/gp-workforce/');
    const item = all(topic, '.answer-list__item').find((li) =>
      all(li, 'a').some((a) => String(a.properties['href']).endsWith('#question-8')),
    );
    expect(item && textOf(item)).toContain(`Answer by ${CHIEF}, quoted in`);
    const person = readPage(distDir, `/people/${CHIEF_ID}/`);
    const given = all(person, '.answer-list__title a').map(
      (a) => String(a.properties['href']).split('#')[1],
    );
    expect(given).toEqual(QUOTED);
  });

  it('gives the speaker’s id and name in answers.csv and letters.json', () => {
    const rows = exportedRows(distDir, 'answers.csv');
    const speakerOf = (id: string) => rows.find((r) => r.answer_id === id)?.speaker_person;
    expect(QUOTED.map(speakerOf)).toEqual(QUOTED.map(() => CHIEF_ID));
    expect(speakerOf('housing-targets')).toBe('laura-trott');
    const letters = exportedLetters<{
      slug: string;
      answers: { id: string; speaker: { name: string; quoted: boolean } }[];
    }>(distDir);
    const sevenoaks = letters.find((l) => SEVENOAKS.includes(l.slug));
    const quoted = sevenoaks?.answers.filter((a) => a.speaker.quoted).map((a) => a.id);
    expect(quoted).toEqual(QUOTED);
  });

  it('makes the speaker the author of each quoted answer in JSON-LD', () => {
    const [script] = all(page, 'script[type="application/ld+json"]');
    const data = JSON.parse(script ? textOf(script) : '{}') as {
      hasPart: { url: string; author: { name: string } }[];
    };
    const authors = data.hasPart.map((p) => [p.url.split('#')[1], p.author.name]);
    expect(authors.filter(([, name]) => name === CHIEF).map(([id]) => id)).toEqual(QUOTED);
  });
});

describe('editors’ headings', () => {
  const page = readPage(distDir, SMYTH);

  it('are marked as the editors’ on the page, in words', () => {
    const headings = all(page, '.letter__text h2[id]');
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(textOf(heading)).toMatch(/\(editors’ heading\)$/);
  });

  it('are never quoted as the minister’s words in a citation', () => {
    const text = textOf(one(page, '#cite-rural-health-inequalities-text'));
    expect(text).toContain('[Rural health inequalities] (editors’ heading)');
    expect(text).not.toContain('“Rural health inequalities”');
  });
});

describe.skipIf(skipBrowserTests())('a journalist landing on a quoted answer, in Chromium', () => {
  const site = useSiteInBrowser(distDir);

  it('sees who gave the answer on a phone, without scrolling', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 700 } });
    await page.goto(`${site.server.origin}${SEVENOAKS}#question-8`);
    const line = page.locator('.answer-heading:has(#question-8) + .answer-speaker');
    await expect.poll(() => line.isVisible()).toBe(true);
    expect(await line.textContent()).toBe(`Answer by ${CHIEF}, quoted in this letter`);
    const box = await line.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(700);
    const own = page.locator('.answer-heading:has(#housing-targets) + .answer-speaker');
    expect(await own.count()).toBe(0);
    await page.close();
  });
});

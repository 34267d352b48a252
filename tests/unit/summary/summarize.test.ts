import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../../../src/engine/summarize.ts';
import { splitSentences } from '../../../src/engine/text/sentences.ts';
import type { SummarySize } from '../../../src/engine/types.ts';

const seedDir = join(import.meta.dirname, '../../../seeds');

/** A seed file: slug line, blank, title, blank, paragraphs (with `\"` escaped quotes). */
function seed(file: string): { title: string; body: string } {
  const lines = readFileSync(join(seedDir, file), 'utf8').replace(/\\"/g, '"').split('\n');
  return { title: lines[2] ?? '', body: lines.slice(4).join('\n').trim() };
}
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map(seed);

const article = {
  title: 'City council approves new budget for schools',
  body: [
    'By Jane Doe, CNN',
    'PUBLISHED: 12:01 EST, 1 May 2014 | UPDATED: 13:45 EST, 1 May 2014',
    'The city council approved a new budget on Monday that raises school spending by ten percent over the next two years.',
    'Scroll down for video',
    'The budget passed by a vote of seven to two after a long debate about teacher salaries and new buildings.',
    'Council members said the schools budget had been cut for five years in a row before this vote.',
    '"This is a great day for our children," said the mayor, who had campaigned on the schools budget.',
    'Opponents argued the city could not afford the increase without raising property taxes next year.',
    'The new school budget takes effect in July, when the next fiscal year begins for the city.',
    'CLICK HERE for the full budget document',
  ].join('\n\n'),
};
const sentencesOf = (body: string): string[] => splitSentences(body).map((s) => s.text);

describe('summarize: sizes', () => {
  it('gives 3 sentences for standard and 5 for full', () => {
    expect(summarize(article, { length: 'standard' })).toHaveLength(3);
    expect(summarize(article, { length: 'full' })).toHaveLength(5);
  });

  it('gives exactly N sentences for { sentences: N }', () => {
    for (const n of [0, 1, 2, 4, 6]) expect(summarize(article, { sentences: n })).toHaveLength(n);
  });

  it('gives every content sentence when asked for more than the article has', () => {
    expect(summarize(article, { sentences: 50 })).toHaveLength(6);
  });

  it('gives one sentence for short when the first chosen sentence has 20 words or more', () => {
    expect(summarize(article, { length: 'short' })).toEqual([
      'The city council approved a new budget on Monday that raises school spending by ten percent over the next two years.',
    ]);
  });

  it('gives two sentences for short when the first chosen sentence has fewer than 20 words', () => {
    const brief = { title: 'Storm hits coast', body: 'A storm hit the coast on Sunday night.\n\nThousands of homes lost power and several roads were closed by flooding, officials said on Monday morning.' };
    expect(summarize(brief, { length: 'short' })).toHaveLength(2);
  });

  it('returns nothing for an empty body', () => {
    expect(summarize({ title: 'Nothing', body: '' }, { length: 'standard' })).toEqual([]);
  });
});

describe('summarize: content', () => {
  it('skips bylines, timestamps, "Scroll down for video" and "CLICK HERE" lines', () => {
    const all = summarize(article, { sentences: 50 }).join('\n');
    expect(all).not.toMatch(/By Jane Doe|PUBLISHED|Scroll down|CLICK HERE/);
  });

  it('leads with the first content sentence of a news story', () => {
    expect(summarize(article, { length: 'standard' })[0]).toBe(
      'The city council approved a new budget on Monday that raises school spending by ten percent over the next two years.',
    );
  });

  it('prefers a report over a quote or a question of similar position', () => {
    const story = {
      title: 'Factory closes',
      body: '"We are heartbroken," said one worker outside the gates of the plant on Friday.\n\nThe car factory in the town closed on Friday after forty years, leaving nine hundred people out of work.\n\nWhat happens to the town now that its biggest employer is gone from the valley?',
    };
    expect(summarize(story, { sentences: 1 })).toEqual([
      'The car factory in the town closed on Friday after forty years, leaving nine hundred people out of work.',
    ]);
  });

  it('does not repeat a sentence that the article repeats', () => {
    const lead = 'Homes near the new station cost twelve percent more than homes in the rest of the region, a study found.';
    const story = {
      title: 'House prices near stations',
      body: [lead, 'The study compared prices in postal districts across the whole country over five years.', lead, 'Buyers said fast trains to the city were the main attraction of the area for families.'].join(' '),
    };
    const summary = summarize(story, { sentences: 3 });
    expect(summary.filter((s) => s === lead)).toHaveLength(1);
  });

  it('summarizes the seed articles without their page furniture', () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const s of seeds) {
      const summary = summarize(s, { length: 'full' });
      expect(summary).toHaveLength(5);
      expect(summary.join(' ')).not.toMatch(/Leave a Reply|email address|Required fields|Back To Top/);
      expect(summary[0]).toBe(sentencesOf(s.body)[0]);
    }
  });
});

// Random articles from a pool of sentences, furniture included, in random paragraphs.
const pool = [
  'The minister resigned on Tuesday after a week of pressure from his own party.',
  'Police said the two men were arrested near the station late on Sunday night.',
  'Mr. Smith, who led the company for ten years, will stay on as an adviser.',
  '"We will win," she told reporters outside the court in the capital.',
  'Is this the end of the road for the project?',
  'The U.S. Army said the exercise would go ahead as planned in the spring.',
  'He was 88.',
  'Scroll down for video',
  'By Jane Doe, CNN',
  'Prices rose by 3.5 percent in the year to March, the highest rate since 1992.',
  'The deal still needs the approval of regulators in Europe and Asia.',
];
const furniture = new Set(['Scroll down for video', 'By Jane Doe, CNN']);
const articleArb = fc
  .array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(' ', '\n\n', '\n')), { maxLength: 14 })
  // Furniture on a line of its own, as pages have it (glued to a sentence, it takes the sentence down with it).
  .map((parts) => ({ title: 'A story', body: parts.map(([s, sep]) => (furniture.has(s) ? `\n${s}\n` : s + sep)).join('') }));
const sizeArb: fc.Arbitrary<SummarySize> = fc.oneof(
  fc.constantFrom<SummarySize>({ length: 'short' }, { length: 'standard' }, { length: 'full' }),
  fc.nat({ max: 12 }).map((n) => ({ sentences: n })),
);

describe('summarize: properties', () => {
  it('returns sentences of the body, verbatim, in body order', () => {
    fc.assert(
      fc.property(articleArb, sizeArb, (a, size) => {
        const sentences = splitSentences(a.body);
        let from = 0;
        for (const text of summarize(a, size)) {
          const at = sentences.findIndex((s, i) => i >= from && s.text === text);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + 1;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns min(N, usable sentences) for { sentences: N }, never furniture', () => {
    fc.assert(
      fc.property(articleArb, fc.nat({ max: 12 }), (a, n) => {
        const summary = summarize(a, { sentences: n });
        const usable = splitSentences(a.body).filter((s) => !furniture.has(s.text));
        expect(summary).toHaveLength(Math.min(n, usable.length));
        for (const f of furniture) expect(summary).not.toContain(f);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(articleArb, sizeArb, (a, size) => {
        expect(summarize(a, size)).toEqual(summarize(a, size));
      }),
      { numRuns: 100 },
    );
  });
});

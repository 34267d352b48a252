import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../../src/engine/types.ts';
import { renderBriefing } from '../../../src/render/briefing.ts';
import { unescapeMarkdown } from '../../../src/render/escape.ts';
import { briefing, wellFormedText } from './arbitraries.ts';
import { assertSafePayload } from './limits-checker.ts';

const handMade: Briefing = {
  id: 'xi-pledges-ties',
  title: 'Xi Jinping Pledges to Deepen China-Vietnam Ties',
  body: '(not shown)',
  summary: [
    'Chinese President Xi Jinping said he is ready to deepen strategic trust with Vietnam.',
    'The two countries marked 75 years of diplomatic ties on Saturday.',
  ],
  quotes: [
    { text: 'China and Vietnam represent a community with a shared future', speaker: 'Xi Jinping', role: null, verb: 'stated', spans: [[0, 10]] },
    { text: 'We fought side by side', speaker: null, role: null, verb: null, spans: [[20, 30]] },
    { text: 'A third quote', speaker: 'To Lam', role: null, verb: 'said', spans: [[40, 50]] },
    { text: 'A fourth quote that is not shown', speaker: 'Luong Cuong', role: null, verb: 'said', spans: [[60, 70]] },
  ],
  entities: { people: ['Xi Jinping', 'To Lam'], organizations: ['Communist Party of China'], places: [] },
  wordCount: 612,
  readingMinutes: 3,
  source: 'Xinhua',
  url: 'https://example.com/xi-vietnam',
  publishedAt: '2024-12-28T09:30:00Z',
};

describe('renderBriefing', () => {
  it('renders a hand-made briefing exactly: headline, summary, three key quotes, mentions, reading time and source', () => {
    expect(renderBriefing(handMade)).toEqual({
      embeds: [
        {
          title: 'Xi Jinping Pledges to Deepen China-Vietnam Ties',
          url: 'https://example.com/xi-vietnam',
          description:
            'Chinese President Xi Jinping said he is ready to deepen strategic trust with Vietnam. ' +
            'The two countries marked 75 years of diplomatic ties on Saturday.',
          color: 0x3b82f6,
          fields: [
            { name: 'Key quotes', value: '“China and Vietnam represent a community with a shared future”\n— Xi Jinping', inline: false },
            { name: '\u200B', value: '“We fought side by side”\n— unattributed', inline: false },
            { name: '\u200B', value: '“A third quote”\n— To Lam', inline: false },
            { name: 'Mentioned', value: '**People:** Xi Jinping, To Lam\n**Organizations:** Communist Party of China', inline: false },
          ],
          footer: { text: '3 min read · 612 words · Xinhua' },
          timestamp: '2024-12-28T09:30:00.000Z',
        },
      ],
      allowed_mentions: { parse: [] },
    });
  });

  it('leaves out url, timestamp, source, quotes and mentions that the article lacks, and says so when there is no summary', () => {
    const bare = renderBriefing({
      ...handMade,
      summary: [],
      quotes: [],
      entities: { people: [], organizations: [], places: [] },
      source: null,
      url: null,
      publishedAt: null,
      wordCount: 1,
      readingMinutes: 0,
    });
    expect(bare.embeds?.[0]).toEqual({
      title: 'Xi Jinping Pledges to Deepen China-Vietnam Ties',
      description: 'No summary is available for this article.',
      color: 0x3b82f6,
      fields: [],
      footer: { text: '1 min read · 1 word' },
    });
  });

  it('drops a url Discord would reject and a date that does not parse', () => {
    const embed = renderBriefing({ ...handMade, url: 'javascript:alert(1)', publishedAt: 'last Tuesday' }).embeds?.[0];
    expect(embed?.url).toBeUndefined();
    expect(embed?.timestamp).toBeUndefined();
  });

  it('escapes markdown and breaks mentions in article text, without backslashes in the footer', () => {
    const embed = renderBriefing({
      ...handMade,
      title: '**Breaking** news',
      summary: ['@everyone look at <@123>.'],
      source: '*Wire* @here',
    }).embeds?.[0];
    expect(embed?.title).toBe('\\*\\*Breaking\\*\\* news');
    expect(embed?.description).toBe('@\u200Beveryone look at <\u200B@123>.');
    expect(embed?.footer?.text).toBe('3 min read · 612 words · *Wire* @\u200Bhere');
  });

  it('shortens a long list of names to "… and N more"', () => {
    const people = Array.from({ length: 300 }, (_, i) => `Person Number ${i}`);
    const mentioned = renderBriefing({ ...handMade, entities: { people, organizations: [], places: ['Hanoi'] } })
      .embeds?.[0]?.fields?.find((f) => f.name === 'Mentioned')?.value;
    expect(mentioned).toMatch(/^\*\*People:\*\* Person Number 0, Person Number 1, .* and \d+ more\n\*\*Places:\*\* Hanoi$/u);
    expect(mentioned?.length).toBeLessThanOrEqual(1024);
  });

  it('gives a huge summary the room the other parts leave, and cuts it at a sentence or word', () => {
    const summary = Array.from({ length: 400 }, (_, i) => `This is summary sentence number ${i}.`);
    const embed = renderBriefing({ ...handMade, summary }).embeds?.[0];
    expect(embed?.description?.length).toBeGreaterThan(3500);
    expect(embed?.description).toMatch(/\d\. …$/u);
  });

  it('says who a speaker is under their first key quote only', () => {
    const role = 'a professor of economics at Vanderbilt University';
    const quotes = [
      { text: 'It is an expensive business model', speaker: 'Will Doyle', role, verb: 'said', spans: [[0, 1]] as const },
      { text: 'Personnel costs are the biggest thing', speaker: 'Will Doyle', role, verb: 'added', spans: [[2, 3]] as const },
    ];
    const fields = renderBriefing({ ...handMade, quotes }).embeds?.[0]?.fields ?? [];
    expect(fields[0]?.value).toContain(`— Will Doyle, ${role}`);
    expect(fields[1]?.value).toMatch(/— Will Doyle$/);
  });

  it('property: any briefing renders within Discord limits, with allowed_mentions and no live mention', () => {
    fc.assert(fc.property(briefing, (b) => assertSafePayload(renderBriefing(b))));
  });

  it('property: a cut summary ends with "…" after a whole word of the original', () => {
    fc.assert(
      fc.property(briefing, fc.array(wellFormedText, { minLength: 1, maxLength: 6 }), (b, summary) => {
        const description = renderBriefing({ ...b, summary }).embeds?.[0]?.description ?? '';
        const original = summary.join(' ').replace(/\s+/gu, ' ').trim();
        fc.pre(description.endsWith('…') && !original.endsWith('…') && !/[@<]\u200B/u.test(original));
        const shown = unescapeMarkdown(description.replace(/ ?…$/u, ''));
        expect(original.startsWith(shown)).toBe(true);
        if (/\s/u.test(shown)) {
          const last = [...shown].at(-1) ?? '';
          const next = [...original.slice(shown.length, shown.length + 2)][0] ?? '';
          expect(/[\p{L}\p{N}]/u.test(last) && /[\p{L}\p{N}]/u.test(next)).toBe(false);
        }
      }),
    );
  });
});

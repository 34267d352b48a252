import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../../../src/engine/open.ts';
import { extractEntities } from '../../../src/engine/entities.ts';
import { captureLogger } from '../../helpers/capture-logger.ts';
import { useCleanup } from '../../helpers/cleanup.ts';

const cleanup = useCleanup();

// A name opening a sentence whose first word the article also writes in lowercase reads as a common word ("Promise"),
// unless something shows it is a person's; a quote the name speaks is such a thing.
const body = 'Promise Tamang posts make-up videos. She made a promise to her fans.\n\nOn her YouTube profile she writes: '
  + '"I use make-up to transform myself into famous celebrities and characters."';

describe('who is mentioned, and who speaks', () => {
  it('lists a full name the quotes found speaking, though the words alone would not: "Promise Tamang"', () => {
    expect(extractEntities(body, 'Make-up artist').people).toEqual([]);
    expect(extractEntities(body, 'Make-up artist', new Set(['Promise Tamang'])).people).toEqual(['Promise Tamang']);
    // (And inside a sentence, where the name's capitals prove more: "The videos of Promise Tamang are popular.")
    const inside = 'The videos of Promise Tamang are popular. She made a promise to her fans.';
    expect(extractEntities(inside).people).toEqual([]);
    expect(extractEntities(inside, undefined, new Set(['Promise Tamang'])).people).toEqual(['Promise Tamang']);
  });

  it('is what a briefing lists: the engine gives the lists its quotes\' speakers', () => {
    const dir = cleanup.tempDir('briefbot-speakers-');
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ title: 'Make-up artist', body }));
    const { engine } = openEngine(dir, captureLogger().logger, { watch: false });
    const [article] = engine.corpus.list();
    const briefing = engine.brief(article!);
    expect(briefing.quotes.map((q) => q.speaker)).toEqual(['Promise Tamang']);
    expect(briefing.entities.people).toEqual(['Promise Tamang']);
  });

  it('lists a person the title names in full whom the body calls by surname alone, from a title in running text', () => {
    const story = 'Sanders’ appeal among millennials is strong, a poll finds. Forty-one percent would choose Sanders.';
    expect(extractEntities(story, 'Young democrats are gravitating toward Sen. Bernie Sanders, I-Vt.').people)
      .toEqual(['Bernie Sanders']);
    expect(extractEntities(story, 'Bernie Sanders: The Candidate Of The Young').people).toEqual(['Bernie Sanders']);
    // (Not capitals without a given name, nor words a headline runs into a surname the body never gives.)
    const donor = 'A poll shows Adelson and Trump agree. Forty-one percent would choose Pence.';
    expect(extractEntities(donor, 'Republican Donor Adelson and Mike Pence Calls for Unity').people).toEqual([]);
    expect(extractEntities(donor, 'Milbank: Republicans ‘Waving The Flag Of Surrender’ To Trump').people).toEqual([]);
  });
});

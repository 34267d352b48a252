import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineForDirectory, openEngine } from '../../../src/engine/open.ts';
import type { BriefingEngine } from '../../../src/engine/engine.ts';
import { captureLogger } from '../../helpers/capture-logger.ts';
import { useCleanup } from '../../helpers/cleanup.ts';

const cleanup = useCleanup();

/** A directory of articles: some with one headline (their ids collide), quotes with speakers, and one bad file. */
function corpusDir(count: number): string {
  const dir = cleanup.tempDir('briefbot-parallel-');
  for (let i = 0; i < count; i++) {
    const title = i % 7 === 0 ? 'Council Votes on the Budget' : `Council Votes on Harbor Plan ${i}`;
    const body = `Mayor Ana Ruiz${i} spoke on Tuesday about the harbor plan number ${i}.\n\n`
      + `"We will finish the harbor works before the winter storms arrive," Ruiz${i} said.\n\n`
      + `Councilwoman Beth Ode${i} disagreed. "The plan costs too much and helps too few," she said.`;
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.json`), JSON.stringify({ title, body }));
  }
  writeFileSync(join(dir, '0005-bad.json'), '{ not json');
  return dir;
}

/** Everything a load decides: ids in order, and each article's quotes with their speakers. */
const summaryOf = (engine: BriefingEngine) => engine.corpus.list().map((a) => ({
  id: a.id,
  quotes: engine.brief(a).quotes.map((q) => [q.text, q.speaker]),
})).sort((a, b) => a.id.localeCompare(b.id));

describe('loading with a helper thread', () => {
  it('gives the same ids, quotes and speakers as a load on one thread, and skips the same bad file', async () => {
    const dir = corpusDir(60);
    const alone = openEngine(dir, captureLogger().logger, { watch: false });
    const { logger, lines } = captureLogger();
    const helped = engineForDirectory(dir, logger,
      { watch: false, helpers: 1, minFiles: 0, blockFiles: 4, mainFirstBlocks: 1, takeBack: false });
    const { byHelpers, takenBack, ...loaded } = await helped.load();
    expect(takenBack).toBe(0);
    expect(byHelpers).toBeGreaterThan(40);
    expect(loaded).toEqual(alone.loaded);
    expect(summaryOf(helped.engine)).toEqual(summaryOf(alone.engine));
    expect(helped.engine.searchQuotes({ speaker: 'ode12' }).map((h) => h.articleId))
      .toEqual(alone.engine.searchQuotes({ speaker: 'ode12' }).map((h) => h.articleId));
    expect(lines.filter((l) => String(l.msg).includes('0005-bad.json'))).toHaveLength(1);
  });

  it('takes blocks back from the end while the helper is busy, with the same ids, quotes and speakers', async () => {
    // The helper spends its first half second loading its code; the main thread reads the blocks at the end meanwhile.
    const dir = corpusDir(60);
    const alone = openEngine(dir, captureLogger().logger, { watch: false });
    const helped = engineForDirectory(dir, captureLogger().logger,
      { watch: false, helpers: 1, minFiles: 0, blockFiles: 4, mainFirstBlocks: 1 });
    const { byHelpers, takenBack, ...loaded } = await helped.load();
    expect(takenBack).toBeGreaterThan(0);
    expect(byHelpers + takenBack).toBeLessThanOrEqual(61 - 4);
    expect(loaded).toEqual(alone.loaded);
    expect(summaryOf(helped.engine)).toEqual(summaryOf(alone.engine));
  });

  it.each([
    ['fails as it starts', new URL('./no-such-helper.mjs', import.meta.url), 'failed'],
    ['cannot be created', new URL('https://example.invalid/helper.mjs'), 'could not start'],
  ])('reads every file itself when the helper %s, and says so once', async (_, entry, said) => {
    const dir = corpusDir(20);
    const alone = openEngine(dir, captureLogger().logger, { watch: false });
    const { logger, lines } = captureLogger();
    const helped = engineForDirectory(dir, logger, { watch: false, helpers: 1, minFiles: 0, blockFiles: 2, mainFirstBlocks: 0, entry });
    expect((await helped.load()).byHelpers).toBe(0);
    expect(summaryOf(helped.engine)).toEqual(summaryOf(alone.engine));
    expect(lines.filter((l) => String(l.msg).includes(`loading helper thread ${said}`))).toHaveLength(1);
  });
});

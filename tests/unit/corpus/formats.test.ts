import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isArticleFile, parseArticleText, titleFromBody } from '../../../src/engine/corpus/formats.ts';

const parsed = (name: string, text: string) => {
  const result = parseArticleText(name, text);
  if (!result.ok) throw new Error(`expected ${name} to parse: ${result.reason}`);
  return result.article;
};

describe('seed format', () => {
  const seed = readFileSync('seeds/000_74c523f694d52965.txt', 'utf8');

  it('takes the headline from the line after the slug line', () => {
    expect(parsed('000.txt', seed).title).toBe('Xi Jinping Pledges to Deepen China-Vietnam Ties for Shared Future');
  });

  it('reads backslash-escaped quotes as quotes', () => {
    const { body } = parsed('000.txt', seed);
    expect(body).toContain('"China and Vietnam, as friendly socialist neighbors');
    expect(body).not.toContain('\\"');
  });

  it('drops comment-form and navigation leftovers', () => {
    const { body } = parsed('000.txt', seed);
    expect(body).not.toMatch(/Leave a Reply|email address will not be published|Back To Top/);
    expect(body.endsWith('global socialist cause.')).toBe(true);
  });

  it('joins paragraphs with exactly one blank line', () => {
    const { body } = parsed('000.txt', seed);
    expect(body.split('\n\n')).toHaveLength(6);
    expect(body).not.toMatch(/\n{3,}/);
  });
});

describe('markdown format', () => {
  it('reads title, source, url and published date from front matter', () => {
    const a = parsed('a.md', '---\ntitle: "Rates: held"\nsource: Reuters\nurl: https://example.com/a\npublished: 2026-11-20T08:00:00Z\n---\n\nThe bank **held** rates.\n');
    expect(a).toMatchObject({ title: 'Rates: held', source: 'Reuters', url: 'https://example.com/a', publishedAt: '2026-11-20T08:00:00.000Z' });
    expect(a.body).toBe('The bank held rates.');
  });

  it('takes the title from a leading heading when front matter has none', () => {
    const a = parsed('b.md', '# Storm hits coast\n\nWinds reached [100 km/h](https://x.test) on *Sunday*.\n\n- Power cut for 3,000 homes.');
    expect(a.title).toBe('Storm hits coast');
    expect(a.body).toBe('Winds reached 100 km/h on Sunday.\n\nPower cut for 3,000 homes.');
  });

  it('fails with a reason when the front matter is not YAML', () => {
    const result = parseArticleText('c.md', '---\ntitle: [unclosed\n---\nBody.');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/front matter/);
  });
});

describe('JSON format', () => {
  it('reads body, title, url, source and publishedAt', () => {
    const a = parsed('a.json', JSON.stringify({ title: 'T', body: 'One.\n\nTwo.', url: 'https://e.test', source: 'AP', publishedAt: '2026-01-02' }));
    expect(a).toMatchObject({ title: 'T', body: 'One.\n\nTwo.', url: 'https://e.test', source: 'AP', publishedAt: '2026-01-02T00:00:00.000Z' });
  });

  it('derives a title from the body when none is given', () => {
    expect(parsed('a.json', '{"body":"Short opening line.\\n\\nMore."}').title).toBe('Short opening line.');
  });

  it.each([
    ['{not json', /invalid JSON/],
    ['{"title":"x"}', /body/],
    ['{"body":"   "}', /empty "body"/],
    ['[1,2]', /not an article/],
  ])('rejects %s with a reason', (text, reason) => {
    const result = parseArticleText('bad.json', text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('keeps the body text byte for byte inside paragraphs', () => {
    const body = 'He said “no”  twice —\tthen left.';
    expect(parsed('a.json', JSON.stringify({ body })).body).toBe(body);
  });

  it('drops a share widget glued to the first words of a paragraph, and nothing else', () => {
    const body = 'Share this withEmailFacebookMessengerTwitterWhatsAppLinkedInCopy this linkThe 76-year-old won.\n\n'
      + 'Share this with friends, he said.';
    expect(parsed('a.json', JSON.stringify({ body })).body).toBe('The 76-year-old won.\n\nShare this with friends, he said.');
  });

  it('drops a video player\'s placeholder glued between two paragraphs, and parts them there', () => {
    const body = 'England batted on.Media playback is not supported on this devicePakistan batted for 63 overs.';
    expect(parsed('a.json', JSON.stringify({ body })).body).toBe('England batted on.\n\nPakistan batted for 63 overs.');
  });

  it('parts two lines glued together where the page lost the break, and leaves brands\' inner capitals alone', () => {
    const body = 'BBC home affairs correspondentTheresa May said no. Stuck between IS and the TalibanPresident Ashraf '
      + 'Ghani spoke. He watches EastEnders on an iPhone, says YouGov, and UnitedHealth agreed.';
    expect(parsed('a.json', JSON.stringify({ body })).body).toBe('BBC home affairs correspondent\n\nTheresa May said no. '
      + 'Stuck between IS and the Taliban\n\nPresident Ashraf Ghani spoke. He watches EastEnders on an iPhone, says '
      + 'YouGov, and UnitedHealth agreed.');
  });

  it('parts a place and a given name, or a word and a title or a sentence\'s first word, that a page glued together', () => {
    const body = 'Read more news from SuffolkJonathan Rees QC said so. News on Black CountrySir Albert Bore quit. Sarah '
      + 'CampbellThe charity agreed. KellyAnne Conway posted on LinkedIn about Garret FitzGerald and HampshireJoe.';
    expect(parsed('a.json', JSON.stringify({ body })).body).toBe('Read more news from Suffolk\n\nJonathan Rees QC said so. '
      + 'News on Black Country\n\nSir Albert Bore quit. Sarah Campbell\n\nThe charity agreed. KellyAnne Conway posted on '
      + 'LinkedIn about Garret FitzGerald and Hampshire\n\nJoe.');
  });

  it('parts a line that opens with "A" or "An" from the line a page glued it to: "other news from EssexA woman who …"', () => {
    const body = 'Follow updates on this story and other news from EssexA woman who lives near the prison spoke. Find out '
      + 'more hereAn inquiry opened. It holds vitamin A levels, and the USA team won.';
    expect(parsed('a.json', JSON.stringify({ body })).body).toBe('Follow updates on this story and other news from Essex'
      + '\n\nA woman who lives near the prison spoke. Find out more here\n\nAn inquiry opened. It holds vitamin A levels, '
      + 'and the USA team won.');
  });

  it('drops an invisible soft hyphen that opens a word, which would part a name ("Doug \\u00adAndres")', () => {
    const body = 'Doug \u00adAndres, a spokesman, said so. A hyphen\u00adated word stays.';
    expect(parsed('a.json', JSON.stringify({ body })).body).toBe('Doug Andres, a spokesman, said so. A hyphen\u00adated word stays.');
  });

  it('ignores an unparseable publishedAt rather than rejecting the article', () => {
    expect(parsed('a.json', JSON.stringify({ body: 'x y z', publishedAt: 'yesterday-ish' })).publishedAt).toBeNull();
  });
});

describe('plain text', () => {
  it('uses a short first line as the headline', () => {
    const a = parsed('p.txt', 'Council approves budget\n\nThe council voted 7-2 on Tuesday.');
    expect(a).toMatchObject({ title: 'Council approves budget', body: 'The council voted 7-2 on Tuesday.' });
  });

  it('fails on an empty file', () => {
    expect(parseArticleText('e.txt', '  \n\n ')).toEqual({ ok: false, reason: 'the file is empty' });
  });
});

describe('file selection and titles', () => {
  it.each([['a.txt', true], ['b.MD', true], ['c.json', true], ['.hidden.txt', false], ['notes.pdf', false]])('%s is an article file: %s', (name, expected) => {
    expect(isArticleFile(name)).toBe(expected);
  });

  it('cuts a long derived title at a word boundary with an ellipsis', () => {
    const title = titleFromBody('word '.repeat(40));
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith('word…')).toBe(true);
  });
});

describe('markdown front matter with empty fields', () => {
  it('treats an empty field as absent, not as the word "null"', () => {
    const a = parsed('e.md', '---\ntitle:\nsource: ~\nurl:\n---\n# Real heading\n\nBody text.');
    expect(a).toMatchObject({ title: 'Real heading', source: null, url: null, body: 'Body text.' });
  });
});

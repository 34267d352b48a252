// Photo credits a page left in the text: "Neilson Barnard via Getty Images.", "Carlos Barria / Reuters.". The name in
// one is the photographer's (or an agency's), not someone the story mentions.

/** The agencies a credit ends with, after a slash ("/ Reuters") or, Getty Images, after "via" too. */
export const CREDIT_AGENCIES: readonly string[] = ['Getty Images', 'Reuters', 'AFP', 'AP'];
/** A credit: words, then the agency after "via" or a slash, at the end of its line (or before the next one's words). */
const CREDIT = new RegExp(String.raw`[\p{Lu}][\p{L}.'’ -]{1,40}?(?: via Getty Images| ?\/ ?(?:${CREDIT_AGENCIES.join('|')}))`
  + String.raw`\.?(?=\s*$|\s*\n)`, 'gmu');

/** `[start, end)` offsets of the photo credits of `body`, in order. */
export function photoCredits(body: string): Array<readonly [number, number]> {
  // Most bodies credit no photo: a cheap test first.
  if (!body.includes('Getty') && !body.includes('Reuters') && !body.includes('AFP') && !body.includes('/AP')
    && !body.includes('/ AP')) return [];
  return [...body.matchAll(CREDIT)].map((m) => [m.index, m.index + m[0].length] as const);
}

/** `text` without its photo credits, whose lines stand between paragraphs without being any. */
export function withoutCredits(text: string): string {
  const credits = photoCredits(text);
  let out = text;
  for (let k = credits.length - 1; k >= 0; k--) {
    const [from, to] = credits[k] as readonly [number, number];
    out = out.slice(0, from) + out.slice(to);
  }
  return out;
}

// Photo credits a page left in the text: "Neilson Barnard via Getty Images.", "Carlos Barria / Reuters.". The name in
// one is the photographer's (or an agency's), not someone the story mentions.

/** A credit: words, then the agency after "via" or a slash, at the end of its line (or before the next one's words). */
const CREDIT = /[\p{Lu}][\p{L}.'’ -]{1,40}?(?: via Getty Images| ?\/ ?(?:Getty Images|Reuters|AFP|AP))\.?(?=\s*$|\s*\n)/gmu;

/** `[start, end)` offsets of the photo credits of `body`, in order. */
export function photoCredits(body: string): Array<readonly [number, number]> {
  // Most bodies credit no photo: a cheap test first.
  if (!body.includes('Getty') && !body.includes('Reuters') && !body.includes('AFP') && !body.includes('/AP')
    && !body.includes('/ AP')) return [];
  return [...body.matchAll(CREDIT)].map((m) => [m.index, m.index + m[0].length] as const);
}

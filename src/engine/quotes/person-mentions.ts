// Where the people of an article are mentioned, in order of position, and with what role in their sentence: what
// the speaker resolver reads to find who a "he", a title or a bare surname refers to.
import type { MentionRole } from './mention-role.ts';
import type { Person } from './people.ts';
import { firstAtOrAfter } from './windows.ts';

export interface PersonMention {
  readonly person: Person;
  readonly start: number;
  readonly end: number;
  /** Where the name stands in its sentence, which says whether a later "he" may refer to it. */
  readonly role: MentionRole;
}

/** The mention of the person who was the subject of a sentence last before `at`, of `mentions` (in order). */
export function lastSubject(mentions: readonly PersonMention[], at: number): PersonMention | null {
  for (let i = firstAtOrAfter(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i] as PersonMention;
    if (m.role === 'subject') return m;
  }
  return null;
}

/**
 * Whether the paragraph before `at` makes the person named `name`, named so in full, a subject ("Bill Clinton spoke");
 * not where a kinship word brought them in ("his daughter, Claudette King, told"): the bare surname still means the
 * one the story is about.
 */
export function subjectInParagraph(body: string, mentions: readonly PersonMention[], name: string, at: number): boolean {
  const paragraph = body.lastIndexOf('\n', at - 1) + 1;
  for (let i = firstAtOrAfter(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i] as PersonMention;
    if (m.start < paragraph) return false;
    if (m.role === 'subject' && m.person.name === name && body.startsWith(name, m.start) && !m.person.asRelative.includes(m.start)) {
      return true;
    }
  }
  return false;
}

/**
 * Whom an epithet at `at` ("the businessman") means, given `subject`, the last subject before it: the one person its
 * own paragraph mentions before it, in any role, when `subject` stands in an earlier paragraph ("“…,” said Fleischer.
 * ⏎ More troubling was Trump's unwillingness …. Instead, the businessman has insisted" is Trump); else `subject`.
 */
export function epithetHolder(body: string, mentions: readonly PersonMention[], subject: PersonMention, at: number)
  : PersonMention {
  const paragraph = body.lastIndexOf('\n', at - 1) + 1;
  if (subject.start >= paragraph) return subject;
  // (Not a name inside a quotation: "“What if Donald Trump had elocution lessons?” the 43-year-old asked".)
  const inParagraph = mentions.slice(firstAtOrAfter(mentions, paragraph), firstAtOrAfter(mentions, at))
    .filter((m) => !insideQuotation(body.slice(paragraph, m.start)));
  const only = inParagraph[0];
  // (Nor one the paragraph names only as an object: "In a letter to Channing D. Phillips, the Utah Republican asks".)
  return only && only.role !== 'other' && inParagraph.every((m) => m.person === only.person) ? only : subject;
}

/** Whether the end of `text`, a paragraph's opening, stands inside a quotation: a curly mark left open, or an odd
 * number of straight ones. */
function insideQuotation(text: string): boolean {
  let open = 0;
  let straight = 0;
  for (const c of text) {
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

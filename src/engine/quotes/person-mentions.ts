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

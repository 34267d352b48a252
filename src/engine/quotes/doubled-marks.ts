// Pages that type two single marks for a double one, read so that every offset stays where the page has it.

const DOUBLED = /'''?/g;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * "''There is deep anxiety,'' Ms. Henry said": two single marks typed for a double one (a third is a single mark
 * within) read as a double mark and a space, which keeps every offset.
 */
export function withDoubledMarks(text: string): string {
  return text.replace(DOUBLED, (marks: string, at: number) => {
    const opens = WORD_CHARACTER.test(text[at + marks.length] ?? '');
    if (marks.length === 3) return opens ? ' "\'' : '\'" ';
    return opens ? ' "' : '" ';
  });
}

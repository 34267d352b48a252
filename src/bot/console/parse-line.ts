// Reads a slash command typed at the console: `/brief article:strategic partnership length:short`.
// An option runs until the next `name:` of an option the command has, so values may contain spaces,
// times like 08:00 and words followed by a colon ("query:vietnam update: trade").

export interface ConsoleLine {
  readonly name: string;
  readonly subcommand: string | null;
  readonly options: ReadonlyMap<string, string>;
}

export interface ConsoleGrammar {
  subcommandsOf(name: string): readonly string[];
  /** Option names of a command (or of its subcommand); unknown commands may return []. */
  optionsOf(name: string, subcommand: string | null): readonly string[];
}

export function parseConsoleLine(line: string, grammar: ConsoleGrammar): ConsoleLine | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('/')) return null;
  const [head = '', ...restWords] = trimmed.slice(1).split(/\s+/);
  let rest = restWords.join(' ');
  let subcommand: string | null = null;
  const subcommands = grammar.subcommandsOf(head.toLowerCase());
  const firstWord = restWords[0]?.toLowerCase();
  if (firstWord !== undefined && subcommands.includes(firstWord)) {
    subcommand = firstWord;
    rest = restWords.slice(1).join(' ');
  }
  const options = new Map<string, string>();
  const names = grammar.optionsOf(head.toLowerCase(), subcommand);
  if (names.length === 0) return { name: head.toLowerCase(), subcommand, options };
  const optionStart = new RegExp(`(?:^|\\s)(${names.map((n) => n.replace(/[^a-z0-9_]/g, '')).join('|')}):`, 'g');
  const starts = [...rest.matchAll(optionStart)];
  starts.forEach((match, i) => {
    const valueStart = (match.index ?? 0) + match[0].length;
    const valueEnd = starts[i + 1]?.index ?? rest.length;
    options.set(match[1] ?? '', rest.slice(valueStart, valueEnd).trim());
  });
  return { name: head.toLowerCase(), subcommand, options };
}

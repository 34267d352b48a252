// Reads a slash command typed at the console: `/brief article:strategic partnership length:short`.
// An option runs until the next `name:`, so values may contain spaces (and times like 08:00).

export interface ConsoleLine {
  readonly name: string;
  readonly subcommand: string | null;
  readonly options: ReadonlyMap<string, string>;
}

const OPTION_START = /(?:^|\s)([a-z_]+):/g;

export function parseConsoleLine(line: string, subcommandsOf: (name: string) => readonly string[]): ConsoleLine | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('/')) return null;
  const [head = '', ...restWords] = trimmed.slice(1).split(/\s+/);
  let rest = restWords.join(' ');
  let subcommand: string | null = null;
  const subcommands = subcommandsOf(head.toLowerCase());
  const firstWord = restWords[0]?.toLowerCase();
  if (firstWord !== undefined && subcommands.includes(firstWord)) {
    subcommand = firstWord;
    rest = restWords.slice(1).join(' ');
  }
  const options = new Map<string, string>();
  const starts = [...rest.matchAll(OPTION_START)];
  starts.forEach((match, i) => {
    const valueStart = (match.index ?? 0) + match[0].length;
    const valueEnd = starts[i + 1]?.index ?? rest.length;
    options.set(match[1] ?? '', rest.slice(valueStart, valueEnd).trim());
  });
  return { name: head.toLowerCase(), subcommand, options };
}

// The "Mentioned" field: who and what an article names, shortened to "A, B and 4 more" rather than cut mid-name.
import type { Entities } from '../engine/types.ts';
import { inlineText } from './safe-text.ts';

/** Longest single name shown; longer ones are shortened with "…". */
const NAME_BUDGET = 80;

const CATEGORIES = [
  ['people', 'People'],
  ['organizations', 'Organizations'],
  ['places', 'Places'],
] as const;

/**
 * "**People:** A, B\n**Places:** C and 2 more", within `max` characters; empty categories are left out and each
 * category gets a fair share of what the previous ones left. Returns '' when nothing is mentioned.
 */
export function mentionedText(entities: Entities, max: number): string {
  const present = CATEGORIES.map(([key, label]) => ({ label, names: uniqueNames(entities[key]) })).filter(
    (c) => c.names.length > 0,
  );
  const lines: string[] = [];
  let remaining = max;
  present.forEach(({ label, names }, i) => {
    const prefix = `**${label}:** `;
    const separator = lines.length > 0 ? 1 : 0;
    const share = Math.floor((remaining - separator) / (present.length - i));
    const list = listWithin(names, share - prefix.length);
    if (list === '') return;
    const line = prefix + list;
    lines.push(line);
    remaining -= line.length + separator;
  });
  return lines.join('\n');
}

/** Escaped, trimmed, deduplicated (case-insensitively) names, first spelling wins. */
function uniqueNames(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of raw) {
    const shown = inlineText(name, NAME_BUDGET);
    const key = shown.toLowerCase();
    if (shown === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(shown);
  }
  return names;
}

/** "A, B, C" if it fits in `max`, else as many names as fit followed by " and N more"; '' if not even one fits. */
export function listWithin(names: readonly string[], max: number): string {
  let best = '';
  let joined = '';
  for (const [i, name] of names.entries()) {
    joined = i === 0 ? name : `${joined}, ${name}`;
    // Lists only grow: once the names alone overflow, no longer list can fit.
    if (joined.length > max) break;
    const left = names.length - i - 1;
    const candidate = left > 0 ? `${joined} and ${left} more` : joined;
    // The tail shrinks as names are added, so a longer list may fit where a shorter one did not.
    if (candidate.length <= max) best = candidate;
  }
  return best;
}

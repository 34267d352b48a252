// Turning what a person typed into an article, for every command that takes one.
import type { BriefingEngine } from '../engine/engine.ts';
import type { Article } from '../engine/types.ts';
import { UserError } from '../errors.ts';
import { renderAutocompleteChoices } from '../render/autocomplete.ts';
import type { AutocompleteChoice } from '../render/payload.ts';

const MAX_CHOICES = 25;

/** The article meant, or a UserError that lists the candidates or says how to find one. */
export function resolveArticleOrExplain(engine: BriefingEngine, text: string): Article {
  const resolution = engine.resolve(text);
  if (resolution.kind === 'found') return resolution.article;
  if (resolution.kind === 'ambiguous') {
    const list = resolution.candidates.map((a) => `• ${a.title} (${a.id})`).join('\n');
    throw new UserError(`“${text}” matches several articles. Which one?\n${list}\nPick one from the list as you type, or use more words.`);
  }
  throw new UserError(`No article matches “${text}”. Browse them with /articles, or pick one from the list as you type.`);
}

/** Autocomplete: headline matches first (the last word as a prefix), then body matches; newest first when empty. */
export function articleChoices(engine: BriefingEngine, typed: string): AutocompleteChoice[] {
  const chosen = new Map<string, string>();
  const add = (articles: Iterable<{ id: string; title: string }>): void => {
    for (const a of articles) {
      if (chosen.size >= MAX_CHOICES) return;
      if (!chosen.has(a.id)) chosen.set(a.id, a.title);
    }
  };
  if (typed.trim() === '') add(engine.list().slice(0, MAX_CHOICES));
  else {
    add(engine.searchArticles(typed, { typing: true, titlesOnly: true }).map((h) => h.article));
    if (chosen.size < MAX_CHOICES) add(engine.searchArticles(typed, { typing: true }).slice(0, MAX_CHOICES).map((h) => h.article));
  }
  return renderAutocompleteChoices([...chosen].map(([id, title]) => ({ name: title, value: id })));
}

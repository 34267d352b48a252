import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// A lone word the lists do not know, "and"-joined to the surname of someone named in full, is a surname too.
describe('a lone word joined by "and" to a surname', () => {
  it('is a person\'s surname, before or after it: "Obama and Clinton created", "under Bush and Obama"', () => {
    const body = 'Hillary Clinton spoke. Trump said Obama and Clinton created it. George W. Bush left. It grew under Bush '
      + 'and Kerlikowske.';
    expect(extractEntities(body).people).toEqual(['Hillary Clinton', 'George W. Bush', 'Obama', 'Kerlikowske']);
  });

  it('or by "or" or "vs." to a surname, not to a given name: "Clinton vs. Trump", but not "Bernie or Bust"', () => {
    const body = 'Hillary Clinton and Bernie Sanders spoke. It is Clinton vs. Trump now, and Bernie or Bust for some.';
    expect(extractEntities(body).people).toEqual(['Hillary Clinton', 'Bernie Sanders', 'Trump']);
  });

  it('or to a surname a title gives: "I like Dr. Carson and Cruz"', () => {
    expect(extractEntities('“I like Dr. Carson and Cruz,” Bennett said.').people).toEqual(['Carson', 'Cruz', 'Bennett']);
  });

  it('but not a word the article writes in lowercase, nor a place\'s head, nor an adjective: "Aguero and City"', () => {
    const body = 'Sergio Aguero scored. Aguero and City won, as Aguero and Brexit went on. A brexit vote came. Abraham Lincoln '
      + 'rose: a Lincoln and Reaganesque man.';
    expect(extractEntities(body).people).toEqual(['Sergio Aguero', 'Abraham Lincoln']);
  });

  it('nor one before someone\'s thing, nor one joined to a lone word no one is named by in full', () => {
    const body = 'Donald Trump won. After Brexit and Trump\'s threats, Brackley said it would go, and Carrier and Ford and '
      + 'Brackley did.';
    expect(extractEntities(body).people).toEqual(['Donald Trump', 'Brackley']);
  });
});

describe('a given name and its short form, before one surname', () => {
  it('are one person: "Chuck Grassley" and "Charles Grassley", "Jeb Bush" and "John Ellis Bush"', () => {
    const body = 'Chuck Grassley spoke. Charles Grassley left. Jeb Bush came, and John Ellis Bush went. Pat Kennedy met '
      + 'Patrick Smith.';
    expect(extractEntities(body).people).toEqual(['Chuck Grassley', 'John Ellis Bush', 'Pat Kennedy', 'Patrick Smith']);
  });

  it('and so is the short form alone: "Condoleezza Rice … Condi said"', () => {
    expect(extractEntities('Condoleezza Rice spoke. "We were wrong," Condi said.').people).toEqual(['Condoleezza Rice']);
  });
});

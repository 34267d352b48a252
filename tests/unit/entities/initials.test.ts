import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';
import { joinInitials } from '../../../src/engine/entities/initials.ts';

const entry = (name: string, mentions: number, first: number) => ({ name, mentions, first });

describe('joinInitials', () => {
  it('counts an organization\'s initials as the organization: "NRA" is the National Rifle Association', () => {
    const joined = joinInitials([entry('NRA', 3, 10), entry('National Rifle Association', 1, 50), entry('F.B.I.', 1, 5),
      entry('Federal Bureau of Investigation', 1, 90)]);
    expect(joined).toEqual([entry('National Rifle Association', 4, 10), entry('Federal Bureau of Investigation', 2, 5)]);
  });

  it('reads the initials without the country that opens the name: "EPA" is the U.S. Environmental Protection Agency', () => {
    const joined = joinInitials([entry('U.S. Environmental Protection Agency', 1, 0), entry('EPA', 2, 40),
      entry('US National Institutes of Health', 1, 60), entry('NIH', 1, 90), entry('USDA', 1, 95),
      entry('U.S. Department of Agriculture', 1, 99)]);
    expect(joined).toEqual([entry('U.S. Environmental Protection Agency', 3, 0), entry('US National Institutes of Health', 2, 60),
      entry('U.S. Department of Agriculture', 2, 95)]);
  });

  it('keeps initials that two names share, or that no name has', () => {
    const list = [entry('GOP', 2, 0), entry('Grand Old Party', 1, 5), entry('Growth and Opportunity Project', 1, 9),
      entry('CNN', 1, 20), entry('Cable News', 1, 30)];
    expect(joinInitials(list).map((e) => e.name)).toEqual(list.map((e) => e.name));
  });
});

describe('extractEntities and initials', () => {
  it('lists the full name once: "the National Rifle Association … the NRA"', () => {
    const { organizations } = extractEntities('Trump will meet the National Rifle Association. The NRA said it welcomed '
      + 'the talks, and the NRA will attend.');
    expect(organizations).toEqual(['National Rifle Association']);
  });

  it('knows a body by its initials written with periods, as by their plain letters: "the C.I.A.", "the G.O.P."', () => {
    expect(extractEntities('Leon Panetta, then the C.I.A. director, told the F.B.I. so.').organizations)
      .toEqual(['C.I.A.', 'F.B.I.']);
    expect(extractEntities('The G.O.P. nominee spoke, and the Republican Party agreed.').organizations)
      .toEqual(['Republican Party']);
    expect(extractEntities('The F.B.I. said so, and the FBI agreed.').organizations).toEqual(['F.B.I.']);
    // (Not initials that are no body's: "the U.S." is a place, "the C.E.O." a job.)
    expect(extractEntities('The C.E.O. left the U.S. for good.')).toMatchObject({ organizations: [], places: ['United States'] });
  });

  it('knows a few bodies by their initials alone, in any sentence: "the FEC", "NEA President", "QPR"', () => {
    expect(extractEntities('A review of FEC records showed it. NEA President Lily Eskelsen García spoke. He is the owner of '
      + 'QPR.').organizations).toEqual(['FEC', 'NEA', 'QPR']);
  });
});

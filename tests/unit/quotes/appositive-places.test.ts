import { describe, it, expect } from 'vitest';
import { only } from './only-quote.ts';

describe('a place set off by commas inside the words before the speech verb', () => {
  it('reads past "the state capital, Sacramento," to the person who said it', () => {
    expect(only('Michael Seaman, who lives outside of the state capital, Sacramento, said he still “prays that Bernie ends '
      + 'up the nominee at the convention in July.”').speaker).toBe('Michael Seaman');
  });

  it('never makes the state after a town the speaker: "a pastor at the church of Elizabeth, Colorado, slammed"', () => {
    const quote = only('Kevin Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed the group '
      + 'for promoting “lesbianism, abortion and contraception for girls who are only fourteen years old” on Monday.');
    expect(quote.speaker).toBe('Kevin Swanson');
  });
});

describe('an employer after "from" between a name and its verb', () => {
  it('makes the name the subject a later "he" means: "Prof Kevin Morgan from the University of Nottingham said"', () => {
    const body = 'Prof Kevin Morgan from the University of Nottingham said they still had to validate the test. But he '
      + 'added that the markers they had found looked very promising. "Our findings are exciting because they show that '
      + 'it is possible to tell healthy people from those with the disease."';
    expect(only(body).speaker).toBe('Kevin Morgan');
  });
});

describe('an employer and its town after "of" between a name and its verb', () => {
  it('makes the name the subject a later "he" means: "Darran Whiting of Liberty Baptist Church in Marion, said"', () => {
    const body = 'Mr. Huckabee won the caucuses that year. One pastor supporting Mr. Cruz, Darran Whiting of Liberty '
      + "Baptist Church in Marion, said he had made more than 150 phone calls. ''Find your polling place and get there,'' "
      + 'he tells parishioners.';
    expect(only(body).speaker).toBe('Darran Whiting');
  });
});

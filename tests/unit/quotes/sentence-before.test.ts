import { describe, it, expect } from 'vitest';
import { only } from './only-quote.ts';

// A quote that opens its own sentence, spoken by whoever the sentence before it names.
describe('speakers named in the sentence before the quote', () => {
  it('reads that sentence past a party tag\'s period: `Sen. Ted Cruz (R-Tex.), a …, tweeted a warning. "…"`', () => {
    const body = 'On the other side, Sen. Ted Cruz (R-Tex.), a Republican candidate for president, tweeted a warning. '
      + '"Missouri: Remember in November the Democrats who filibustered over 30 hours."';
    expect(only(body).speaker).toBe('Ted Cruz');
  });

  it('still stops at the sentence before it: `… said Ted Cruz (R-Tex.). The crowd cheered. "…"`', () => {
    const body = 'The speech was given by Sen. Ted Cruz (R-Tex.). The crowd cheered. '
      + '"Missouri: Remember in November the Democrats who filibustered over 30 hours."';
    expect(only(body).speaker).not.toBe('Ted Cruz');
  });

  it('reads past an aside in brackets, and past "v." in a case\'s name: `Richards spoke about Roe v. Wade. (…) “…”`', () => {
    const body = 'Cecile Richards also spoke about Whole Women\'s Health v. Hellerstedt, the case before the court. (The laws '
      + 'require that doctors have privileges. They also ban abortions after 20 weeks.)\n"Roe v. Wade is the law of the '
      + 'land. But it is not a right if you cannot access it."';
    expect(only(body).speaker).toBe('Cecile Richards');
  });
});

import { describe, it, expect } from 'vitest';
import { isFragment, isFurniture } from '../../../src/engine/summary/junk.ts';

describe('isFurniture', () => {
  it.each([
    'By . Daily Mail Reporter .',
    'By Jane Doe, CNN',
    'By Jane Doe and John Smith for MailOnline',
    'PUBLISHED: 12:01 EST, 1 May 2014 | UPDATED: 13:45 EST, 1 May 2014',
    'Last updated at 4:02 PM on 5th May 2014',
    'Scroll down for video',
    'Scroll down for video Strictly business: Julia covers the magazine.',
    'CLICK HERE to read more',
    'Follow @janedoe on Twitter',
    'Follow us on Facebook',
    'LONDON, England (CNN) --',
    'WASHINGTON (AP) —',
    'Photo: Reuters',
    'Image copyright Getty Images',
    '(AP Photo/Jane Doe)',
    'Getty Images',
    'Read more:',
    'Leave a Reply',
    'Your email address will not be published.',
    'Required fields are marked *',
    'Back To Top',
  ])('recognizes "%s" as page furniture', (text) => {
    expect(isFurniture(text)).toBe(true);
  });

  it.each([
    'By Monday, the storm had passed.',
    'By the time police arrived, the men had fled.',
    'Published reports say the deal is close.',
    'He clicked on the link and lost his savings.',
    'Photographs of the scene were shared widely.',
    'Follow-up talks are planned for next week.',
    'The Chinese President Xi Jinping said he was ready to work with Vietnam.',
  ])('keeps the content sentence "%s"', (text) => {
    expect(isFurniture(text)).toBe(false);
  });
});

describe('isFragment', () => {
  it.each(['He was 88.', 'Leave a Reply', 'BREAKING NEWS TODAY NOW', 'Fighter Ace And Hero Returns', '-- -- -- --'])(
    'treats "%s" as a fragment',
    (text) => {
      expect(isFragment(text)).toBe(true);
    },
  );

  it.each(['He was 88 years old.', 'The talks ended without a deal.', 'Xi Jinping met To Lam in Beijing on Monday.'])(
    'treats "%s" as a sentence',
    (text) => {
      expect(isFragment(text)).toBe(false);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { readResidence } from '../../../src/domain/imports/residence';

describe('readResidence', () => {
  it.each([
    ['12 Rue de Rivoli, Paris, Pháp', { country: 'FR', city: 'Paris', address: '12 Rue de Rivoli, Paris' }],
    ['Berlin - CHLB Đức', { country: 'DE', city: 'Berlin', address: null }],
    ['Paris (Pháp)', { country: 'FR', city: 'Paris', address: null }],
    ['Úc', { country: 'AU', city: null, address: null }],
    ['San Jose, CA 95122, Hoa Kỳ', { country: 'US', city: 'San Jose', address: 'San Jose, CA 95122' }],
    ['Wien, 1010, Áo', { country: 'AT', city: 'Wien', address: 'Wien, 1010' }],
  ])('%s', (text, residence) => {
    expect(readResidence(text)).toEqual(residence);
  });

  it('keeps a text that names no country whole, as the address', () => {
    expect(readResidence('123 Main Street, Springfield')).toEqual({
      country: null,
      city: null,
      address: '123 Main Street, Springfield',
    });
  });
});

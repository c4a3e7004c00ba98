import { describe, expect, it } from 'vitest';
import { FEATURE_MESSAGES, MESSAGES } from '../../../src/web/i18n/messages';

describe("the UI's texts", () => {
  it('gives each key to one feature only, so that no feature silently rewords another', () => {
    const owners = new Map<string, string[]>();
    for (const [feature, texts] of Object.entries(FEATURE_MESSAGES)) {
      for (const key of Object.keys(texts)) owners.set(key, [...(owners.get(key) ?? []), feature]);
    }
    expect([...owners].filter(([, features]) => features.length > 1)).toEqual([]);
  });

  it('has every text in Vietnamese and in English, neither empty', () => {
    const missing = Object.entries(MESSAGES).filter(([, text]) => !text.vi.trim() || !text.en.trim());
    expect(missing).toEqual([]);
  });
});

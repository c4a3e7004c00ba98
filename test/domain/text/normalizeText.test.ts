import { describe, expect, it } from 'vitest';
import {
  normalizeForLookup,
  normalizeText,
  toComposedText,
  toStoredText,
} from '../../../src/domain/text/normalizeText';

describe('normalizeText', () => {
  it('strips diacritics, maps đ to d and lower-cases', () => {
    expect(normalizeText('NGUYỄN VĂN ĐỨC')).toBe('nguyen van duc');
    expect(normalizeText('Đặng Thị Hoà')).toBe('dang thi hoa');
  });

  it('treats composed and decomposed Unicode alike', () => {
    expect(normalizeText('Trần'.normalize('NFD'))).toBe(normalizeText('Trần'.normalize('NFC')));
  });

  it('gives, character by character, what normalising the whole text at once gives', () => {
    const wholeText = (text: string) =>
      text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
    const vietnamese = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const samples = [
      vietnamese,
      vietnamese.toUpperCase(),
      vietnamese.normalize('NFD'),
      'Cộng hòa Liên bang Đức\u00a0(CHLB)',
      'ΟΔΥΣΣΕΥΣ Σ',
      'İstanbul ﬁ 𝐀bc 東京 Ⅻ',
      'e\u0301 \u0301 a',
    ];
    for (const text of samples) expect(normalizeText(text), text).toBe(wholeText(text));
  });

  it('collapses white space', () => {
    expect(normalizeText('  Lê   Văn\tTám ')).toBe('le van tam');
  });

  it('turns punctuation into spaces for place lookups', () => {
    expect(normalizeForLookup('Bà Rịa - Vũng Tàu')).toBe('ba ria vung tau');
    expect(normalizeForLookup('TP.HCM')).toBe('tp hcm');
  });

  it('looks up decomposed (NFD) text as its composed form', () => {
    expect(normalizeForLookup('Quê quán'.normalize('NFD'))).toBe('que quan');
    expect(normalizeForLookup('SỐ ĐT'.normalize('NFD'))).toBe('so dt');
  });

  it('composes decomposed text and leaves other text as it is', () => {
    expect(toComposedText('Nguyễn'.normalize('NFD'))).toBe('Nguyễn'.normalize('NFC'));
    const plain = 'Tran Van An';
    expect(toComposedText(plain)).toBe(plain);
  });

  it('stores text as NFC', () => {
    expect(toStoredText(' Nguyễn  Văn An '.normalize('NFD'))).toBe('Nguyễn Văn An'.normalize('NFC'));
  });
});

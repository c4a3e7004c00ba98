/** Encodings a province's csv arrives in: Excel's "CSV UTF-8", "Unicode text", or an old Windows code page. */
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows1258' | 'windows1252';

/** Bytes that mean a Vietnamese letter or tone mark in Windows-1258 and something else in Windows-1252. */
const VIETNAMESE_1258 = new Set([0xc3, 0xd0, 0xd5, 0xdd, 0xe3, 0xf0, 0xf5, 0xfd]); // Ă Đ Ơ Ư ă đ ơ ư
const TONE_MARKS_1258 = new Set([0xcc, 0xd2, 0xde, 0xec, 0xf2]); // combining grave, hook, tilde, acute, dot
const VOWELS = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)).concat([0xc2, 0xca, 0xd4, 0xe2, 0xea, 0xf4]));

function isValidUtf8(sample: Buffer): boolean {
  try {
    // A sample may end inside a character: ignore a cut-off sequence at its very end.
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, lastCompleteUtf8(sample)));
    return true;
  } catch {
    return false;
  }
}

function lastCompleteUtf8(sample: Buffer): number {
  for (let i = sample.length - 1; i >= Math.max(0, sample.length - 4); i--) {
    const byte = sample[i] ?? 0;
    if ((byte & 0xc0) === 0xc0) return i; // a lead byte: drop it and what follows
    if ((byte & 0x80) === 0) return sample.length;
  }
  return sample.length;
}

/**
 * Windows-1258 writes a tone as a mark after its vowel ("Nguyê" + 0xDE → "Nguyễ"); in 1252 those
 * bytes are Ì Ò Þ ì ò. Marks after vowels and the letters Ă Đ Ơ Ư count for 1258, marks elsewhere against.
 */
function looksVietnamese(sample: Buffer): boolean {
  let score = 0;
  sample.forEach((byte, i) => {
    if (VIETNAMESE_1258.has(byte)) score++;
    else if (TONE_MARKS_1258.has(byte)) score += VOWELS.has(sample[i - 1] ?? 0) ? 1 : -1;
  });
  return score > 0;
}

/** The encoding of a text file, from its first bytes: byte-order mark, UTF-16 zero bytes, UTF-8 validity, then 1258 or 1252. */
export function detectEncoding(sample: Buffer): { encoding: TextEncoding; bomLength: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  const pairs = Math.floor(Math.min(sample.length, 1000) / 2);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) zeroEven++;
    if (sample[2 * i + 1] === 0) zeroOdd++;
  }
  if (pairs && zeroOdd > pairs / 3) return { encoding: 'utf16le', bomLength: 0 };
  if (pairs && zeroEven > pairs / 3) return { encoding: 'utf16be', bomLength: 0 };
  if (isValidUtf8(sample)) return { encoding: 'utf8', bomLength: 0 };
  return { encoding: looksVietnamese(sample) ? 'windows1258' : 'windows1252', bomLength: 0 };
}

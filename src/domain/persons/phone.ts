import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { normalizeForLookup } from '../text/normalizeText';

/**
 * A phone number in E.164 (+84912345678) from any common way of writing it: "0912 345 678",
 * "(+84) 912.345.678", "0049 30 1234567". A number without a country code is read as one of
 * `country` (a person's country of residence: a German list writes German numbers as "030 …").
 * Returns null when it is not a valid number.
 */
export function toE164(input: string, country = 'VN'): string | null {
  const cleaned = input.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(cleaned, isSupportedCountry(country) ? country : 'VN');
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * A number of a person living in `country`: a local number of that country first; one that is no
 * number there but is a Vietnamese one ("0901 234 567" of a kiều bào in Australia) is Vietnamese.
 */
export function residentPhone(input: string, country: string): string | null {
  return toE164(input, country) ?? (country === 'VN' ? null : toE164(input, 'VN'));
}

/** What people write where there is no number: "không có", "chưa có", "-", "x", "N/A". */
const NO_PHONE = new Set(['', 'khong', 'khong co', 'chua co', 'chua', 'khong ro', 'na', 'n a', 'none', 'no', 'x']);

const isNoPhone = (text: string) => NO_PHONE.has(normalizeForLookup(text));

/** The numbers of a cell, each as written: separated by ; , / line breaks, " - " or "hoặc". */
function phonesWritten(text: string): string[] {
  return (
    text
      .split(/[;,/\n|]|\s[-–]\s|\s+(?:hoặc|hoac|or|và|va)\s+/iu)
      // A label before a number ("DĐ: 0151 …") is not part of it; a text without digits is kept whole.
      .map((part) => (/\d/.test(part) ? part.replace(/^[^\d+(]+/, '') : part).trim())
      .filter(Boolean)
  );
}

/**
 * A phone cell of a list: none, one or several numbers, in E.164, read with the residence
 * country's calling code; what cannot be read as a number is handed back as written.
 * Two numbers side by side with only a space between them ("0912345678 0987654321") are two.
 */
export function readPhoneCell(text: string, country = 'VN'): { phones: string[]; unreadable: string[] } {
  const phones: string[] = [];
  const unreadable: string[] = [];
  if (isNoPhone(text)) return { phones, unreadable };
  for (const written of phonesWritten(text)) {
    if (isNoPhone(written)) continue;
    const whole = residentPhone(written, country);
    const pieces = whole ? [] : written.split(/\s+(?=[+0])/);
    if (whole) phones.push(whole);
    else if (pieces.length < 2) unreadable.push(written);
    else
      for (const piece of pieces) {
        const phone = residentPhone(piece, country);
        if (phone) phones.push(phone);
        else unreadable.push(piece);
      }
  }
  return { phones: [...new Set(phones)], unreadable };
}

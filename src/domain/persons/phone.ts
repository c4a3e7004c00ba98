import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A phone number in E.164 (+84912345678) from any common way of writing it: "0912 345 678",
 * "(+84) 912.345.678", "0049 30 1234567". Numbers without a country code are taken as Vietnamese.
 * Returns null when it is not a valid number.
 */
export function toE164(input: string): string | null {
  const cleaned = input.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(cleaned, 'VN');
  return parsed?.isValid() ? parsed.number : null;
}

import { z } from 'zod';

/** Currencies amounts are entered in, and how many minor units (decimals) each has. */
export const CURRENCIES = { VND: 0, USD: 2, EUR: 2, JPY: 0, KRW: 0, AUD: 2, CAD: 2, GBP: 2 } as const;
export type Currency = keyof typeof CURRENCIES;

/** An amount in integer minor units of its currency (đồng have none; dollars, cents). */
export const moneySchema = z.object({
  amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: z.enum(Object.keys(CURRENCIES) as [Currency, ...Currency[]]),
});
export type Money = z.infer<typeof moneySchema>;

/** "1.500.000.000 VND", "2.500,50 USD": the amount in its major units, Vietnamese style. */
export function formatMoney(money: Money | null | undefined): string {
  if (!money) return '';
  const digits = CURRENCIES[money.currency];
  const value = money.amount / 10 ** digits;
  return `${value.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${money.currency}`;
}

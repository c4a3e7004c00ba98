import { InputNumber, Select, Space } from 'antd';
import { CURRENCIES, type Currency, type Money } from '../../domain/registers/money';

/** An amount typed in its currency's major units (đồng, dollars) and kept in minor units. */
export function MoneyInput({ value, onChange }: { value?: Money | null; onChange?: (money: Money | null) => void }) {
  const currency = value?.currency ?? 'VND';
  const digits = CURRENCIES[currency];
  const major = value ? value.amount / 10 ** digits : null;
  const emit = (amount: number | null, next: Currency) =>
    onChange?.(amount === null ? null : { amount: Math.round(amount * 10 ** CURRENCIES[next]), currency: next });
  return (
    <Space.Compact style={{ width: '100%' }}>
      <InputNumber
        style={{ width: '100%' }}
        min={0}
        precision={digits}
        value={major}
        onChange={(amount) => emit(amount, currency)}
        formatter={(v) => (v === undefined || v === null ? '' : Number(v).toLocaleString('vi-VN'))}
        parser={(text) => Number((text ?? '').replace(/\./g, '').replace(',', '.'))}
      />
      <Select
        style={{ width: 90 }}
        value={currency}
        options={Object.keys(CURRENCIES).map((c) => ({ value: c, label: c }))}
        onChange={(next: Currency) => emit(major, next)}
      />
    </Space.Compact>
  );
}

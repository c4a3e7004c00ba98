import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { listValue, moneyValue } from '../../domain/registers/fieldValue';
import { formatMoney } from '../../domain/registers/money';
import type { FieldSpec } from '../../domain/registers/registerSpec';
import { formatDate } from '../forms/dateField';
import type { Language } from '../../domain/text/texts';

/** A field's value as the list and the record's page show it. */
export function registerValue(
  field: FieldSpec,
  value: unknown,
  names: Record<string, string>,
  countryName: (code: string | null) => string,
  language: Language,
): ReactNode {
  if (value === null || value === undefined || (Array.isArray(value) && !value.length)) return '—';
  const [text, list] = [String(value), listValue(value)];
  const option = (v: string) => field.options?.[v]?.[language] ?? v;
  switch (field.kind) {
    case 'date':
      return formatDate(text);
    case 'money':
      return formatMoney(moneyValue(value));
    case 'integer':
      return Number(value).toLocaleString(language);
    case 'country':
      return countryName(text);
    case 'countries':
      return list.map((c) => countryName(c)).join(', ');
    case 'enum':
      return option(text);
    case 'enums':
      return list.map((v) => <Tag key={v}>{option(v)}</Tag>);
    case 'tags':
      return list.join('; ');
    case 'person':
      return <Link to={`/persons/${text}`}>{names[text] ?? '—'}</Link>;
    case 'persons':
      return list.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <Link to={`/persons/${id}`}>{names[id] ?? '—'}</Link>
        </span>
      ));
    case 'association':
      return <Link to={`/associations/${text}`}>{names[text] ?? '—'}</Link>;
    case 'business':
      return <Link to={`/businesses/${text}`}>{names[text] ?? '—'}</Link>;
    case 'agreements':
      return list.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <Link to={`/agreements/${id}`}>{names[id] ?? '—'}</Link>
        </span>
      ));
    default:
      return text;
  }
}

import type { ConsentPurpose } from '../consent/consentPurposes';
import type { z } from 'zod';
import type { Text } from '../text/texts';

export type Label = Text;

/** How a field of a register is entered, stored and shown. */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'date'
  | 'integer'
  /** An amount in minor units of its currency: { amount, currency }, stored as <column>_amount, _currency. */
  | 'money'
  | 'country'
  | 'countries'
  | 'enum'
  | 'enums'
  | 'tags'
  /** References to records: persons of the registry, an association, a business, agreements. */
  | 'person'
  | 'persons'
  | 'association'
  | 'business'
  | 'agreements';

export interface FieldSpec {
  /** The field's name in the API (camelCase). */
  name: string;
  /** Its column (snake_case); a money field's prefix. */
  column: string;
  label: Label;
  kind: FieldKind;
  options?: Readonly<Record<string, Label>>;
  required?: boolean;
  /** Shown as a column of the list. */
  list?: boolean;
  /** Offered as a filter of the list (enum, enums, country, countries). */
  filter?: boolean;
  /** Part of what the list's search box searches. */
  search?: boolean;
  max?: number;
}

/** A register: one kind of record a province keeps, its fields, and how its list is ordered. */
export interface RegisterSpec {
  /** The API path segment and UI route: /api/<key>, /<key>. */
  key: string;
  table: string;
  title: Label;
  singular: Label;
  fields: readonly FieldSpec[];
  /** The column the list is ordered by, newest (or A to Z for text) first. */
  orderBy: string;
  orderDescending: boolean;
  /** Dated notes (follow-up activities, reports) and files kept with each record. */
  hasNotes: boolean;
  /** Checks across fields, after each field's own (date order, an amount or a gift in kind). */
  refine?: (input: Record<string, unknown>, ctx: z.RefinementCtx) => void;
  /**
   * A purpose the person a record names must have agreed to for what the list is for (the names in
   * a list of commendations are published): the export marks each row with that person's state.
   */
  consentMark?: { purpose: ConsentPurpose; personField: string };
}

/** A date range must not end before it starts: a 'dateRange' issue on the end field otherwise. */
export function dateOrder(start: string, end: string) {
  return (input: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const [from, to] = [input[start], input[end]];
    if (typeof from === 'string' && typeof to === 'string' && from > to) {
      ctx.addIssue({ code: 'custom', message: 'dateRange', path: [end] });
    }
  };
}

export const l = (vi: string, en: string): Label => ({ vi, en });

/** A field of a register by its API name, column, label and kind, with what more it needs. */
export const field = (
  name: string,
  column: string,
  label: Label,
  kind: FieldSpec['kind'],
  more: Partial<FieldSpec> = {},
): FieldSpec => ({ name, column, label, kind, ...more });

/** The usual steps of a planned activity. */
export const ACTIVITY_STATUS = {
  planned: l('Dự kiến', 'Planned'),
  in_progress: l('Đang thực hiện', 'In progress'),
  done: l('Đã thực hiện', 'Done'),
  cancelled: l('Hủy', 'Cancelled'),
};

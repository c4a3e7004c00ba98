import type { FormInstance } from 'antd';
import { ApiError, type ApiErrorDetail } from './apiClient';

/**
 * The form field an error path belongs to: "relatives.0.fullName" → ['relatives', 0, 'fullName'];
 * for fields edited as one control (a tag list such as "emails"), the whole field.
 */
function fieldName(path: string, wholeFields: readonly string[]): (string | number)[] {
  const parts = path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const top = String(parts[0]);
  return wholeFields.includes(top) ? [top] : parts;
}

/** Shows field errors next to their fields; returns what to show above the form, if anything. */
export function showFieldErrors(
  form: FormInstance,
  details: readonly ApiErrorDetail[],
  wholeFields: readonly string[] = [],
): void {
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const detail of details) {
    const name = fieldName(detail.path, wholeFields);
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
}

/**
 * Shows the server's field errors next to the fields of an Ant Design form; returns the message to
 * show above the form (the error's own message, or the fallback for an unexpected failure).
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fallback: string,
  wholeFields: readonly string[] = [],
): string | null {
  if (!(error instanceof ApiError)) return fallback;
  showFieldErrors(form, error.details, wholeFields);
  const fields = Object.keys(form.getFieldsValue(true) as object);
  const allShown = error.details.length > 0 && error.details.every((d) => fields.includes(d.path.split('.')[0] ?? ''));
  return allShown ? null : [error.message, ...error.details.map((d) => d.message)].join(' — ');
}

import type { FormInstance } from 'antd';
import { ApiError } from './apiClient';

/**
 * Shows the server's field errors next to the fields of an Ant Design form; returns the
 * message to show above the form when the error is not about fields.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fallback: string): string | null {
  if (!(error instanceof ApiError)) return fallback;
  const fields = form.getFieldsValue(true) as Record<string, unknown>;
  const known = error.details.filter((d) => d.path in fields);
  form.setFields(known.map((d) => ({ name: d.path.split('.'), errors: [d.message] })));
  return known.length === error.details.length && known.length > 0 ? null : error.message;
}

import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { localizeIssue } from '../../domain/validation/localizeIssue';
import type { ApiErrorDetail } from '../api/apiClient';
import { showFieldErrors } from '../api/applyFieldErrors';
import type { Language } from '../../domain/text/texts';

/** Inputs left empty as not given: the schema then applies its default (null) or says "required". */
function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, v]) => (v === '' || v === undefined ? [] : [[key, withoutBlanks(v)]])),
  );
}

/**
 * Checks form values with the schema the server uses: the parsed input, or null after showing each
 * problem next to its field (`wholeFields`: fields edited as one control, such as tag lists;
 * `onScreen`: where a field of the input shows when the form edits it in other boxes).
 */
export function checkForm<S extends z.ZodType>(
  schema: S,
  values: unknown,
  form: FormInstance,
  language: Language,
  wholeFields: readonly string[] = [],
  onScreen: (details: ApiErrorDetail[]) => ApiErrorDetail[] = (details) => details,
): z.infer<S> | null {
  const parsed = schema.safeParse(withoutBlanks(values));
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    code: issue.code,
    message: localizeIssue({ ...issue, path: issue.path }, language),
  }));
  showFieldErrors(form, onScreen(details), wholeFields);
  return null;
}

import { wordText, type Text, type TextParams } from '../text/texts';

/**
 * A message in both languages, Vietnamese first: staff and kiều bào alike may read either, and the
 * sender does not know which one the reader chose.
 */
export function bilingualMail(subject: Text, body: Text, params: TextParams = {}): { subject: string; body: string } {
  return {
    subject: `${wordText(subject, 'vi', params)} | ${wordText(subject, 'en', params)}`,
    body: `${wordText(body, 'vi', params)}\n\n— English —\n\n${wordText(body, 'en', params)}`,
  };
}

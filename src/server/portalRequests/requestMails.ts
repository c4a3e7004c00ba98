import { dayText } from '../../domain/calendar/dayText';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { bilingualMail } from '../../domain/mail/bilingualMail';
import { REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS } from '../../domain/portalRequests/requestKinds';
import { REQUEST_LINE_LABELS } from '../../domain/portalRequests/requestLines';
import type { RequestLine } from '../../domain/portalRequests/requestSchemas';
import { REQUEST_TEXTS } from '../../domain/portalRequests/requestTexts';
import { joinTexts, sameText, wordText, type Text, type TextParams } from '../../domain/text/texts';
import { enqueueMail } from '../mail/outbox';
import type { RequestRow } from './requestStore';

const portalLink = (publicUrl: string) => `${publicUrl}/cong-dan`;

/** A template worded in both languages, as one text. */
const both = (template: Text, params: TextParams): Text => ({
  vi: wordText(template, 'vi', params),
  en: wordText(template, 'en', params),
});

type MailRequest = Pick<RequestRow, 'reference' | 'kind' | 'email' | 'province_code'>;

/** The acknowledgement sent at once: the reference to quote and the day an answer is due. */
export async function mailAcknowledgement(db: Kysely<DB>, publicUrl: string, request: MailRequest, due: string) {
  const mail = bilingualMail(REQUEST_TEXTS.requestAckSubject, REQUEST_TEXTS.requestAckBody, {
    reference: request.reference,
    kind: REQUEST_KIND_LABELS[request.kind],
    due: dayText(due),
    link: portalLink(publicUrl),
  });
  await enqueueMail(db, [{ ...mail, kind: 'request.ack', to: request.email, provinceCode: request.province_code }]);
}

/** The decided fields, one line each: accepted, or not and why. */
function outcomeLines(lines: readonly RequestLine[], reason: string | null): Text {
  const decided = lines.filter((l) => l.accepted !== null);
  const texts = decided.map((l) => {
    const field = REQUEST_LINE_LABELS[l.field] ?? sameText(l.field);
    return l.accepted
      ? both(REQUEST_TEXTS.lineAccepted, { field })
      : both(REQUEST_TEXTS.lineRejected, { field, reason: l.reason ?? '' });
  });
  if (reason) texts.push(both(REQUEST_TEXTS.outcomeReason, { reason }));
  return joinTexts(texts, sameText('\n'));
}

/** The outcome, field by field for a correction, with the officer's reasons. */
export async function mailOutcome(
  db: Kysely<DB>,
  publicUrl: string,
  request: MailRequest & Pick<RequestRow, 'status'>,
  outcome: { lines: readonly RequestLine[]; reason: string | null },
) {
  const mail = bilingualMail(REQUEST_TEXTS.requestOutcomeSubject, REQUEST_TEXTS.requestOutcomeBody, {
    reference: request.reference,
    kind: REQUEST_KIND_LABELS[request.kind],
    status: REQUEST_STATUS_LABELS[request.status],
    lines: outcomeLines(outcome.lines, outcome.reason),
    link: portalLink(publicUrl),
  });
  await enqueueMail(db, [{ ...mail, kind: 'request.outcome', to: request.email, provinceCode: request.province_code }]);
}

/** Tells the person an officer wrote to them (the message itself is read on the portal, signed in). */
export async function mailOfficerMessage(db: Kysely<DB>, publicUrl: string, request: MailRequest) {
  const mail = bilingualMail(REQUEST_TEXTS.requestMessageSubject, REQUEST_TEXTS.requestMessageBody, {
    reference: request.reference,
    link: portalLink(publicUrl),
  });
  await enqueueMail(db, [{ ...mail, kind: 'request.message', to: request.email, provinceCode: request.province_code }]);
}

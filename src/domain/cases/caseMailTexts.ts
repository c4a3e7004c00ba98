import { defineTexts } from '../text/texts';

/** The e-mail telling the officer handling a case that one of its tasks falls due. */
export const CASE_MAIL_TEXTS = defineTexts({
  taskDueSubject: { vi: 'Việc đến hạn {due}: {task} ({code})', en: 'Task due {due}: {task} ({code})' },
  taskDueBody: {
    vi: 'Việc "{task}" của vụ việc bảo hộ {code} ({title}) đến hạn ngày {due}.\nMở vụ việc: {link}',
    en: 'The task "{task}" of protection case {code} ({title}) is due on {due}.\nOpen the case: {link}',
  },
});

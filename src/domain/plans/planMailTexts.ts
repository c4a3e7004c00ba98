import { defineTexts } from '../text/texts';

/** The e-mails of plans: a reminder of reports an agency still owes. */
export const PLAN_MAIL_TEXTS = defineTexts({
  reminderSubject: {
    vi: 'Nhắc báo cáo kết quả thực hiện Kế hoạch {plan}',
    en: 'Reminder: reports owed on plan {plan}',
  },
  reminderBody: {
    vi: 'Kính gửi {agency},\n\nSở Ngoại vụ đề nghị quý cơ quan gửi báo cáo kết quả thực hiện {tasks} nhiệm vụ được giao tại Kế hoạch {plan} ({title}).\n{message}\nVui lòng đăng nhập Cầu Nối, mục "Nhiệm vụ của cơ quan", để báo cáo.',
    en: 'To {agency},\n\nThe Department of Foreign Affairs asks your agency to report on the {tasks} tasks assigned to it by plan {plan} ({title}).\n{message}\nPlease sign in to Cầu Nối, "Our agency\'s tasks", to report.',
  },
});

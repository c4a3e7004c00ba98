import { defineTexts } from '../text/texts';

/** Field errors of plans, their tasks and agencies. */
export const PLAN_TEXTS = defineTexts({
  agencyExists: { vi: 'Tỉnh này đã có cơ quan mang tên này', en: 'This province already has an agency of this name' },
  coordinatorExists: {
    vi: 'Tỉnh này đã có cơ quan tổng hợp báo cáo (Sở Ngoại vụ)',
    en: 'This province already has its coordinating agency',
  },
  agencyUnknown: { vi: 'Không có cơ quan này trong tỉnh', en: 'No such agency in the province' },
  planExists: {
    vi: 'Tỉnh đã có kế hoạch mang số này trong năm',
    en: 'The province has a plan of this number this year',
  },
  agencyHasOpenTasks: {
    vi: 'Cơ quan còn nhiệm vụ chưa hoàn thành: hãy sáp nhập vào cơ quan kế thừa để chuyển giao',
    en: 'The agency still has open tasks: merge it into its successor to hand them over',
  },
  taskUnknown: { vi: 'Không có nhiệm vụ này trong kế hoạch', en: 'No such task in the plan' },
  taskHasReports: {
    vi: 'Không thể bỏ nhiệm vụ đã có cơ quan báo cáo',
    en: 'A task an agency has reported on cannot be removed',
  },
});

import { defineTexts } from '../text/texts';

/** Field errors of plans, their tasks and agencies. */
export const PLAN_TEXTS = defineTexts({
  agencyExists: { vi: 'Tỉnh này đã có cơ quan mang tên này', en: 'This province already has an agency of this name' },
  coordinatorExists: {
    vi: 'Tỉnh này đã có cơ quan tổng hợp báo cáo (Sở Ngoại vụ)',
    en: 'This province already has its coordinating agency',
  },
  agencyUnknown: { vi: 'Không có cơ quan này trong tỉnh', en: 'No such agency in the province' },
  splitPartUnknown: { vi: 'Không có phần này trong các cơ quan được chia tách', en: 'No such part of the split' },
  splitTaskUnknown: {
    vi: 'Cơ quan được chia tách không chủ trì hay phối hợp nhiệm vụ này',
    en: 'The agency split neither leads nor works on this task',
  },
  splitTaskLeftOver: {
    vi: 'Còn {count} nhiệm vụ của cơ quan chưa giao cho phần nào, ví dụ: "{task}"',
    en: '{count} of its tasks are given to no part, e.g. "{task}"',
  },
  splitUserLeftOver: {
    vi: 'Còn {count} tài khoản của cơ quan chưa chuyển sang phần nào',
    en: '{count} of its accounts are moved to no part',
  },
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

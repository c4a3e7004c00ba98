import type { Kysely } from 'kysely';
import { demoAdminContext } from './demoContext';
import { seedReorganisation } from './seedReorganisation';
import { PLAN_38_ASSIGNMENTS, PLAN_38_DUTIES, PLAN_38_LEGAL_BASIS, PLAN_38_PURPOSES } from './plan38Text';
import type { DB } from '../../db/schema';
import type { Agency } from '../../domain/plans/planSchemas';
import { createAgency } from '../plans/agencyService';
import { createPlan } from '../plans/planService';
import { reviewReport, saveReport } from '../plans/reportService';

const CAN_THO = '92';

// The bodies Kế hoạch 38/KH-UBND assigns tasks to, named as in February 2025 (before the mergers of
// 1 July 2025), in the order of its section III. The Sở Ngoại vụ consolidates their reports.
const AGENCIES = [
  ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ', 'MTTQ', false],
  ['Sở Ngoại vụ thành phố Cần Thơ', 'SNgV', true],
  ['Công an thành phố Cần Thơ', 'CA', false],
  ['Bộ Chỉ huy Quân sự thành phố Cần Thơ', 'BCHQS', false],
  ['Sở Tư pháp', 'STP', false],
  ['Sở Kế hoạch và Đầu tư', 'SKHĐT', false],
  ['Sở Công Thương', 'SCT', false],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', false],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT', false],
  ['Sở Thông tin và Truyền thông', 'STTTT', false],
  ['Sở Nội vụ', 'SNV', false],
  ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', false],
  ['Trung tâm Xúc tiến Đầu tư - Thương mại và Hội chợ triển lãm Cần Thơ', 'XTĐT', false],
  ['Liên hiệp các Tổ chức hữu nghị thành phố Cần Thơ', 'LHHN', false],
  ['Ủy ban nhân dân các quận, huyện', 'UBND QH', false],
] as const;

// The 15th assignment is to every sở, ban, ngành and to the district committees: the committees
// lead, the state agencies report their part too (the Mặt trận and the friendship union, whom the
// plan asks rather than tasks, are not among them).
const EVERY_STATE_AGENCY = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

// Illustrations of the review steps, said to be so: the seeds hold no 2025 results, hence no figures.
const REPORTS: [number, 'accepted' | 'submitted' | 'returned', string][] = [
  [0, 'accepted', 'Dữ liệu minh họa: báo cáo của Ủy ban Mặt trận Tổ quốc Việt Nam thành phố về nhiệm vụ được giao.'],
  [2, 'submitted', 'Dữ liệu minh họa: báo cáo của Công an thành phố về nhiệm vụ được giao, chờ Sở Ngoại vụ xem xét.'],
  [10, 'returned', 'Dữ liệu minh họa: báo cáo của Sở Nội vụ về hỗ trợ sinh hoạt tôn giáo của kiều bào, chưa đầy đủ.'],
];

/**
 * The demo's plan: Cần Thơ's agencies and Kế hoạch 38/KH-UBND of 21/02/2025 as written (its
 * purposes, nine duties and fifteen assignments; agencies report before 30/10/2025), three
 * illustrative reports at the review's steps, and the 2025 mergers of the bodies it named, entered
 * through the services.
 */
export async function seedPlan(db: Kysely<DB>): Promise<void> {
  const ctx = await demoAdminContext(db);
  const agencies: Agency[] = [];
  for (const [name, shortName, isCoordinator] of AGENCIES) {
    agencies.push(await createAgency(ctx, { provinceCode: CAN_THO, name, shortName, isCoordinator, isActive: true }));
  }
  const plan = await createPlan(ctx, {
    provinceCode: CAN_THO,
    number: '38/KH-UBND',
    issuedOn: '2025-02-21',
    issuer: 'Ủy ban nhân dân thành phố Cần Thơ',
    title: 'Thực hiện công tác người Việt Nam ở nước ngoài năm 2025 trên địa bàn thành phố Cần Thơ',
    legalBases: [PLAN_38_LEGAL_BASIS],
    purposes: PLAN_38_PURPOSES,
    duties: PLAN_38_DUTIES,
    year: 2025,
    reportDueOn: '2025-10-30',
    // The i-th assignment to the i-th body; the plan names no partners ("phối hợp với cơ quan có liên quan").
    tasks: PLAN_38_ASSIGNMENTS.map(({ text }, i) => ({
      content: text,
      leadAgencyId: agencies[i]!.id,
      partnerAgencyIds: i === 14 ? EVERY_STATE_AGENCY.map((p) => agencies[p]!.id) : [],
      indicators: null,
      dueOn: null,
    })),
  });
  for (const [taskIndex, status, content] of REPORTS) {
    const task = plan.taskList[taskIndex]!;
    // Written as the lead agency would, through the same service.
    const asAgency = { ...ctx, actor: { ...ctx.actor, user: { ...ctx.actor.user, agencyId: task.leadAgency.id } } };
    const saved = await saveReport(asAgency, task.id, {
      progress: status === 'returned' ? 'in_progress' : 'completed',
      content,
      figures: {},
      submit: true,
    });
    if (status === 'submitted') continue;
    await reviewReport(ctx, saved.id, {
      decision: status === 'accepted' ? 'accept' : 'return',
      comment: status === 'returned' ? 'Dữ liệu minh họa: đề nghị bổ sung kết quả cụ thể.' : null,
      version: saved.version,
    });
  }
  await seedReorganisation(ctx, agencies);
}

import type { Kysely } from 'kysely';
import { demoAdminContext } from './demoContext';
import type { DB } from '../../db/schema';
import type { Agency } from '../../domain/plans/planSchemas';
import { createAgency } from '../plans/agencyService';
import { createPlan } from '../plans/planService';
import { reviewReport, saveReport } from '../plans/reportService';

const CAN_THO = '92';

// The agencies the plan assigns tasks to, as they were named in February 2025 (before the mergers
// of 1 July 2025). The Sở Ngoại vụ consolidates their reports.
const AGENCIES = [
  ['Sở Ngoại vụ thành phố Cần Thơ', 'SNV', true],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ', 'MTTQ', false],
  ['Công an thành phố Cần Thơ', 'CA', false],
  ['Bộ Chỉ huy Quân sự thành phố Cần Thơ', 'BCHQS', false],
  ['Sở Tư pháp', 'STP', false],
  ['Sở Kế hoạch và Đầu tư', 'SKHĐT', false],
  ['Sở Công Thương', 'SCT', false],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', false],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT', false],
  ['Sở Thông tin và Truyền thông', 'STTTT', false],
  ['Sở Nội vụ', 'SNV-NV', false],
  ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', false],
  ['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch', 'ITPC', false],
  ['Liên hiệp các tổ chức hữu nghị thành phố Cần Thơ', 'LHHN', false],
  ['Ủy ban nhân dân các quận, huyện', 'UBND', false],
] as const;

// The fifteen task assignments, each led by one agency (index into AGENCIES), with its partners.
// Paraphrased for the demo in the plan's structure, not the official text of Kế hoạch 38/KH-UBND.
const TASKS: [string, number, number[], string | null][] = [
  [
    'Tham mưu Ủy ban nhân dân thành phố tổ chức, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả; cập nhật cơ sở dữ liệu về người Việt Nam ở nước ngoài có quê quán Cần Thơ.',
    0,
    [14],
    'Báo cáo tổng hợp trước 15/11/2025',
  ],
  [
    'Tổ chức gặp mặt kiều bào về quê đón Tết Nguyên đán Ất Tỵ 2025 và các hoạt động thăm hỏi thân nhân kiều bào.',
    0,
    [1, 13],
    '01 chương trình gặp mặt',
  ],
  [
    'Vận động kiều bào tham gia xây dựng khối đại đoàn kết toàn dân tộc, hướng về quê hương; phát huy vai trò của Hội thân nhân kiều bào.',
    1,
    [13],
    null,
  ],
  [
    'Thực hiện công tác quản lý xuất nhập cảnh, cư trú; giải quyết thủ tục cho kiều bào về thăm quê, đầu tư, sinh sống.',
    2,
    [],
    'Giải quyết đúng hạn 100% hồ sơ',
  ],
  [
    'Phối hợp bảo đảm an ninh, trật tự tại các hoạt động có kiều bào tham dự; tuyên truyền về chính sách quốc phòng cho kiều bào.',
    3,
    [2],
    null,
  ],
  [
    'Giải quyết các thủ tục về quốc tịch, hộ tịch, lý lịch tư pháp cho người Việt Nam ở nước ngoài; phổ biến pháp luật liên quan.',
    4,
    [],
    null,
  ],
  [
    'Xây dựng danh mục dự án kêu gọi đầu tư dành cho kiều bào; hỗ trợ nhà đầu tư kiều bào tháo gỡ khó khăn.',
    5,
    [12],
    'Cập nhật danh mục dự án',
  ],
  [
    'Kết nối doanh nghiệp kiều bào với doanh nghiệp thành phố; xúc tiến thương mại, đưa sản phẩm địa phương ra thị trường nước ngoài.',
    6,
    [12],
    null,
  ],
  ['Quảng bá văn hóa, du lịch Cần Thơ tới cộng đồng kiều bào; hỗ trợ giữ gìn bản sắc văn hóa dân tộc.', 7, [9], null],
  [
    'Hỗ trợ dạy và học tiếng Việt cho kiều bào, nhất là thế hệ trẻ; thu hút trí thức kiều bào tham gia giảng dạy, nghiên cứu.',
    8,
    [0],
    null,
  ],
  [
    'Đẩy mạnh thông tin đối ngoại; cung cấp thông tin về tình hình thành phố cho cộng đồng kiều bào trên các nền tảng số.',
    9,
    [0],
    null,
  ],
  ['Thực hiện công tác thi đua, khen thưởng đối với kiều bào có đóng góp cho thành phố.', 10, [0], null],
  [
    'Quản lý người lao động đi làm việc ở nước ngoài theo hợp đồng; hỗ trợ người lao động hồi hương tái hòa nhập.',
    11,
    [2],
    null,
  ],
  [
    'Tổ chức hội nghị xúc tiến đầu tư, thương mại, du lịch có sự tham gia của doanh nhân kiều bào.',
    12,
    [5, 6],
    '01 hội nghị',
  ],
  [
    'Phối hợp với Hội thân nhân kiều bào nắm tình hình, cập nhật thông tin về kiều bào tại địa phương; vận động kiều bào ủng hộ an sinh xã hội.',
    14,
    [1],
    null,
  ],
];

const REPORTS: [number, 'accepted' | 'submitted' | 'returned', string, Record<string, number>][] = [
  [
    1,
    'accepted',
    'Đã tổ chức Chương trình gặp mặt kiều bào dịp Tết Ất Tỵ với hơn 200 kiều bào tham dự; thăm, tặng quà 50 gia đình thân nhân kiều bào.',
    { events_held: 3 },
  ],
  [
    3,
    'accepted',
    'Đã giải quyết 1.245 hồ sơ xuất nhập cảnh, cư trú của kiều bào, 100% đúng hạn.',
    { procedures_handled: 1245 },
  ],
  [
    6,
    'accepted',
    'Cập nhật danh mục 28 dự án kêu gọi đầu tư; hiện có 35 dự án của kiều bào còn hiệu lực với tổng vốn khoảng 120 triệu USD.',
    { investment_projects: 35, investment_capital_usd: 120_000_000 },
  ],
  [
    14,
    'submitted',
    'Phối hợp Hội thân nhân cập nhật thông tin 1.300 kiều bào; kiều bào ủng hộ quỹ an sinh xã hội 2,5 tỷ đồng.',
    { donations_vnd: 2_500_000_000 },
  ],
  [0, 'submitted', 'Kiều hối về thành phố 9 tháng đầu năm ước đạt 650 triệu USD.', { remittances_usd: 650_000_000 }],
  [8, 'returned', 'Đã phối hợp tổ chức một số hoạt động quảng bá.', {}],
];

/**
 * The demo's plan: Cần Thơ's agencies and its 2025 plan for overseas Vietnamese work (model: Kế
 * hoạch 38/KH-UBND of 21/02/2025, agencies reporting before 30/10/2025) with its fifteen task
 * assignments, and a few of the agencies' reports at each step, entered through the services.
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
    title: 'Kế hoạch thực hiện công tác người Việt Nam ở nước ngoài năm 2025',
    legalBases: [
      'Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị về công tác đối với người Việt Nam ở nước ngoài',
      'Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị về tiếp tục đẩy mạnh thực hiện Nghị quyết số 36-NQ/TW',
      'Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài trong tình hình mới',
    ],
    year: 2025,
    reportDueOn: '2025-10-30',
    tasks: TASKS.map(([content, lead, partners, indicators]) => ({
      content,
      leadAgencyId: agencies[lead]!.id,
      partnerAgencyIds: partners.map((p) => agencies[p]!.id),
      indicators,
      dueOn: null,
    })),
  });
  for (const [taskIndex, status, content, figures] of REPORTS) {
    const task = plan.taskList[taskIndex]!;
    // Written as the lead agency would, through the same service.
    const asAgency = { ...ctx, actor: { ...ctx.actor, user: { ...ctx.actor.user, agencyId: task.leadAgency.id } } };
    const saved = await saveReport(asAgency, task.id, {
      progress: status === 'returned' ? 'in_progress' : 'completed',
      content,
      figures,
      submit: true,
    });
    if (status === 'submitted') continue;
    await reviewReport(ctx, saved.id, {
      decision: status === 'accepted' ? 'accept' : 'return',
      comment: status === 'returned' ? 'Đề nghị bổ sung số liệu cụ thể (số hoạt động, số kiều bào tham dự).' : null,
      version: saved.version,
    });
  }
}

import type { Agency } from '../../domain/plans/planSchemas';
import { mergeAgencies } from '../plans/agencyMerge';
import type { ServiceContext } from '../serviceContext';

// The 2025 reorganisation as it touched the bodies of Kế hoạch 38/KH-UBND ("sau khi sắp xếp, tinh
// gọn bộ máy, các cơ quan, đơn vị tiếp tục thực hiện nhiệm vụ … tại đơn vị mới"): the provincial
// departments merged from 1 March 2025, the district level abolished from 1 July 2025. The
// decisions are left blank: the seeds do not name them.
const MERGERS: { from: string; into: string | { name: string; shortName: string }; onDate: string }[] = [
  { from: 'Sở Kế hoạch và Đầu tư', into: { name: 'Sở Tài chính', shortName: 'STC' }, onDate: '2025-03-01' },
  {
    from: 'Sở Thông tin và Truyền thông',
    into: { name: 'Sở Khoa học và Công nghệ', shortName: 'SKHCN' },
    onDate: '2025-03-01',
  },
  { from: 'Sở Lao động - Thương binh và Xã hội', into: 'Sở Nội vụ', onDate: '2025-03-01' },
  {
    from: 'Ủy ban nhân dân các quận, huyện',
    into: { name: 'Ủy ban nhân dân các xã, phường', shortName: 'UBND xã' },
    onDate: '2025-07-01',
  },
];

/** Merges the plan's agencies as 2025 did, through the same service an administrator uses. */
export async function seedReorganisation(ctx: ServiceContext, agencies: readonly Agency[]): Promise<void> {
  const byName = (name: string) => agencies.find((a) => a.name === name)!.id;
  for (const { from, into, onDate } of MERGERS) {
    await mergeAgencies(ctx, {
      fromAgencyIds: [byName(from)],
      into: typeof into === 'string' ? { agencyId: byName(into) } : into,
      onDate,
      decision: null,
    });
  }
}

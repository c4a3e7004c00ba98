import { defineTexts } from '../text/texts';

/** Field errors of the organisation's units (missions abroad). */
export const ORG_UNIT_TEXTS = defineTexts({
  missionCodeFormat: {
    vi: 'Mã cơ quan đại diện: 2–16 chữ in hoa không dấu hoặc số, bắt đầu bằng chữ (ví dụ TOKYO)',
    en: 'Mission code: 2–16 capital letters or digits, starting with a letter (e.g. TOKYO)',
  },
  seatOutsideDistrict: {
    vi: 'Nước đặt trụ sở phải thuộc địa bàn lãnh sự của cơ quan đại diện',
    en: 'The seat’s country must be in the consular district',
  },
  missionExists: { vi: 'Đã có cơ quan đại diện trùng tên hoặc trùng mã', en: 'A mission of this name or code exists' },
});

export const MISSION_KIND_LABELS = {
  embassy: { vi: 'Đại sứ quán', en: 'Embassy' },
  consulate_general: { vi: 'Tổng Lãnh sự quán', en: 'Consulate General' },
  consulate: { vi: 'Lãnh sự quán', en: 'Consulate' },
  permanent_mission: { vi: 'Phái đoàn thường trực', en: 'Permanent Mission' },
} as const;

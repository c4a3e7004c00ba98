import type { Text } from '../text/texts';

/**
 * What a person's data may be used for, each agreed or not on its own (sự đồng ý theo từng mục
 * đích: Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, in force since 1 January 2026). Every use checks
 * its purpose (src/server/consent/consentConditions.ts); absent a decision, consent is unknown,
 * which permits nothing but what the law lets a State body do without consent.
 */
export const CONSENT_PURPOSES = ['registry', 'contact', 'expert', 'sharing', 'publication'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_PURPOSE_LABELS: Readonly<Record<ConsentPurpose, Text>> = {
  registry: { vi: 'Lưu giữ hồ sơ trong cơ sở dữ liệu', en: 'Keeping the record in the database' },
  contact: { vi: 'Liên hệ về sự kiện, tin tức quê hương', en: 'Contact about events and news from home' },
  expert: { vi: 'Giới thiệu là chuyên gia', en: 'Being proposed as an expert' },
  sharing: { vi: 'Chia sẻ với tỉnh khác, Bộ Ngoại giao', en: 'Sharing with other provinces and the Ministry' },
  publication: { vi: 'Công bố tên khi khen thưởng', en: 'Publishing the name in commendations' },
};

/**
 * The version of the texts a person is shown when agreeing: a consent is proven by the text it
 * agreed to, so a changed text is a new version and older consents keep theirs.
 */
export const CONSENT_TEXT_VERSION = '2026-01';

/** What the person reads and agrees to, purpose by purpose (version CONSENT_TEXT_VERSION). */
export const CONSENT_TEXTS: Readonly<Record<ConsentPurpose, Text>> = {
  registry: {
    vi: 'Tôi đồng ý để Sở Ngoại vụ tỉnh, thành phố quê hương và Bộ Ngoại giao lưu giữ thông tin về tôi trong cơ sở dữ liệu về người Việt Nam ở nước ngoài, để thực hiện thủ tục và bảo hộ công dân khi tôi cần.',
    en: 'I agree that the Department of Foreign Affairs of my home province and the Ministry of Foreign Affairs keep my information in the database of overseas Vietnamese, for procedures and citizen protection when I need them.',
  },
  contact: {
    vi: 'Tôi đồng ý được liên hệ qua thư điện tử, điện thoại để nhận lời mời sự kiện và tin tức của quê hương.',
    en: 'I agree to be contacted by e-mail or phone with invitations to events and news from my home province.',
  },
  expert: {
    vi: 'Tôi đồng ý được giới thiệu là chuyên gia, trí thức với các cơ quan, trường đại học có nhu cầu hợp tác.',
    en: 'I agree to be proposed as an expert to agencies and universities seeking cooperation.',
  },
  sharing: {
    vi: 'Tôi đồng ý để thông tin về tôi được chia sẻ với tỉnh, thành phố khác và Bộ Ngoại giao.',
    en: 'I agree that my information is shared with other provinces and the Ministry of Foreign Affairs.',
  },
  publication: {
    vi: 'Tôi đồng ý để tên tôi được công bố trong danh sách khen thưởng, ghi nhận đóng góp.',
    en: 'I agree that my name is published in commendations and acknowledgements of contributions.',
  },
};

/** A person's decision on one purpose; no decision recorded is "unknown". */
export const CONSENT_DECISIONS = ['given', 'refused', 'withdrawn'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];
export const CONSENT_STATES = ['unknown', ...CONSENT_DECISIONS] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const CONSENT_STATE_LABELS: Readonly<Record<ConsentState, Text>> = {
  unknown: { vi: 'Chưa rõ', en: 'Unknown' },
  given: { vi: 'Đã đồng ý', en: 'Given' },
  refused: { vi: 'Từ chối', en: 'Refused' },
  withdrawn: { vi: 'Đã rút lại', en: 'Withdrawn' },
};

/**
 * How a decision reached us: the person on the portal; an officer (a consent given on a signed
 * form whose scan is kept; a refusal or withdrawal by letter, phone or in person, with a note); an
 * import whose batch holds the association's signed forms; or the one consent field recorded before
 * migration 0028 (under Decree 13/2023), kept as it was.
 */
export const CONSENT_CHANNELS = ['portal', 'officer', 'import', 'consular', 'legacy'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export const CONSENT_CHANNEL_LABELS: Readonly<Record<ConsentChannel, Text>> = {
  portal: { vi: 'Qua cổng thông tin', en: 'On the portal' },
  officer: { vi: 'Cán bộ ghi nhận (phiếu, thư, điện thoại)', en: 'Recorded by an officer (form, letter, phone)' },
  import: { vi: 'Nhập từ danh sách có phiếu đồng ý', en: 'Imported with signed forms' },
  consular: { vi: 'Tờ khai đăng ký công dân tại cơ quan đại diện', en: 'Consular registration form at a mission' },
  legacy: { vi: 'Ghi nhận trước năm 2026', en: 'Recorded before 2026' },
};

import { z } from 'zod';
import { countryCodeSchema } from '../persons/personSchemas';
import { optionalText, text } from '../validation/textFields';

/**
 * The organisation as a tree (hệ thống tổ chức): the Ministry's State Committee for Overseas
 * Vietnamese at the root; the 34 provinces below it, each with its agencies (sở, ban, ngành) and its
 * 2025 communes; the missions abroad (cơ quan đại diện) beside the provinces, each with the
 * countries of its consular district. Users belong to one unit; what they see follows the tree.
 */
export const MISSION_KINDS = ['embassy', 'consulate_general', 'consulate', 'permanent_mission'] as const;
export type MissionKind = (typeof MISSION_KINDS)[number];

export const missionSchema = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(MISSION_KINDS),
  name: z.string(),
  nameEn: z.string(),
  seatCountry: z.string(),
  city: z.string(),
  countries: z.array(z.string()),
  districtNote: z.string().nullable(),
  isActive: z.boolean(),
  users: z.number().int(),
});
export type Mission = z.infer<typeof missionSchema>;

export const missionInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9]{1,15}$/, 'missionCodeFormat'),
    kind: z.enum(MISSION_KINDS),
    name: text(300).min(1),
    nameEn: text(300).min(1),
    seatCountry: countryCodeSchema,
    city: text(120).min(1),
    /** The countries of its consular district; the seat's country is one of them. */
    countries: z.array(countryCodeSchema).min(1).max(60),
    districtNote: optionalText(1000),
    isActive: z.boolean().default(true),
  })
  .refine((m) => m.countries.includes(m.seatCountry), { message: 'seatOutsideDistrict', path: ['countries'] });
export type MissionInput = z.infer<typeof missionInputSchema>;

const unitCounts = { users: z.number().int() };

export const provinceUnitSchema = z.object({
  code: z.string(),
  name: z.string(),
  agencies: z.number().int(),
  communes: z.number().int(),
  ...unitCounts,
});

/** The tree's top: the Ministry, the provinces (of the user's jurisdiction) and the missions. */
export const orgTreeSchema = z.object({
  ministry: z.object({ name: z.string(), nameEn: z.string(), ...unitCounts }),
  provinces: z.array(provinceUnitSchema),
  missions: z.array(missionSchema),
});
export type OrgTree = z.infer<typeof orgTreeSchema>;

/** One province's branch: its agencies and its communes, with the users of each. */
export const provinceBranchSchema = z.object({
  code: z.string(),
  name: z.string(),
  agencies: z.array(z.object({ id: z.string(), name: z.string(), isActive: z.boolean(), ...unitCounts })),
  communes: z.array(z.object({ code: z.string(), name: z.string(), ...unitCounts })),
});
export type ProvinceBranch = z.infer<typeof provinceBranchSchema>;

export const MINISTRY_NAME = {
  vi: 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài (Bộ Ngoại giao)',
  en: 'State Committee for Overseas Vietnamese (Ministry of Foreign Affairs)',
};

import { describe, expect, it } from 'vitest';
import { detectHeader } from '../../../src/domain/imports/detectHeader';
import { importRow } from '../../../src/domain/imports/importRow';

const today = new Date(Date.UTC(2026, 10, 23));
const header = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Nước định cư',
  'Quê quán',
  'SĐT',
  'Họ tên thân nhân',
  'SĐT thân nhân',
];
const columns = detectHeader([header])!.columns;
const defaults = {
  sourceProvinceCode: '92',
  sourceDate: '2026-11-23',
  sourceAssociation: null,
  sourceAssociationId: null,
  consentEvidence: null,
};

describe('importRow', () => {
  it('reads a row into a person', () => {
    const row = importRow(
      [
        '1',
        'Nguyễn Thị Lan (Linda)',
        'Nữ',
        '12/05/1980',
        'Hoa Kỳ',
        'Kế Sách, Sóc Trăng',
        '+1 (408) 555-0101',
        'Nguyễn Văn Hai',
        '0901 234 567',
      ],
      columns,
      defaults,
      today,
    );
    expect(row.ok).toBe(true);
    if (!row.ok) return;
    expect(row.person).toMatchObject({
      fullName: 'Nguyễn Thị Lan',
      aliases: [{ name: 'Linda', kind: 'other' }],
      sex: 'female',
      birthDate: { year: 1980, month: 5, day: 12 },
      residenceCountry: 'US',
      hometownText: 'Kế Sách, Sóc Trăng',
      phones: ['+14085550101'],
      relatives: [{ fullName: 'Nguyễn Văn Hai', phone: '+84901234567' }],
      sourceProvinceCode: '92',
    });
  });

  it('names every bad column with its value', () => {
    const row = importRow(['2', '', 'X', '31/02/1985', 'Atlantis', '', 'abc', '', ''], columns, defaults, today);
    expect(row.ok).toBe(false);
    if (row.ok) return;
    expect(row.problems).toEqual(
      expect.arrayContaining([
        { column: 'sex', code: 'sexInvalid', value: 'X' },
        { column: 'birthDate', code: 'dateInvalid', value: '31/02/1985' },
        { column: 'residenceCountry', code: 'unknownCountry', value: 'Atlantis' },
        { column: 'phone', code: 'phoneIgnored', value: 'abc' },
        { column: 'fullName', code: 'too_small', value: '' },
      ]),
    );
  });

  it('keeps a person whose phone is no number, and notes the phone', () => {
    const row = importRow(['3', 'Lê Văn Ba', 'Nam', '1970', 'Đức', '', 'gọi Zalo', '', ''], columns, defaults, today);
    expect(row).toMatchObject({
      ok: true,
      person: { fullName: 'Lê Văn Ba', phones: [] },
      notes: [{ column: 'phone', code: 'phoneIgnored', value: 'gọi Zalo' }],
    });
  });

  it('reads local numbers with the residence country and placeholders as empty', () => {
    const row = importRow(
      ['4', 'Lê Văn Tư', '', '', 'CHLB Đức', '', '030 1234567; 0151 23456789', 'Lê Văn Năm', 'không có'],
      columns,
      defaults,
      today,
    );
    expect(row).toMatchObject({
      ok: true,
      person: { residenceCountry: 'DE', phones: ['+49301234567', '+4915123456789'], relatives: [{ phone: null }] },
      notes: [],
    });
  });

  it('reads the date under the column of the sex, and the sex from it', () => {
    const layout = detectHeader([
      ['STT', 'Họ và tên', 'Ngày sinh', '', 'Nơi cư trú hiện nay'],
      ['', '', 'Nam', 'Nữ', ''],
    ])!.columns;
    const woman = importRow(
      ['1', 'Trần Thị Mai', '', '14/02/77', '12 Rue de Rivoli, Paris, Pháp'],
      layout,
      defaults,
      today,
    );
    expect(woman).toMatchObject({
      ok: true,
      person: {
        sex: 'female',
        birthDate: { year: 1977, month: 2, day: 14 },
        residenceCountry: 'FR',
        residenceCity: 'Paris',
        addressAbroad: '12 Rue de Rivoli, Paris',
      },
    });
    const man = importRow(['2', 'Trần Văn Hùng', 'khoảng 1960', '', 'Úc'], layout, defaults, today);
    expect(man).toMatchObject({ ok: true, person: { sex: 'male', birthDate: { year: 1960 }, residenceCountry: 'AU' } });
  });

  it('records a "no" to consent always, a "yes" only when the batch names its evidence', () => {
    const layout = detectHeader([['STT', 'Họ và tên', 'Nước định cư', 'Đồng ý cung cấp thông tin']])!.columns;
    const read = (consent: string, consentEvidence: string | null = null) =>
      importRow(['1', 'Trần Thị Mai', 'Pháp', consent], layout, { ...defaults, consentEvidence }, today);
    expect(read('Không')).toMatchObject({ ok: true, consent: 'refused', notes: [] });
    expect(read('Có')).toMatchObject({
      ok: true,
      consent: 'unknown',
      notes: [{ column: 'consent', code: 'consentWithoutEvidence', value: 'Có' }],
    });
    expect(read('Có', 'Phiếu đồng ý do Hội lưu, số 01–40/2026')).toMatchObject({
      ok: true,
      consent: 'given',
      notes: [],
    });
    expect(read('')).toMatchObject({ ok: true, consent: 'unknown', notes: [] });
    expect(read('có lẽ')).toMatchObject({ ok: false, problems: [{ column: 'consent', code: 'consentInvalid' }] });
  });
});

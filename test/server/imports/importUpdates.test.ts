import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf } from '../../helpers/importFixtures';
import { commitAndWait, uploadAndCheck } from '../../helpers/importRequests';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Nước định cư', 'Thành phố', 'SĐT', 'Email', 'Quê quán'];
const LIST = [
  ['1', 'Đinh Văn Khiêm', '12/05/1970', 'Đức', 'Berlin', '0151 23456701', '', 'Cần Thơ'],
  ['2', 'Đinh Thị Hoà Bình', '03/1975', 'Úc', 'Sydney', '0401 234 567', '', 'Sóc Trăng'],
  ['3', 'Lạc Văn Tường', '1980', 'Pháp', '', '06 12 34 56 78', '', 'Hậu Giang'],
  ['4', 'Lạc Thị Ngân', '1982', 'Pháp', 'Lyon', '06 12 34 56 79', 'ngan@example.com', 'Cần Thơ'],
  ['5', 'Mạc Quang Vĩ', '20/11/1965', 'Nhật Bản', 'Osaka', '090-1234-5678', '', 'Cần Thơ'],
];

describe('an import that updates the persons it already holds', () => {
  let t: TestApp;
  let officer: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    officer = await t.login('ct.officer');
    const first = await uploadAndCheck(officer, 'hoi-lan-1.csv', Buffer.from(csvOf([HEADER, ...LIST])));
    expect(first).toMatchObject({ rowsValid: 5, rowsUpdate: 0, rowsSkip: 0 });
    expect(await commitAndWait(t, officer, first.id)).toMatchObject({ rowsCommitted: 5, rowsUpdated: 0 });
  });
  afterAll(() => t.close());

  const personNamed = async (name: string) => {
    const found = (await officer.get(`/api/persons?q=${encodeURIComponent(name)}`)).json();
    return found.items.filter((p: { fullName: string }) => p.fullName === name);
  };

  it('re-imported with three changes: updates those three, skips the others, creates none', async () => {
    const corrected = LIST.map((row) => [...row]);
    // A second phone, Vietnamese: written with its code (0912… alone would be a German number here).
    corrected[0]![5] = '0151 23456701; +84 912 345 678';
    corrected[1]![6] = 'hoabinh@example.com'; // an email where there was none
    corrected[2]![4] = 'Marseille'; // a city where there was none
    const checked = await uploadAndCheck(officer, 'hoi-lan-2.csv', Buffer.from(csvOf([HEADER, ...corrected])));
    expect(checked).toMatchObject({ rowsValid: 5, rowsUpdate: 3, rowsSkip: 2 });
    const matches = (await officer.get(`/api/imports/${checked.id}/matches`)).json();
    expect(matches.total).toBe(5);
    expect(matches.items[0]).toMatchObject({
      rowNumber: 2,
      proposed: 'update',
      evidence: 'contact',
      changes: [{ field: 'phones', kind: 'add', to: '+84912345678' }],
    });
    const committed = await commitAndWait(t, officer, checked.id);
    expect(committed).toMatchObject({ status: 'committed', rowsCommitted: 0, rowsUpdated: 3 });

    const [khiem] = await personNamed('Đinh Văn Khiêm');
    expect(khiem).toBeDefined();
    expect((await personNamed('Đinh Thị Hoà Bình')).length).toBe(1);
    const full = (await officer.get(`/api/persons/${khiem.id}`)).json();
    expect(full.phones).toEqual(['+4915123456701', '+84912345678']);
    const history = (await officer.get(`/api/persons/${khiem.id}/history`)).json();
    expect(history.items ?? history).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'update' })]));
    const tuong = (await officer.get(`/api/persons/${(await personNamed('Lạc Văn Tường'))[0].id}`)).json();
    expect(tuong.residenceCity).toBe('Marseille');
  });

  it('lets the officer overwrite a differing field, skip a row that would update, create one anew', async () => {
    const own = [
      ['1', 'Ông Văn Hiệp', '1960', 'Pháp', 'Lyon', '06 12 34 56 80', '', 'Cần Thơ'],
      ['2', 'Ông Thị Hạnh', '1962', 'Pháp', 'Nice', '06 12 34 56 81', '', 'Cần Thơ'],
      ['3', 'Ông Văn Hậu', '1964', 'Pháp', 'Lille', '06 12 34 56 82', '', 'Cần Thơ'],
    ];
    const first = await uploadAndCheck(officer, 'ong-1.csv', Buffer.from(csvOf([HEADER, ...own])));
    await commitAndWait(t, officer, first.id);
    const changed = own.map((row) => [...row]);
    changed[0]![4] = 'Paris'; // Lyon before: a conflict, kept unless chosen
    changed[1]![6] = 'hanh@example.com'; // would be added, but the officer skips the row
    const checked = await uploadAndCheck(officer, 'ong-2.csv', Buffer.from(csvOf([HEADER, ...changed])));
    expect(checked).toMatchObject({ rowsUpdate: 1, rowsSkip: 2 });
    const matches = (await officer.get(`/api/imports/${checked.id}/matches`)).json();
    expect(matches.items[0]).toMatchObject({
      rowNumber: 2,
      proposed: 'skip',
      changes: [{ field: 'residenceCity', kind: 'conflict', from: 'Lyon', to: 'Paris' }],
    });
    const chosen = await officer.put(`/api/imports/${checked.id}/actions`, {
      rows: [
        { rowNumber: 2, action: 'update', overwrite: ['residenceCity'] },
        { rowNumber: 3, action: 'skip' },
        { rowNumber: 4, action: 'create' },
      ],
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ rowsUpdate: 1, rowsSkip: 1 });
    const committed = await commitAndWait(t, officer, checked.id);
    expect(committed).toMatchObject({ rowsCommitted: 1, rowsUpdated: 1 });
    const hiep = (await personNamed('Ông Văn Hiệp'))[0];
    expect((await officer.get(`/api/persons/${hiep.id}`)).json().residenceCity).toBe('Paris');
    const hanh = (await personNamed('Ông Thị Hạnh'))[0];
    expect((await officer.get(`/api/persons/${hanh.id}`)).json().emails).toEqual([]);
    expect((await personNamed('Ông Văn Hậu')).length).toBe(2);
  });

  it('keeps siblings who share the family phone apart, and refuses an action for a row not matched', async () => {
    const sibling = [['6', 'Đinh Văn Khiết', '1972', 'Đức', 'Berlin', '0151 23456701', '', 'Cần Thơ']];
    const checked = await uploadAndCheck(officer, 'hoi-lan-4.csv', Buffer.from(csvOf([HEADER, ...sibling])));
    expect(checked).toMatchObject({ rowsValid: 1, rowsUpdate: 0, rowsSkip: 0 });
    const refused = await officer.put(`/api/imports/${checked.id}/actions`, {
      rows: [{ rowNumber: 2, action: 'update' }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({ path: 'rows.0.rowNumber', code: 'rowNotMatched' });
  });
});

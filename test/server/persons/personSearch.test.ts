import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { syntheticPersons } from '../../../src/server/demo/syntheticPersons';
import { bulkInsertPersons } from '../../../src/server/persons/writes/bulkPersonWrites';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

describe('person search', () => {
  let t: TestApp;
  let officer: Client;
  const names = async (query: string) =>
    (await officer.get(`/api/persons?${query}`)).json().items.map((p: { fullName: string }) => p.fullName) as string[];

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ministry);
    officer = await t.login(USERS.ministry[0]);
    const people = [
      {
        fullName: 'Nguyễn Văn An',
        residenceCountry: 'US',
        hometownText: 'Cần Thơ',
        sex: 'male',
        birthDate: { year: 1980 },
        phones: ['0912 345 678'],
      },
      {
        fullName: 'Nguyễn Văn Anh',
        residenceCountry: 'DE',
        hometownText: 'Sóc Trăng',
        sex: 'male',
        birthDate: { year: 1990 },
      },
      {
        fullName: 'Nguyễn Văn An Khang',
        residenceCountry: 'JP',
        hometownText: 'Hải Dương',
        sex: 'male',
        birthDate: { year: 2000 },
      },
      {
        fullName: 'Nguyễn Văn Bình',
        residenceCountry: 'FR',
        hometownText: 'Hà Nội',
        sex: 'male',
        birthDate: { year: 1970 },
      },
      {
        fullName: 'Trần Thị Bích',
        aliases: [{ name: 'Betty Tran', kind: 'english' }],
        residenceCountry: 'TW',
        hometownText: 'Hậu Giang',
        sex: 'female',
        categories: ['worker'],
        expertise: ['Cơ khí'],
        identityDocuments: [{ type: 'passport', number: 'C7654321', issuingCountry: 'VN' }],
        sourceProvinceCode: '31',
      },
    ];
    for (const person of people) expect((await officer.post('/api/persons', person)).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it.each(['nguyen van an', 'NGUYỄN VĂN AN', 'An Van Nguyen', 'Nguyen, An'])(
    'finds Nguyễn Văn An when searched as %s',
    async (q) => {
      expect(await names(`q=${encodeURIComponent(q)}`)).toContain('Nguyễn Văn An');
    },
  );

  it('ranks the exact name first, longer names next, near spellings last', async () => {
    expect(await names('q=nguyen%20van%20an')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An Khang', 'Nguyễn Văn Anh']);
  });

  it('does not let a typo-variant of one word stand in for another searched word', async () => {
    // "van" is one letter from "an": still, "Nguyễn Văn Bình" has no word for "an".
    expect(await names('q=nguyen%20van%20an')).not.toContain('Nguyễn Văn Bình');
  });

  it('tolerates a one-letter typo', async () => {
    expect(await names('q=nguyen%20van%20hung')).toEqual([]);
    expect(await names('q=nguyen%20van%20bich')).toEqual(['Nguyễn Văn Bình']);
    expect(await names(`q=${encodeURIComponent('Tran Thi Bich')}`)).toEqual(['Trần Thị Bích']);
    expect(await names(`q=${encodeURIComponent('Tran Thi Bichh')}`)).toEqual(['Trần Thị Bích']);
    expect(await names(`q=${encodeURIComponent('Tren Thi Bich')}`)).toEqual(['Trần Thị Bích']);
  });

  it('finds a person by an alias', async () => {
    expect(await names('q=betty')).toEqual(['Trần Thị Bích']);
  });

  it('filters by country given by Vietnamese name, and by a legacy or a 2025 province', async () => {
    expect(await names(`country=${encodeURIComponent('Hoa Kỳ')}`)).toEqual(['Nguyễn Văn An']);
    expect(await names(`country=${encodeURIComponent('Đài Loan (Trung Quốc)')}`)).toEqual(['Trần Thị Bích']);
    expect(await names(`province=${encodeURIComponent('Sóc Trăng')}`)).toEqual(['Nguyễn Văn Anh']);
    expect((await names(`province=${encodeURIComponent('can tho')}`)).sort()).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Văn Anh',
      'Trần Thị Bích',
    ]);
  });

  it('filters by category, sex, birth-year range, expertise and source', async () => {
    expect(await names('category=worker')).toEqual(['Trần Thị Bích']);
    expect(await names('sex=female')).toEqual(['Trần Thị Bích']);
    expect(await names('birthYearFrom=1985&birthYearTo=1995')).toEqual(['Nguyễn Văn Anh']);
    expect(await names(`expertise=${encodeURIComponent('co khi')}`)).toEqual(['Trần Thị Bích']);
    expect(await names(`sourceProvince=${encodeURIComponent('Hải Phòng')}`)).toEqual(['Trần Thị Bích']);
  });

  it('finds by phone in another format and by passport number, exactly', async () => {
    expect(await names(`phone=${encodeURIComponent('+84 912.345.678')}`)).toEqual(['Nguyễn Văn An']);
    expect(await names('document=c7654321')).toEqual(['Trần Thị Bích']);
    expect(await names('document=C765432')).toEqual([]);
  });

  it('says which filter it cannot understand', async () => {
    const response = await officer.get('/api/persons?country=Atlantis');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'country', code: 'unknownCountry', message: 'Không có quốc gia này' },
    ]);
  });

  it('pages with a cursor through every record once, with the total', async () => {
    const seen: string[] = [];
    let url = '/api/persons?limit=1&sort=updated';
    const first = (await officer.get(url)).json();
    expect(first).toMatchObject({ total: 5, totalIsEstimate: false });
    // All on one page: the total is that page's length.
    const whole = (await officer.get('/api/persons?limit=50')).json();
    expect(whole).toMatchObject({ total: 5, totalIsEstimate: false, nextCursor: null });
    expect(whole.items).toHaveLength(5);
    let page = first;
    for (;;) {
      seen.push(...page.items.map((p: { id: string }) => p.id));
      if (!page.nextCursor) break;
      url = `/api/persons?limit=1&sort=updated&cursor=${page.nextCursor}`;
      page = (await officer.get(url)).json();
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });
});

describe('person totals beyond the exact bound', () => {
  it('counts exactly up to 1,000, estimates above it and says so', async () => {
    const t = await startTestApp();
    try {
      await t.createUser(...USERS.ministry);
      const admin = await t.login('bo.admin');
      const next = syntheticPersons(1);
      await bulkInsertPersons(t.db, t.app.identityCrypto, Array.from({ length: 1_200 }, next), null);
      // Without statistics the planner guesses low: counting stops past the bound, and the total
      // shown is that lower bound, as an estimate — never a count of every row.
      const unanalysed = (await admin.get('/api/persons?limit=10')).json();
      expect(unanalysed.items).toHaveLength(10);
      expect(unanalysed).toMatchObject({ total: 1_001, totalIsEstimate: true });
      // With statistics, a set expected above 1,000 is estimated, not counted.
      await sql`analyze person`.execute(t.db);
      const page = (await admin.get('/api/persons?limit=10')).json();
      expect(page.totalIsEstimate).toBe(true);
      expect(page.total).toBeGreaterThan(1_000);
      const narrow = (await admin.get('/api/persons?category=adopted')).json();
      expect(narrow.totalIsEstimate).toBe(false);
      expect(narrow.total).toBe(narrow.items.length);
    } finally {
      await t.close();
    }
  });
});

describe('paging a name search across exact and near matches', () => {
  it('shows every match once, exact ones first, near spellings after', async () => {
    const t = await startTestApp();
    try {
      await t.createUser(...USERS.ministry);
      const admin = await t.login('bo.admin');
      for (const fullName of [
        'Nguyễn Văn An',
        'Nguyễn Văn An Khang',
        'Nguyễn Văn Anh',
        'Nguyễn Văn Lan',
        'Nguyễn Văn Bình',
      ]) {
        await admin.post('/api/persons', { fullName });
      }
      for (const limit of [1, 2, 3, 50]) {
        const seen: string[] = [];
        let page = (await admin.get(`/api/persons?q=nguyen%20van%20an&limit=${limit}`)).json();
        // Near spellings are looked for, and counted, once a page reaches them.
        expect(page.total).toBe(limit === 1 ? 2 : 4);
        for (;;) {
          seen.push(...page.items.map((p: { fullName: string }) => p.fullName));
          if (!page.nextCursor) break;
          page = (await admin.get(`/api/persons?q=nguyen%20van%20an&limit=${limit}&cursor=${page.nextCursor}`)).json();
        }
        expect(seen, `limit ${limit}`).toEqual([
          'Nguyễn Văn An',
          'Nguyễn Văn An Khang',
          'Nguyễn Văn Anh',
          'Nguyễn Văn Lan',
        ]);
      }
    } finally {
      await t.close();
    }
  });
});

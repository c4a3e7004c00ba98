import { describe, expect, expectTypeOf, it } from 'vitest';
import { AFFAIRS_REGISTERS } from '../../../src/domain/registers/affairsRegisters';
import type { RegisterRoutes } from '../../../src/domain/registers/registerRoutes';
import type { ApiRoutes } from '../../../src/web/api/apiRoutes';

// The registers' keys as the generated route table names them.
const KEYS = [
  'agreements',
  'delegations',
  'ngo-projects',
  'businesses',
  'investment-projects',
  'investment-issues',
  'catalogue',
  'events',
  'donations',
  'commendations',
  'scholarships',
  'neighbour-projects',
  'training-courses',
  'labour-cooperation',
  'trade-partners',
  'media-visits',
  'religious-visits',
  'merit-abroad',
] as const;
type Key = (typeof KEYS)[number];
type Noted = 'agreements' | 'delegations' | 'ngo-projects' | 'businesses' | 'events';

type Generic = RegisterRoutes;
type Response<R extends keyof ApiRoutes> = ApiRoutes[R]['response'];

describe('the routes every register has', () => {
  it('are those of each register in the server', () => {
    expect([...KEYS].sort()).toEqual(AFFAIRS_REGISTERS.map((spec) => spec.key).sort());
    const noted = AFFAIRS_REGISTERS.filter((spec) => spec.hasNotes).map((spec) => spec.key);
    expect(noted.sort()).toEqual(['agreements', 'businesses', 'delegations', 'events', 'ngo-projects']);
  });

  it('type what each register answers as the generic pages read it', () => {
    expectTypeOf<Response<`GET /api/${Key}`>>().toExtend<Generic['GET /api/{register}']['response']>();
    expectTypeOf<Response<`GET /api/${Key}/{id}`>>().toExtend<Generic['GET /api/{register}/{id}']['response']>();
    expectTypeOf<Response<`POST /api/${Key}`>>().toExtend<Generic['POST /api/{register}']['response']>();
    expectTypeOf<Response<`PUT /api/${Key}/{id}`>>().toExtend<Generic['PUT /api/{register}/{id}']['response']>();
    expectTypeOf<Response<`GET /api/${Noted}/{id}/notes`>>().toExtend<
      Generic['GET /api/{register}/{id}/notes']['response']
    >();
    expectTypeOf<Response<`POST /api/${Noted}/{id}/notes`>>().toExtend<
      Generic['POST /api/{register}/{id}/notes']['response']
    >();
    expectTypeOf<Generic['POST /api/{register}/{id}/notes']['body']>().toExtend<
      ApiRoutes[`POST /api/${Noted}/{id}/notes`]['body']
    >();
  });
});

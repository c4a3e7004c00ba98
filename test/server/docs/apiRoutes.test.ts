import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiRoutesSource } from '../../../src/server/docs/apiRoutesSource';
import { jsonSchemaType } from '../../../src/server/docs/jsonSchemaType';
import { openApiDocument } from '../../../src/server/docs/openApiDocument';

describe('src/web/api/apiRoutes.ts', () => {
  it('is what npm run api:types generates from the OpenAPI document (run it when this fails)', async () => {
    const committed = await readFile(new URL('../../../src/web/api/apiRoutes.ts', import.meta.url), 'utf8');
    expect(committed).toBe(apiRoutesSource(await openApiDocument()));
  });
});

describe('the TypeScript type of a JSON schema', () => {
  it('writes objects, optional and nullable properties, enums, arrays of unions and records', () => {
    const type = jsonSchemaType({
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['open', "it's"] },
        note: { type: 'string', nullable: true },
        tags: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer' }] } },
        figures: { type: 'object', additionalProperties: { type: 'number' } },
        'x-y': { type: 'boolean' },
      },
      required: ['status', 'tags'],
      additionalProperties: false,
    });
    expect(type).toBe(
      [
        '{',
        "  status: 'open' | 'it\\'s';",
        '  note?: string | null;',
        '  tags: (string | number)[];',
        '  figures?: {',
        '    [key: string]: number;',
        '  };',
        "  'x-y'?: boolean;",
        '}',
      ].join('\n'),
    );
  });

  it('says unknown for what it cannot tell, and an empty closed object has no keys', () => {
    expect(jsonSchemaType({})).toBe('unknown');
    expect(jsonSchemaType({ type: 'object' })).toBe('Record<string, unknown>');
    expect(jsonSchemaType({ type: 'object', additionalProperties: false })).toBe('Record<string, never>');
  });
});

describe('a route of the generated table', () => {
  const document = {
    paths: {
      '/api/cases/{id}/tasks/{taskId}': {
        patch: {
          parameters: [
            { in: 'path', name: 'id', required: true, schema: { type: 'string' as const } },
            { in: 'path', name: 'taskId', required: true, schema: { type: 'integer' as const } },
          ],
          requestBody: { content: { 'application/json': { schema: { type: 'object' as const } } } },
          responses: { '200': { content: { 'application/json': { schema: { type: 'boolean' as const } } } } },
        },
        delete: { responses: { '204': {} } },
      },
    },
  };

  it('is keyed by method and path, with its parameters, query, body and success response', () => {
    const source = apiRoutesSource(document);
    expect(source).toContain(
      "  'PATCH /api/cases/{id}/tasks/{taskId}': {\n    params: {\n      id: string;\n      taskId: number;\n    };\n    query: undefined;\n    body: Record<string, unknown>;\n    response: boolean;\n  };",
    );
    expect(source).toContain(
      "  'DELETE /api/cases/{id}/tasks/{taskId}': {\n    params: undefined;\n    query: undefined;\n    body: undefined;\n    response: void;\n  };",
    );
  });
});

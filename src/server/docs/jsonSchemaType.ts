/** The part of JSON Schema (OpenAPI 3.0) that zod's conversion writes for this API's schemas. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
  nullable?: boolean;
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  allOf?: readonly JsonSchema[];
}

/** The TypeScript type of the JSON a schema describes; objects one property per line, from `indent`. */
export function jsonSchemaType(schema: JsonSchema, indent = ''): string {
  const type = baseType(schema, indent);
  return schema.nullable && type !== 'unknown' && type !== 'null' ? `${type} | null` : type;
}

function baseType(schema: JsonSchema, indent: string): string {
  if (schema.enum) return schema.enum.map(literal).join(' | ');
  if (schema.anyOf ?? schema.oneOf)
    return union((schema.anyOf ?? schema.oneOf ?? []).map((part) => jsonSchemaType(part, indent)));
  if (schema.allOf) return schema.allOf.map((part) => `(${jsonSchemaType(part, indent)})`).join(' & ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `${parenthesised(schema.items ? jsonSchemaType(schema.items, indent) : 'unknown')}[]`;
    case 'object':
      return objectType(schema, indent);
    default:
      return 'unknown';
  }
}

function objectType(schema: JsonSchema, indent: string): string {
  const inner = indent + '  ';
  const required = new Set(schema.required ?? []);
  const properties = Object.entries(schema.properties ?? {}).map(
    ([name, property]) => `${propertyName(name)}${required.has(name) ? '' : '?'}: ${jsonSchemaType(property, inner)}`,
  );
  const extra = schema.additionalProperties;
  if (typeof extra === 'object') properties.push(`[key: string]: ${jsonSchemaType(extra, inner)}`);
  else if (extra !== false && properties.length === 0) return 'Record<string, unknown>';
  if (!properties.length) return 'Record<string, never>';
  return `{\n${properties.map((p) => `${inner}${p};\n`).join('')}${indent}}`;
}

function union(types: string[]): string {
  return [...new Set(types)].join(' | ');
}

/** `(a | b)` where the type is a union or intersection outside any braces, so that `[]` applies to all of it. */
function parenthesised(type: string): string {
  let depth = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === "'") i = closingQuote(type, i);
    else if (c === '{' || c === '(' || c === '[' || c === '<') depth++;
    else if (c === '}' || c === ')' || c === ']' || c === '>') depth--;
    else if (depth === 0 && (c === '|' || c === '&')) return `(${type})`;
  }
  return type;
}

function closingQuote(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length && text[i] !== "'") i += text[i] === '\\' ? 2 : 1;
  return i;
}

function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name);
}

/** A value as a TypeScript literal type, strings in single quotes as the code base writes them. */
function literal(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

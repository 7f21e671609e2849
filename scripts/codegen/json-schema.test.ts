import { describe, expect, it } from 'vitest';
import { toJsonSchemaDocument } from './json-schema.ts';

describe('toJsonSchemaDocument', () => {
  const bundled = {
    openapi: '3.1.0',
    info: { title: 'Summert skattegrunnlag', version: '2.0.0' },
    components: {
      schemas: {
        Svar: {
          type: 'object',
          properties: {
            grunnlag: { type: 'array', items: { $ref: '#/components/schemas/Grunnlag' } },
            spesifisering: {
              oneOf: [{ $ref: '#/components/schemas/Konto' }],
              discriminator: {
                propertyName: 'type',
                mapping: { Konto: '#/components/schemas/Konto' },
              },
            },
          },
        },
        Grunnlag: { type: 'object' },
        Konto: { type: 'object', properties: { type: { const: 'Konto' } } },
      },
    },
  };
  const document = toJsonSchemaDocument(bundled, {
    name: 'v2',
    input: 'contracts/skatteetaten/x/openapi.yaml',
  });

  it('makes components.schemas the $defs of a 2020-12 document with a stable $id', () => {
    expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(document.$id).toBe(
      'https://skattedeling.github.io/contracts/skatteetaten/x/openapi.schema.json',
    );
    expect(Object.keys(document.$defs as object)).toEqual(['Grunnlag', 'Konto', 'Svar']);
  });

  it('rewrites component refs, discriminator mappings included', () => {
    type Node = {
      properties: Record<
        string,
        {
          items: { $ref: string };
          oneOf: { $ref: string }[];
          discriminator: { mapping: Record<string, string> };
        }
      >;
    };
    const svar = (document.$defs as Record<string, Node>).Svar as Node;
    expect(svar.properties.grunnlag?.items.$ref).toBe('#/$defs/Grunnlag');
    expect(svar.properties.spesifisering?.oneOf[0]?.$ref).toBe('#/$defs/Konto');
    expect(svar.properties.spesifisering?.discriminator.mapping.Konto).toBe('#/$defs/Konto');
  });
});

// Turns a bundled OpenAPI 3.1 document into a standalone JSON Schema 2020-12 document whose
// $defs are the contract's components.schemas, so one validator can check any body by name.
import type { OpenApiInput } from './config.ts';

const componentRef = '#/components/schemas/';

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(componentRef)) {
      out[key] = `#/$defs/${value.slice(componentRef.length)}`;
    } else if (key === 'mapping' && value !== null && typeof value === 'object') {
      // discriminator.mapping values are refs too.
      out[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          typeof v === 'string' && v.startsWith(componentRef)
            ? `#/$defs/${v.slice(componentRef.length)}`
            : v,
        ]),
      );
    } else {
      out[key] = rewriteRefs(value);
    }
  }
  return out;
}

export function toJsonSchemaDocument(
  bundled: Record<string, unknown>,
  api: OpenApiInput,
): Record<string, unknown> {
  const components = (bundled.components ?? {}) as Record<string, unknown>;
  const schemas = (components.schemas ?? {}) as Record<string, unknown>;
  const info = (bundled.info ?? {}) as Record<string, unknown>;
  const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://skattedeling.github.io/contracts/${api.input.replace(/^contracts\//, '').replace(/\.ya?ml$/, '')}.schema.json`,
    title: `${String(info.title ?? api.name)} ${String(info.version ?? '')}`.trim(),
    description: `The schemas of ${api.input}, as JSON Schema 2020-12.`,
    $defs: rewriteRefs(sorted),
  };
}

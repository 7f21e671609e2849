// Serialises a JSON body to XML following the OpenAPI `xml` objects of its contract, so the
// XML form of a response is derived from the same schema as the JSON form.
import type { SchemaDocument } from './validator.js';

interface XmlObject {
  name?: string;
  namespace?: string;
  prefix?: string;
  attribute?: boolean;
  wrapped?: boolean;
}
interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  xml?: XmlObject;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

/** Characters XML 1.0 cannot carry at all, even escaped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: naming the control characters XML allows is the point.
const invalidXmlChars = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: unknown): string {
  return escapeXml(String(value).replace(invalidXmlChars, '\uFFFD'));
}

function isElementName(name: string): boolean {
  return /^[A-Za-z_][\w.-]*$/.test(name);
}

export class XmlSerializer {
  constructor(private readonly document: SchemaDocument) {}

  private resolve(schema: Schema | undefined): Schema {
    let current = schema ?? {};
    for (let i = 0; current.$ref !== undefined && i < 32; i++) {
      const name = current.$ref.replace(/^#\/\$defs\//, '');
      current = (this.document.$defs[name] as Schema | undefined) ?? {};
    }
    return current;
  }

  /** A property's schema, looked up through allOf/oneOf/anyOf branches. */
  private propertySchema(schema: Schema, property: string, depth = 0): Schema | undefined {
    const s = this.resolve(schema);
    const direct = s.properties?.[property];
    if (direct !== undefined || depth > 8) return direct;
    for (const branch of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) {
      const found = this.propertySchema(branch, property, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Property names in schema order: allOf bases first, then the schema's own properties. */
  private propertyOrder(schema: Schema, depth = 0): string[] {
    const s = this.resolve(schema);
    const names =
      depth > 8 ? [] : (s.allOf ?? []).flatMap((branch) => this.propertyOrder(branch, depth + 1));
    return [...new Set([...names, ...Object.keys(s.properties ?? {})])];
  }

  private xmlOf(schema: Schema | undefined): XmlObject {
    if (schema === undefined) return {};
    const own = schema.xml ?? {};
    const resolved = this.resolve(schema);
    return { ...(resolved.xml ?? {}), ...own };
  }

  private element(
    name: string,
    schema: Schema | undefined,
    value: unknown,
    namespace?: string,
  ): string {
    if (value === undefined || value === null) return '';
    const ns = namespace === undefined ? '' : ` xmlns="${escapeXml(namespace)}"`;
    if (typeof value !== 'object') return `<${name}${ns}>${text(value)}</${name}>`;
    if (Array.isArray(value)) {
      // A bare array as an element: each item becomes a child named after the item schema.
      const itemSchema = this.resolve(schema).items;
      const itemName = this.xmlOf(itemSchema).name ?? name;
      return `<${name}${ns}>${value.map((v) => this.element(itemName, itemSchema, v)).join('')}</${name}>`;
    }
    const resolved = this.resolve(schema);
    let attributes = '';
    let children = '';
    const known = this.propertyOrder(resolved);
    const keys = [
      ...known.filter((k) => k in value),
      ...Object.keys(value).filter((k) => !known.includes(k)),
    ];
    for (const key of keys) {
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined || child === null) continue;
      const childSchema = this.propertySchema(resolved, key);
      const xml = this.xmlOf(childSchema);
      const childName = xml.name ?? key;
      if (!isElementName(childName)) continue;
      if (xml.attribute === true && typeof child !== 'object') {
        attributes += ` ${childName}="${text(child)}"`;
      } else if (Array.isArray(child)) {
        const itemSchema = this.resolve(childSchema).items;
        const itemName = this.xmlOf(itemSchema).name ?? childName;
        const items = child.map((item) => this.element(itemName, itemSchema, item)).join('');
        children += xml.wrapped === true ? `<${childName}>${items}</${childName}>` : items;
      } else {
        children += this.element(childName, childSchema, child);
      }
    }
    return `<${name}${ns}${attributes}>${children}</${name}>`;
  }

  /** The XML document for `value`, whose schema is `$defs[def]`. */
  serialize(def: string, value: unknown): string {
    const schema = this.document.$defs[def] as Schema | undefined;
    if (schema === undefined) throw new Error(`${this.document.$id} has no schema named "${def}"`);
    const xml = this.xmlOf(schema);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${this.element(xml.name ?? def, schema, value, xml.namespace)}`;
  }
}

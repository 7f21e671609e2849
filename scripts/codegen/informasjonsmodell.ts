// Builds the information-model JSON Schema of one income year from the contract data: the year's
// table (tekniskNavn, kategori, visningstekst), its specification types and the field list of each
// type. The result is written to contracts/ and committed like any contract; the `generated` CI
// step regenerates it and fails when the committed file differs. Pure: data in, document out.

export interface Rad {
  readonly tekniskNavn: string;
  readonly kategori: string | null;
  readonly visningstekst: string;
}

/** A type of the year's "Spesifiseringstyper" column (2021's data names the key `kanKnyttesTil2021`). */
export interface Typerad {
  readonly type: string;
  readonly kanKnyttesTil?: readonly string[];
  readonly kanKnyttesTil2021?: readonly string[];
  readonly felter?: readonly { readonly navn: string; readonly datatype: string }[];
}

export interface Feltdefinisjoner {
  readonly felter: Readonly<
    Record<string, { readonly type: string; readonly description: string }>
  >;
  readonly tilleggPerType: Readonly<Record<string, { readonly felter: readonly string[] }>>;
}

export interface ModellInput {
  readonly aar: number;
  readonly rader: readonly Rad[];
  /** undefined for a year that publishes no type names (2017). */
  readonly typer: readonly Typerad[] | undefined;
  /** The types with published fields (2021's data); field lists hold for every year a type exists. */
  readonly felterPerType: readonly Typerad[];
  readonly definisjoner: Feltdefinisjoner;
  /** Repository paths of the inputs, named in descriptions. */
  readonly kilder: { readonly rader: string; readonly typer?: string };
}

/** The categories in the order the documentation lists them. */
const KATEGORIER = [
  'inntekt',
  'inntektsfradrag',
  'formue',
  'formuesfradrag',
  'oppjusteringAvEierinntekter',
  'verdsettingsrabattSomGirGjeldsreduksjon',
];

const ID_BASE = 'https://skattedeling.github.io/contracts/skatteetaten/summert-skattegrunnlag';

export function kanKnyttesTil(type: Typerad): readonly string[] {
  return type.kanKnyttesTil ?? type.kanKnyttesTil2021 ?? [];
}

function kategorier(input: ModellInput): string[] {
  const used = new Set(input.rader.flatMap((r) => (r.kategori === null ? [] : [r.kategori])));
  const unknown = [...used].filter((k) => !KATEGORIER.includes(k));
  if (unknown.length > 0) throw new Error(`${input.kilder.rader}: unknown kategori ${unknown}`);
  return KATEGORIER.filter((k) => used.has(k));
}

function spesifiseringDef(input: ModellInput, type: Typerad): Record<string, unknown> {
  const { aar, definisjoner } = input;
  const published = input.felterPerType.find((t) => t.type === type.type)?.felter ?? [];
  const names = [
    ...published.map((f) => f.navn).filter((n) => n !== 'type'),
    ...(definisjoner.tilleggPerType[type.type]?.felter ?? []),
  ];
  const properties: Record<string, unknown> = {
    type: { const: type.type, description: 'Discriminator.' },
  };
  for (const name of names) {
    const definition = definisjoner.felter[name];
    if (definition === undefined)
      throw new Error(`field ${name} of ${type.type} has no definition`);
    const datatype = published.find((f) => f.navn === name)?.datatype;
    if (datatype !== undefined && datatype !== definition.type)
      throw new Error(`field ${name} of ${type.type}: ${datatype} in the data, ${definition.type}`);
    properties[name] = { type: definition.type, description: definition.description };
  }
  const count = kanKnyttesTil(type).length;
  return {
    title: `${type.type}Spesifisering${aar}`,
    description: `Specification type \`${type.type}\`; in ${aar} it can be attached to ${count} technical name${count === 1 ? '' : 's'} (${input.kilder.typer}). ${
      names.length === 0
        ? 'No field list is published; only `type` is known'
        : 'The fields below are only those seen in public example bodies, not a complete list'
    }, so other fields are allowed (\`additionalProperties: true\`) and typed as \`unknown\`.`,
    type: 'object',
    required: ['type'],
    properties,
    additionalProperties: true,
  };
}

function spesifiseringDefs(input: ModellInput): Record<string, unknown> {
  const { aar, typer } = input;
  if (typer === undefined) {
    return {
      [`Spesifiseringstype${aar}`]: {
        title: `Spesifiseringstype${aar}`,
        description: `The ${aar} documentation marks which items have specifications but names no types, so \`type\` is open for ${aar}.`,
        type: 'string',
      },
      [`Spesifisering${aar}`]: {
        title: `Spesifisering${aar}`,
        description: `A specification of ${aar}: an object with a \`type\` (not published for this year, so any string); other fields are allowed.`,
        type: 'object',
        required: ['type'],
        properties: { type: { $ref: `#/$defs/Spesifiseringstype${aar}` } },
        additionalProperties: true,
      },
    };
  }
  const sorted = typer; // in the data's order (2021 keeps the table's order, later years are sorted)
  const defs: Record<string, unknown> = {
    [`Spesifiseringstype${aar}`]: {
      title: `Spesifiseringstype${aar}`,
      description: `The ${sorted.length} specification types of ${aar} (${input.kilder.typer}). Complete for ${aar}, so an unknown type is rejected.`,
      type: 'string',
      enum: sorted.map((t) => t.type),
    },
    [`Spesifisering${aar}`]: {
      title: `Spesifisering${aar}`,
      description: `A specification of ${aar}: exactly one of the ${sorted.length} types, told apart by \`type\`. An unknown \`type\` is rejected because the ${aar} list is complete; unknown fields inside a known type are allowed because the published field lists are not exhaustive.`,
      oneOf: sorted.map((t) => ({ $ref: `#/$defs/${t.type}Spesifisering${aar}` })),
      discriminator: { propertyName: 'type' },
      $comment:
        '`discriminator` is the OpenAPI annotation; Ajv with its `discriminator` option checks only the branch named by `type` (precise error paths).',
    },
  };
  for (const type of sorted)
    defs[`${type.type}Spesifisering${aar}`] = spesifiseringDef(input, type);
  return defs;
}

function bodyDef(aar: number, count: number): Record<string, unknown> {
  const grunnlag = (description: string) => ({
    type: 'array',
    items: { $ref: `#/$defs/Grunnlag${aar}` },
    description,
  });
  return {
    title: `SummertSkattegrunnlag${aar}`,
    description: `A person's summed tax basis for income year ${aar}, as the V2 API sends it, checked against the ${aar} information model: every \`tekniskNavn\` must be one of the ${count} names of ${aar} and every \`spesifisering\` a type of ${aar}. Unknown top-level fields are allowed (the API adds fields without a new version). For a shielded person without access only \`personidentifikator\`, \`inntektsaar\` and \`skjermet\` are present.`,
    type: 'object',
    required: ['personidentifikator', 'inntektsaar', 'skjermet'],
    properties: {
      personidentifikator: {
        type: 'string',
        pattern: '^[0-9]{11}$',
        description: "The person's fødselsnummer or D-nummer, 11 digits.",
      },
      inntektsaar: {
        type: 'string',
        const: String(aar),
        description: `Income year; always \`"${aar}"\` for this model (a string, as the API sends it).`,
      },
      grunnlag: grunnlag('The amounts of the tax basis (mainland).'),
      svalbardGrunnlag: grunnlag('Amounts taxed on Svalbard, same item shape.'),
      skjermet: {
        type: 'boolean',
        description: 'True when content was removed because the person has a protected address.',
      },
      skatteoppgjoersdato: {
        type: 'string',
        format: 'date',
        description: 'Date of the tax assessment (`YYYY-MM-DD`).',
      },
      stadie: {
        type: 'string',
        enum: ['oppgjoer', 'utkast', 'fastsatt'],
        description: 'Stage of the tax assessment.',
      },
      ajourholdstidspunkt: {
        type: 'string',
        pattern:
          '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$',
        description:
          'When the data was last updated: ISO 8601 date-time, with or without a zone designator (the docs show both forms).',
      },
      skjoennsfastsatt: {
        type: 'boolean',
        description:
          'Whether the assessment was set by discretion (optional; see the V2 contract).',
      },
      svalbardSkjoennsfastsatt: {
        type: 'boolean',
        description: 'Like `skjoennsfastsatt`, for the Svalbard assessment.',
      },
    },
    additionalProperties: true,
  };
}

function grunnlagDef(aar: number): Record<string, unknown> {
  return {
    title: `Grunnlag${aar}`,
    description: `One amount of the ${aar} tax basis. \`tekniskNavn\` is closed to the ${aar} list; unknown fields are allowed.`,
    type: 'object',
    required: ['tekniskNavn', 'beloep', 'kategori'],
    properties: {
      tekniskNavn: { $ref: `#/$defs/TekniskNavn${aar}` },
      beloep: { type: 'integer', description: 'Amount in whole Norwegian kroner.' },
      kategori: {
        description:
          'The item\'s category as the API sends it: one of the categories, or the literal `"-"` for totals and every other item whose cell in the table is `-` or empty (the information-model data has `null` for both).',
        anyOf: [{ $ref: `#/$defs/Kategori${aar}` }, { const: '-' }],
      },
      spesifisering: {
        type: 'array',
        items: { $ref: `#/$defs/Spesifisering${aar}` },
        description: 'Specifications behind the amount, when the rights package may see them.',
      },
      andelSkattefritt: {
        type: 'integer',
        description: 'Tax-exempt share of the amount (rights packages with a legal basis only).',
      },
      andelOverfoertFraBarn: {
        type: 'integer',
        description: 'Share transferred from children (rights packages with a legal basis only).',
      },
    },
    additionalProperties: true,
  };
}

function typeradDef(aar: number): Record<string, unknown> {
  return {
    title: `SpesifiseringstypeRad${aar}`,
    description: `One specification type of ${aar} and the technical names it can be attached to.`,
    type: 'object',
    required: ['type', 'kanKnyttesTil'],
    properties: {
      type: { $ref: `#/$defs/Spesifiseringstype${aar}` },
      kanKnyttesTil: { type: 'array', items: { $ref: `#/$defs/TekniskNavn${aar}` } },
    },
  };
}

/** The information-model schema of `input.aar` as a JSON Schema 2020-12 document. */
export function informasjonsmodellSchema(input: ModellInput): Record<string, unknown> {
  const { aar, rader } = input;
  const names = rader.map((r) => r.tekniskNavn);
  if (new Set(names).size !== names.length)
    throw new Error(`${input.kilder.rader}: duplicate names`);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${ID_BASE}/informasjonsmodell-${aar}.schema.json`,
    title: `Informasjonsmodell${aar}`,
    description: `The ${aar} information model of the Summert skattegrunnlag API (V2 body shape) as JSON Schema. The document itself validates a V2 body for income year ${aar}; \`$defs\` holds the parts. The ${aar} lists of technical names (${names.length}) and specification types are the complete published ${aar} tables, so this model rejects a name or type not on them; kategori and stadie are closed too. Unknown fields are allowed everywhere: Skatteetaten adds fields without a new version. Sources: ${input.kilder.rader}${input.kilder.typer ? ` and ${input.kilder.typer}` : ''} (see contracts/data/PROVENANCE.md).`,
    $comment: `Generated by scripts/codegen/informasjonsmodell.ts from contracts/data and contracts/skatteetaten/summert-skattegrunnlag/spesifisering-felter.json; do not edit, run \`pnpm generate\`. \`type\` and the empty \`properties\` at the root make json-schema-to-typescript emit every $def.`,
    type: 'object',
    properties: {},
    allOf: [{ $ref: `#/$defs/SummertSkattegrunnlag${aar}` }],
    $defs: {
      [`SummertSkattegrunnlag${aar}`]: bodyDef(aar, names.length),
      [`Grunnlag${aar}`]: grunnlagDef(aar),
      [`Kategori${aar}`]: {
        title: `Kategori${aar}`,
        description: `The categories the ${aar} table uses. Items without one have \`null\` in the information-model data and the literal \`"-"\` in API bodies.`,
        type: 'string',
        enum: kategorier(input),
      },
      [`TekniskNavn${aar}`]: {
        title: `TekniskNavn${aar}`,
        description: `Every technical name of the ${aar} information model (${names.length} names, from the published ${aar} table; spellings kept exactly, typos included). Complete for ${aar}, so an unknown name is rejected: for this year it means a typo or a name from another year.`,
        type: 'string',
        enum: names,
      },
      [`Informasjonsmodellrad${aar}`]: {
        title: `Informasjonsmodellrad${aar}`,
        description: `One row of the ${aar} information-model table (${input.kilder.rader}).`,
        type: 'object',
        required: ['tekniskNavn', 'kategori', 'visningstekst'],
        properties: {
          tekniskNavn: { $ref: `#/$defs/TekniskNavn${aar}` },
          kategori: {
            description:
              'The category, or `null` where the table has `-` or nothing (the API sends `"-"`).',
            anyOf: [{ $ref: `#/$defs/Kategori${aar}` }, { type: 'null' }],
          },
          visningstekst: {
            type: 'string',
            description: 'Norwegian display text as the table prints it (may be empty).',
          },
        },
        additionalProperties: false,
      },
      ...spesifiseringDefs(input),
      ...(input.typer?.every((t) => t.kanKnyttesTil !== undefined)
        ? { [`SpesifiseringstypeRad${aar}`]: typeradDef(aar) }
        : {}),
    },
  };
}

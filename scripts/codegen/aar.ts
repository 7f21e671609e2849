// The per-income-year part of codegen (codegen.json `informasjonsmodeller`): for each year, the
// information-model schema written to contracts/ (from contracts/data), the JSON Schema and data
// entries the rest of codegen turns into types and typed data, and the year module that binds them
// to the package's hand-written model factory (`src/modell.ts`).
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataInput, JsonSchemaInput } from './config.ts';
import {
  type Feltdefinisjoner,
  informasjonsmodellSchema,
  type Rad,
  type Typerad,
} from './informasjonsmodell.ts';

const DATA = 'contracts/data';
const CONTRACTS = 'contracts/skatteetaten/summert-skattegrunnlag';
/** The only year whose types carry field lists (and use the key `kanKnyttesTil2021`). */
const FELTER = `${DATA}/summertskattegrunnlag-2021-spesifisering.json`;

export interface AarPlan {
  readonly aar: number;
  /** Repository path of the schema to write, and its content. */
  readonly schemaPath: string;
  readonly schema: Record<string, unknown>;
  readonly jsonSchema: JsonSchemaInput;
  readonly data: DataInput[];
  /** Source of src/generated/aar/<year>.ts. */
  readonly module: string;
  /** Contract files the year was built from. */
  readonly sources: string[];
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function typesFile(repoRoot: string, aar: number): Promise<string | undefined> {
  for (const candidate of [
    `${DATA}/summertskattegrunnlag-${aar}-spesifiseringstyper.json`,
    `${DATA}/summertskattegrunnlag-${aar}-spesifisering.json`,
  ]) {
    if (await exists(join(repoRoot, candidate))) return candidate;
  }
  return undefined;
}

function yearModule(aar: number, hasTypes: boolean, banner: string): string {
  const typesImport = hasTypes
    ? `import { spesifiseringstyper${aar} } from '../data/spesifiseringstyper${aar}.js';\n`
    : '';
  const typesValue = hasTypes
    ? `spesifiseringstyper${aar}`
    : `[] as const satisfies readonly { type: Spesifiseringstype${aar}; kanKnyttesTil: readonly TekniskNavn${aar}[] }[]`;
  return `${banner}
import { lagInformasjonsmodell } from '../../modell.js';
${typesImport}import { tekniskNavn${aar} } from '../data/tekniskNavn${aar}.js';
import type {
  Informasjonsmodellrad${aar},
  Spesifiseringstype${aar},
  SummertSkattegrunnlag${aar},
  TekniskNavn${aar},
} from '../informasjonsmodell-${aar}.js';
import { schema } from '../informasjonsmodell-${aar}.schema.js';

export type * from '../informasjonsmodell-${aar}.js';
export { tekniskNavn${aar}${hasTypes ? `, spesifiseringstyper${aar}` : ''} };

/** The ${aar} information model: rows, specification types, lookups and the validator. */
export const informasjonsmodell${aar} = lagInformasjonsmodell<
  ${aar},
  TekniskNavn${aar},
  Spesifiseringstype${aar},
  Informasjonsmodellrad${aar},
  SummertSkattegrunnlag${aar}
>({ inntektsaar: ${aar}, rader: tekniskNavn${aar}, spesifiseringstyper: ${typesValue}, schema });

/** True for one of the technical names of ${aar} (exact spelling, case-sensitive). */
export const isTekniskNavn${aar} = informasjonsmodell${aar}.isTekniskNavn;
/** The ${aar} row (kategori, visningstekst) of a technical name, or undefined for a name not in ${aar}. */
export const finnTekniskNavn${aar} = informasjonsmodell${aar}.finnTekniskNavn;
/** True for one of the specification types of ${aar}. */
export const isSpesifiseringstype${aar} = informasjonsmodell${aar}.isSpesifiseringstype;
/** The specification types that can be attached to a technical name in ${aar}. */
export const spesifiseringstyperFor${aar} = informasjonsmodell${aar}.spesifiseringstyperFor;
/** Checks a V2 body for income year ${aar} against the ${aar} model (names, types, kategori, inntektsaar). */
export const validateSummertSkattegrunnlag${aar} = informasjonsmodell${aar}.validate;
/** The ${aar} model as a JSON Schema 2020-12 document (also in schemas/informasjonsmodell-${aar}.schema.json). */
export const informasjonsmodell${aar}Schema = informasjonsmodell${aar}.schema;
`;
}

/** Everything codegen makes for one income year. */
export async function planAar(repoRoot: string, aar: number, banner: string): Promise<AarPlan> {
  const read = async <T>(path: string): Promise<T> =>
    JSON.parse(await readFile(join(repoRoot, path), 'utf8')) as T;
  const rader = `${DATA}/summertskattegrunnlag-${aar}.json`;
  const typer = await typesFile(repoRoot, aar);
  const definisjoner = `${CONTRACTS}/spesifisering-felter.json`;
  const schemaPath = `${CONTRACTS}/informasjonsmodell-${aar}.schema.json`;
  const schema = informasjonsmodellSchema({
    aar,
    rader: await read<Rad[]>(rader),
    typer: typer === undefined ? undefined : await read<Typerad[]>(typer),
    felterPerType: await read<Typerad[]>(FELTER),
    definisjoner: await read<Feltdefinisjoner>(definisjoner),
    kilder: { rader, ...(typer === undefined ? {} : { typer }) },
  });
  const shapeOfTypes = typer?.endsWith('-spesifiseringstyper.json')
    ? { type: { name: `SpesifiseringstypeRad${aar}`, from: `../informasjonsmodell-${aar}.js` } }
    : {};
  return {
    aar,
    schemaPath,
    schema,
    jsonSchema: { name: `informasjonsmodell-${aar}`, input: schemaPath },
    data: [
      {
        name: `tekniskNavn${aar}`,
        input: rader,
        type: { name: `Informasjonsmodellrad${aar}`, from: `../informasjonsmodell-${aar}.js` },
      },
      ...(typer === undefined
        ? []
        : [{ name: `spesifiseringstyper${aar}`, input: typer, ...shapeOfTypes }]),
    ],
    module: yearModule(aar, typer !== undefined, banner),
    sources: [rader, definisjoner, FELTER, ...(typer === undefined ? [] : [typer])],
  };
}

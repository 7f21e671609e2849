// One income year's items as the year's information model has them: the name from the naming
// table, the kategori and the allowed specification types from
// @skattedeling/summert-skattegrunnlag. The simulator applies the rules the package exports
// instead of keeping its own copy of them.
import {
  aarMedInformasjonsmodell,
  type EttAarsInformasjonsmodell,
  type Grunnlag,
  informasjonsmodell,
  type Kategori,
  type Spesifisering,
} from '@skattedeling/summert-skattegrunnlag';
import { type Concept, tekniskNavn } from './naming.js';
import { kroner } from './random.js';

const NEWEST_MODEL = aarMedInformasjonsmodell[aarMedInformasjonsmodell.length - 1] ?? 2025;

/**
 * The information model a year's bodies follow: the year's own. A year newer than every published
 * model (served when `today` is far ahead) follows the newest model, as Skatteetaten keeps most
 * names from one year to the next; a new release of the package then makes it year-true.
 */
export function modelFor(year: number): EttAarsInformasjonsmodell {
  const model = informasjonsmodell(Math.min(year, NEWEST_MODEL));
  if (model === undefined) throw new RangeError(`no information model for income year ${year}`);
  return model;
}

export interface YearModel {
  readonly year: number;
  /** True when the concept has a name in the year (see naming.ts). */
  has(concept: Concept): boolean;
  /**
   * The item of `concept` with the year's name and kategori, keeping only the specifications of a
   * type the year allows on that name; undefined when the concept has no name in the year.
   */
  item(
    concept: Concept,
    beloep: number,
    spesifisering?: readonly Spesifisering[],
  ): Grunnlag | undefined;
}

interface Entry {
  readonly name: string;
  readonly kategori: Kategori;
  readonly allowed: readonly string[];
}

// One model per year, each with its concepts looked up once: constants of the package's tables,
// read for every item of every body.
const models = new Map<number, YearModel>();

export function yearModel(year: number): YearModel {
  let found = models.get(year);
  if (found === undefined) {
    found = makeYearModel(year);
    models.set(year, found);
  }
  return found;
}

function makeYearModel(year: number): YearModel {
  const model = modelFor(year);
  // null: looked up, the year has no name for the concept.
  const entries = new Map<Concept, Entry | null>();
  const entryOf = (concept: Concept): Entry | undefined => {
    const known = entries.get(concept);
    if (known !== undefined) return known ?? undefined;
    const name = tekniskNavn(concept, Math.min(year, NEWEST_MODEL));
    let entry: Entry | undefined;
    if (name !== undefined) {
      const kategori = model.kategoriIApi(name);
      // naming.test.ts keeps the table and the models in step; this guards the guarantee that no
      // body carries a name its year does not have, should the two ever drift apart.
      if (kategori === undefined)
        throw new Error(`${name} is not a technical name of income year ${model.inntektsaar}`);
      // The model's categories are a subset of the V2 contract's closed list (the package's
      // schemas are generated from the same tables), and "-" stands for a blank or "-" cell.
      entry = { name, kategori: kategori as Kategori, allowed: model.spesifiseringstyperFor(name) };
    }
    entries.set(concept, entry ?? null);
    return entry;
  };
  return {
    year,
    has: (concept) => entryOf(concept) !== undefined,
    item(concept, beloep, spesifisering) {
      const entry = entryOf(concept);
      if (entry === undefined) return undefined;
      const specs =
        spesifisering === undefined || spesifisering.length === 0
          ? undefined
          : spesifisering.filter((s) => entry.allowed.includes(s.type));
      // Two literals rather than a spread: every item of every body is made here.
      return specs === undefined || specs.length === 0
        ? { tekniskNavn: entry.name, beloep: kroner(beloep), kategori: entry.kategori }
        : {
            tekniskNavn: entry.name,
            beloep: kroner(beloep),
            spesifisering: specs,
            kategori: entry.kategori,
          };
    },
  };
}

// The simulator's data module: what Skatteetaten holds for a person. Pure, deterministic
// functions of (seed, personidentifikator, year or period), with fixture files taking precedence;
// no HTTP and no state. See README.md in this folder for every rule and decision.
export {
  FIRST_INNTEKT_MONTH,
  FIRST_SSG_YEAR,
  fastsattPublication,
  formatMaaned,
  latestCompleteMonth,
  oppgjoerPublication,
  parseMaaned,
  utkastPublication,
} from './calendar.js';
export { type DemoPerson, demoYear } from './demo.js';
export {
  activeIn,
  describeProfile,
  type FoundPerson,
  isProfile,
  MAX_CANDIDATES,
  type PersonQuery,
  PROFILES,
  profileOf,
} from './finder.js';
export {
  defaultFixtureFile,
  emptyFixtureSet,
  FixtureError,
  type FixtureSet,
  fixtureSetFrom,
  loadFixtureFile,
  type MonthFixture,
  mergeFixtureSets,
  type PeriodStatus,
  type PersonFixture,
  type PersonStatus,
  parseFixtureText,
  type StageFixture,
} from './fixtures.js';
export {
  HOUSEHOLDS,
  type Household,
  type HouseholdRow,
  OTHER_HOUSEHOLDS,
  REFERENCE_YEAR,
} from './households.js';
export { classify, STRENGT_FORTROLIGE } from './identity.js';
export { CONCEPTS, type Concept, type Role, roleOf, tekniskNavn } from './naming.js';
export { ALDERSPENSJON, LOENN, POSTS, type Post, postFor } from './poster.js';
export { kunParametre, utenLokaliserendeOpplysninger } from './skjerming.js';
export {
  createDataSource,
  type DataOptions,
  type DataSource,
  type InntekterResult,
  type PersonLookup,
  type SimPerson,
  type SisteTilgjengeligeResult,
  type SummertSkattegrunnlagResult,
} from './source.js';

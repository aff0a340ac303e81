// The package root: named re-exports only. Importing it has no side effects.
export { LIMITS } from './limits.js';
export type { LimitName, Limits } from './limits.js';
export type { Locale, BilingualMessage } from './messages/message.js';
export { LOCALES } from './messages/message.js';
export type { LocalizedIssue } from './messages/issues.js';
export {
  addDomainIssue,
  bilingualIssues,
  errorMap,
  issueCode,
  localizeIssue,
  parseOrThrow,
  safeParseIn,
} from './messages/issues.js';
export { SupervisionError, RuleInputError, NotInForceError } from './errors.js';

export type { PlainDate } from './dates/plain-date.js';
export {
  PLAIN_DATE_RANGE,
  compareDates,
  isPlainDate,
  plainDateSchema,
} from './dates/plain-date.js';
export { addDays, dayOfWeek, daysBetween } from './dates/day-arithmetic.js';
export type { RestDayCalendar, RestDayCalendarInput } from './dates/calendar.js';
export { createRestDayCalendar } from './dates/calendar.js';
export type { PeriodCounting, PeriodOptions } from './dates/periods.js';
export { MAX_CONSECUTIVE_REST_DAYS, MAX_PERIOD_DAYS, periodEnd } from './dates/periods.js';
export type { CalendarYearInput, HolidayNotice, OfficialCalendar, OfficialCalendarYear } from './dates/official-calendar.js';
export { extendCalendar, officialCalendar } from './dates/official-calendar.js';
export type { WorkingDayOptions } from './dates/working-days.js';
export { addWorkingDays, countWorkingDays, nextWorkingDay } from './dates/working-days.js';

export type { RegulationArticle, RegulationChapter, RegulationParagraph } from './regulation/articles.js';
export { ARTICLES, CHAPTERS, REGULATION_TITLE } from './regulation/articles.data.js';
export type { ArticleRef } from './regulation/citation.js';
export {
  articleRefIssue,
  chineseNumeral,
  formatCitation,
  isValidArticleRef,
  normalizeArticleRef,
} from './regulation/citation.js';
export { articleRefSchema } from './regulation/citation-schema.js';
export { provisionText } from './regulation/text.js';
export { ARTICLE_STRUCTURE } from './regulation/structure.js';
export { EFFECTIVE_FROM, assertInForce, isInForce } from './regulation/in-force.js';
export type { DatedValue, Ratio, RegulationParameter } from './regulation/parameters.js';
export {
  ANNUAL_SPOT_CHECK_RATIO,
  MIN_INSPECTORS,
  PARAMETERS,
  PUBLICATION_WORKING_DAYS,
  SAMPLE_DISPATCH_DAYS,
  parameterValue,
} from './regulation/parameters.js';

export type { UnifiedSocialCreditCode } from './identifiers/uscc.js';
export {
  USCC_ALPHABET,
  USCC_WEIGHTS,
  creditCodeCheckCharacter,
  isValidOrganizationCode,
  normalizeCreditCode,
  unifiedSocialCreditCodeSchema,
} from './identifiers/uscc.js';
export type { LicenseNumber, LicenseNumberParts } from './identifiers/license-number.js';
export { LICENSE_PROVINCE_PREFIXES, licenseNumberSchema, normalizeLicenseNumber, parseLicenseNumber } from './identifiers/license-number.js';
export type { CountyCode } from './identifiers/divisions.js';
export { BAICHENG_CITY, BAICHENG_COUNTIES, countyByCode, countyCodeSchema } from './identifiers/divisions.js';

export type { Decision, LawRef, TraceStep } from './rules/decision.js';
export * from './entities/index.js';
export * from './rules/index.js';
export * from './draw/index.js';
export * from './quota/index.js';

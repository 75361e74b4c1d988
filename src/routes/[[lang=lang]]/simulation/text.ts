/**
 * The model speaks in i18n keys and plain values (types.ts `Message`); this turns them into sentences in the page's
 * language: amounts the French way ("1 234,50 €", kept left to right in Arabic), months by name, other numbers with
 * a decimal comma. The keys come from the model's lists (tests/unit/i18n-keys.test.ts checks them).
 */
import { locale, t } from '$lib/i18n';
import { formatEuros, isolateLtr } from '$lib/ui/format';
import { monthIndex, type MonthString } from '$lib/engine/month';
import type { Cell, Table } from '$lib/simulation/charts';
import type { FieldError, Message } from '$lib/simulation/types';
import type { TableData } from '$lib/ui/charts/types';

/** Variables that are amounts in euros, whatever the sentence. */
const EUROS = new Set([
  'amount', 'hourly', 'smic', 'gain', 'monthly', 'rent', 'before', 'after', 'cost', 'stated', 'computed', 'gets', 'costs', 'loss', 'left',
  'today', 'plafond', 'aj', 'journalier', 'yearly'
]);

/** Small rates keep their cents ("11,88 €"); other amounts are rounded to the euro, as on the cards. */
const CENTS = new Set(['hourly', 'smic', 'aj', 'journalier']);

const intlLang = (): string => (locale.lang === 'ar' ? 'ar-u-nu-latn' : locale.lang === 'fr-x-falc' ? 'fr' : locale.lang);

const DATE_STYLES = {
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  monthOfYear: { month: 'long', timeZone: 'UTC' },
  monthShort: { month: 'short', year: '2-digit', timeZone: 'UTC' },
  day: { day: 'numeric', month: 'long', year: 'numeric' }
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** One formatter per language and style, made once: building one costs ~50 times more than using it (month lists). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatDate(style: keyof typeof DATE_STYLES, date: Date): string {
  const lang = intlLang();
  const key = `${lang} ${style}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(lang, DATE_STYLES[style])));
  return f.format(date);
}

/** The first day of a month, in UTC (the styles above format it in UTC too). */
function firstDay(m: MonthString): Date {
  const i = monthIndex(m);
  return new Date(Date.UTC(Math.floor(i / 12), i % 12, 1));
}

/** "novembre 2026" / "November 2026" / "نوفمبر 2026". */
export function monthName(m: MonthString): string {
  return formatDate('month', firstDay(m));
}

/** "novembre" alone (a month of the year, 1–12). */
export function monthOfYearName(month1to12: number): string {
  return formatDate('monthOfYear', new Date(Date.UTC(2001, month1to12 - 1, 1)));
}

/** 17.5 → "17,5" (hours, days, percentages). */
export const decimalFr = (n: number): string => String(Math.round(n * 100) / 100).replace('.', ',');

function formatVars(vars: Message['vars']): Record<string, string> | undefined {
  if (!vars) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v === 'number') out[k] = EUROS.has(k) ? isolateLtr(formatEuros(v, { cents: CENTS.has(k) })) : isolateLtr(decimalFr(v));
    else if (/^\d{4}-\d{2}$/.test(v)) out[k] = monthName(v);
    else if (k === 'slug') out[k] = rowName(v);
    else out[k] = v;
  }
  return out;
}

/** Steps of a trace whose number is not an amount of money (the others are euros). */
const STEP_UNITS: Record<string, 'km' | 'days' | 'plain' | 'percent'> = {
  'explain.step.garde.cmg-coefficient': 'plain',
  'explain.step.impot-revenu.taux-personnalise': 'percent',
  'explain.step.allocations-familiales.modulation': 'percent',
  'explain.step.transport.distance-annuelle': 'km',
  'explain.step.are.jours-cumul': 'days'
};

/** The number of a step of a trace with its unit: "1 234,50 €", "12,5 %", "4 400 km". */
export function stepValue(key: string, v: number): string {
  const unit = STEP_UNITS[key];
  if (unit === undefined) return isolateLtr(formatEuros(v));
  if (unit === 'percent') return t('sim.unit.percentValue', { n: isolateLtr(decimalFr(v * 100)) });
  const n = isolateLtr(decimalFr(v));
  return unit === 'km' ? t('sim.unit.kmValue', { n }) : unit === 'days' ? t('sim.unit.daysValue', { n }) : n;
}

/** A parameter's date of effect, '2026-04-01' → "01/04/2026". */
export const isoDateFr = (iso: string): string => iso.split('-').reverse().join('/');

/** A model message as a sentence. */
export function say(m: Message): string {
  const key = m.key;
  return t(key, formatVars(m.vars));
}

/** A field error as a sentence. */
export function errorText(e: FieldError): string {
  return say({ key: e.code, vars: e.vars });
}

/** "déc. 26" for a chart axis. */
export function monthShort(m: MonthString): string {
  return formatDate('monthShort', firstDay(m));
}

/** A chart table of the model (cells typed: money, hours, month, sentences) as the strings of a DataTable. */
export function tableText(table: Table): TableData {
  const cell = (c: Cell): string =>
    c.kind === 'money' ? isolateLtr(formatEuros(c.value, { cents: false }))
    : c.kind === 'hours' ? t('sim.unit.hoursValue', { hours: isolateLtr(decimalFr(c.value)) })
    : c.kind === 'month' ? monthName(c.value)
    : c.messages.map(say).join(' ; ');
  const [corner, ...columns] = table.columns.map(say);
  return { corner, columns, rows: table.rows.map((r) => ({ label: cell(r.header), cells: r.cells.map(cell) })) };
}

/** Today's date in words ("25 novembre 2026"), for the printed summary. */
export function dateToday(now = new Date()): string {
  return formatDate('day', now);
}

/** The name of an amount of a card (a benefit slug, 'salaire', 'loyer'…): "Prime d'activité". */
export function rowName(id: string): string {
  return t(`sim.rows.${id}`);
}

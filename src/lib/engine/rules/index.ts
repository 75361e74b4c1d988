/**
 * Parameters at a month. Each parameter's dated history is resolved once per month into a shared object,
 * with its numbers already turned into Decimals, so a lookup costs one array read.
 */
import { Decimal } from '../money';
import { monthIndex, monthString, type MonthIndex } from '../month';
import type { CompiledRules, RawValue, Source } from './schema';
import { EngineError } from '../errors';

/** A value with its numbers as Decimals. */
export type Value = Decimal | string | boolean | Value[] | { [k: string]: Value };

export interface ResolvedParam {
  name: string;
  description: string;
  value: Value;
  /** Date of effect of the value used. */
  from: string;
  source: Source;
  checked: string;
  confidence?: string;
  /** True when the month is at or after the parameter's next (unpublished) revaluation. */
  stale: boolean;
  staleNote?: string;
  /** First month not known yet (only when stale). */
  staleSince?: string;
}

/** Last month the tables are built for; later months read the last column (stale where a review is due). */
const LAST_TABLE_MONTH = monthIndex('2031-12');

function toValue(v: RawValue): Value {
  if (typeof v === 'number') return new Decimal(v);
  if (Array.isArray(v)) return v.map(toValue);
  if (v !== null && typeof v === 'object') {
    const o: { [k: string]: Value } = {};
    for (const [k, x] of Object.entries(v)) o[k] = toValue(x);
    return o;
  }
  return v;
}

export class Rules {
  readonly release: string;
  readonly date: string;
  readonly firstMonth: MonthIndex;
  readonly historyFrom: MonthIndex;
  readonly families: CompiledRules['families'];
  private readonly byName = new Map<string, { first: MonthIndex; perMonth: ResolvedParam[] }>();

  constructor(readonly compiled: CompiledRules) {
    this.release = compiled.release;
    this.date = compiled.date;
    this.firstMonth = monthIndex(compiled.first_month);
    this.historyFrom = monthIndex(compiled.history_from);
    this.families = compiled.families;
    for (const [name, p] of Object.entries(compiled.parameters)) {
      const first = monthIndex(p.values[0].from.slice(0, 7));
      const review = p.next_review ? monthIndex(p.next_review) : Infinity;
      const perMonth: ResolvedParam[] = [];
      let k = 0;
      let fresh: ResolvedParam | undefined;
      let stale: ResolvedParam | undefined;
      for (let m = first; m <= LAST_TABLE_MONTH; m++) {
        let changed = false;
        while (k + 1 < p.values.length && monthIndex(p.values[k + 1].from.slice(0, 7)) <= m) {
          k++;
          changed = true;
        }
        const isStale = m >= review;
        if (!fresh || changed) {
          const v = p.values[k];
          fresh = {
            name,
            description: p.description,
            value: toValue(v.value),
            from: v.from,
            source: v.source,
            checked: v.checked,
            confidence: v.confidence,
            stale: false
          };
          stale = { ...fresh, stale: true, staleNote: p.next_review_note, staleSince: p.next_review };
        }
        perMonth.push(isStale ? stale! : fresh);
      }
      this.byName.set(name, { first, perMonth });
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  /** The parameter in force in `month`. Throws `rules_month_out_of_range` before its first value. */
  get(name: string, month: MonthIndex): ResolvedParam {
    const e = this.byName.get(name);
    if (!e) throw new Error(`unknown parameter ${name}`); // a programming error, not a user error
    if (month < e.first) {
      throw new EngineError('month_out_of_range', `Aucune valeur de ${name} avant ${monthString(e.first)}.`);
    }
    const i = month - e.first;
    return e.perMonth[i < e.perMonth.length ? i : e.perMonth.length - 1];
  }

  /** A numeric parameter. */
  num(name: string, month: MonthIndex): Decimal {
    const v = this.get(name, month).value;
    if (!(v instanceof Decimal)) throw new Error(`parameter ${name} is not a number`);
    return v;
  }
}

/** Reads a Decimal at a path inside a table value, e.g. at(p.value, 'zone2', 'single'). */
export function at(v: Value, ...path: (string | number)[]): Decimal {
  let x: Value = v;
  for (const k of path) {
    if (Array.isArray(x)) x = x[Number(k)];
    else if (x && typeof x === 'object' && !(x instanceof Decimal)) x = (x as { [k: string]: Value })[String(k)];
    else throw new Error(`no ${path.join('.')} in value`);
    if (x === undefined) throw new Error(`no ${path.join('.')} in value`);
  }
  if (!(x instanceof Decimal)) throw new Error(`${path.join('.')} is not a number`);
  return x;
}

/**
 * Result → the output fields of the reference format (/work/shared/reference/README.md, "Expected results").
 * One small list of field writers: a module that adds output fields adds a writer here.
 */
import type { MonthResult } from '$lib/engine/context';
import type { EngineError } from '$lib/engine/errors';
import { ZERO, arrondiCentime, toNumber, type Decimal } from '$lib/engine/money';
import { monthString } from '$lib/engine/month';

export type Out = Record<string, unknown>;
/** Writes some fields of a steady result (or of one month of a series). `input` is the validated case. */
export type FieldWriter = (r: MonthResult, out: Out, input: unknown) => void;

/** A case refused: `{id, error: "<code>: <message>"}` (that case only). */
export function errorOutput(id: unknown, e: EngineError): Out {
  return { id, error: `${e.code}: ${e.message}` };
}

/** Euros to the cent, as a JSON number. */
export function euros(x: Decimal | undefined): number {
  return toNumber(arrondiCentime(x ?? ZERO));
}

const adults: FieldWriter = (r, out) => {
  out.adults = r.adults.map((a) => ({
    salaire_net: euros(a.salaireNet),
    salaire_imposable: euros(a.salaireImposable),
    chomage_net: euros(a.chomageNet),
    ppa_bonification: euros(a.ppaBonification)
  }));
};

const benefits: FieldWriter = (r, out) => {
  const b = r.benefits;
  out.rsa = euros(r.rsaAvantSeuil);
  out.ppa = euros(b['prime-activite']?.amount);
  out.aide_logement = euros(b['aides-logement']?.amount);
  for (const k of ['apl', 'als', 'alf'] as const) out[k] = r.logement.kind === k ? euros(b['aides-logement']?.amount) : 0;
  out.reduction_loyer_solidarite = euros(r.logement.rls);
  out.af = euros(b['allocations-familiales']?.amount);
  out.cf = euros(b['complement-familial']?.amount);
  out.asf = euros(b.asf?.amount);
  out.paje_base = euros(b.paje?.amount);
  out.ars_annuelle = euros(r.arsAnnuelle);
  out.revenu_disponible_mensuel = euros(r.revenuDisponible);
};

const notes: FieldWriter = (r, out) => {
  if (r.stale.length) out.stale = r.stale.map((s) => ({ name: s.name, since: s.since }));
  if (r.warnings.length) out.warnings = [...new Set(r.warnings)];
};

/** Costs of working (./costs): the fields the case's `garde` / `transport` inputs call for, and the money left. */
const couts: FieldWriter = (r, out) => {
  const g = r.couts?.garde;
  if (g) {
    out.cmg = euros(g.cmg);
    out.cout_garde = euros(g.cout);
    out.cout_garde_net = euros(g.net);
    out.credit_impot_garde_mensuel = euros(g.creditImpotMensuel);
    if (g.tarifHoraireCreche) out.tarif_horaire_creche = euros(g.tarifHoraireCreche);
  }
  const t = r.couts?.transport;
  if (t) {
    out.cout_transport = euros(t.cout);
    out.cout_transport_net = euros(t.net);
  }
  out.reste_a_vivre = euros(r.resteAVivre);
};

export const FIELD_WRITERS: FieldWriter[] = [adults, benefits, couts, notes];

export function steadyOutput(id: unknown, r: MonthResult, input: unknown): Out {
  const out: Out = { id, month: monthString(r.month) };
  for (const w of FIELD_WRITERS) w(r, out, input);
  return out;
}

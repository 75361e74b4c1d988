/**
 * npm run bench — how fast the answer comes (issue 8; a benchmark, not a timed test). Targets on this machine:
 *  - 400 random households (tests/support/random-household.ts), steady situation, the month given (default
 *    2026-11): ≤ 100 ms;
 *  - a 141-point income curve (gross salary 0 → 2.5 × SMIC) for one household: ≤ 30 ms;
 *  - a complete results page (src/lib/simulation/results-page.ts: the three cards' 14-month timelines, the settled
 *    months, the curve, chart data): ≤ 50 ms;
 *  - in Chromium with the CPU slowed ×4, against the built site (./bench-browser.ts): the answer updating after the
 *    hours change ≤ 300 ms, and the first answer from a shared link ≤ 2 s.
 * Compute times: best of 7 runs after a warm-up (validation and income histories included; loading the rules
 * excluded), wall clock and the process's CPU time. `npm run bench -- 2026-09` for another month;
 * `npm run bench -- --no-browser` for the compute half only.
 */
import { rules } from '../src/lib/engine/rules/load';
import { runCases } from '../src/lib/cases/run';
import { computeSteady } from '../src/lib/engine/compute';
import { parseHousehold } from '../src/lib/engine/input';
import { d } from '../src/lib/engine/money';
import { monthIndex } from '../src/lib/engine/month';
import { randomCases } from '../tests/support/random-household';
import { resultsPage } from '../src/lib/simulation/results-page';
import { parentCaen } from '../tests/unit/simulation/fixtures';
import { browserBench } from './bench-browser';

const R = rules();
const args = process.argv.slice(2);
const month = args.find((a) => !a.startsWith('--')) ?? '2026-11';
const m = monthIndex(month);
const smic = R.num('salaire.smic_horaire', m).times(R.num('salaire.heures_mensuelles_temps_plein', m)).toNumber();

/** Best of `runs` (after one warm-up): wall-clock ms, and the process CPU ms of that run (less sensitive to load). */
function best(label: string, target: number, run: () => void, runs = 7): number {
  run();
  let b = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    run();
    const w = performance.now() - t;
    const u = process.cpuUsage(c);
    if (w < b) b = w;
    cpu = Math.min(cpu, (u.user + u.system) / 1000);
  }
  console.log(`${label}: ${b.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms; target ≤ ${target} ms${b > target ? ' — OVER' : ''})`);
  return b;
}

const cases = randomCases(42, 400, month, smic);
best('400 random households', 100, () => {
  const out = runCases(cases, R);
  if (out.some((o) => 'error' in o)) throw new Error('a random case was refused');
});

const base = parseHousehold(
  { month, adults: [{ age: 35, salaire_de_base: 0 }], children: [4, 9], housing: { statut: 'locataire_vide', loyer: 690, zone: 2 } },
  R
);
if (!base.ok) throw base.error;
best('141-point curve (0 → 2.5 × SMIC, single parent of 2)', 30, () => {
  for (let i = 0; i <= 140; i++) {
    const brut = d(smic).times(2.5 * i).div(140).toDecimalPlaces(2);
    const heures = brut.lt(smic) ? brut.div(smic).times(35) : d(35);
    computeSteady(R, base.value.household, [{ salaireBrut: brut, heuresHebdo: heures, chomageBrut: d(0), ass: d(0) }], m);
  }
});

// The resident's results page (src/lib/simulation): 3 cards × 14-month timelines, the 71-point curve, chart data.
best('results page (3 cards × 14-month timelines + settled months + 71-point curve + charts, single parent in Caen, 24 h)', 50, () => {
  if (!('page' in resultsPage(parentCaen(), R, month))) throw new Error('the results page was refused');
});

if (!args.includes('--no-browser')) await browserBench();

/** Pure compiler: parsed YAML documents → checked CompiledRules, or the list of what is wrong. */
import { rulesFile, releaseFile, compiledRules, type CompiledRules } from './schema';

export type CompileResult = { ok: true; rules: CompiledRules } | { ok: false; errors: string[] };

export function compileRules(release: unknown, docs: { file: string; doc: unknown }[]): CompileResult {
  const errors: string[] = [];
  const rel = releaseFile.safeParse(release);
  if (!rel.success) errors.push(`release.yaml: ${rel.error.message}`);
  const out: CompiledRules = {
    release: rel.success ? rel.data.release : '',
    date: rel.success ? rel.data.date : '',
    first_month: rel.success ? rel.data.first_month : '',
    history_from: rel.success ? rel.data.history_from : '',
    families: {},
    parameters: {}
  };
  for (const { file, doc } of docs) {
    const parsed = rulesFile.safeParse(doc);
    if (!parsed.success) {
      errors.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      continue;
    }
    const f = parsed.data;
    if (`${f.id}.yaml` !== file) errors.push(`${file}: id "${f.id}" must match the file name`);
    out.families[f.id] = { title: f.title, legal_basis: f.legal_basis };
    for (const [key, p] of Object.entries(f.parameters)) {
      const name = `${f.id}.${key}`;
      for (let i = 1; i < p.values.length; i++) {
        if (p.values[i].from <= p.values[i - 1].from) errors.push(`${name}: dates must be strictly ascending (${p.values[i].from})`);
      }
      const needed = (p.needed_from ?? out.first_month) + '-01';
      if (p.values[0].from > needed) errors.push(`${name}: first value (${p.values[0].from}) starts after ${needed}`);
      if (p.next_review && p.next_review + '-01' <= p.values[p.values.length - 1].from)
        errors.push(`${name}: next_review ${p.next_review} is not after the last value`);
      out.parameters[name] = p;
    }
  }
  const final = compiledRules.safeParse(out);
  if (!final.success) errors.push(final.error.message);
  return errors.length ? { ok: false, errors } : { ok: true, rules: out };
}

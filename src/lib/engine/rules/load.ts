/** The rules of this release, compiled from rules/*.yaml (npm run rules). One shared instance. */
import compiled from './compiled.json';
import { Rules } from './index';
import type { CompiledRules } from './schema';

let instance: Rules | undefined;
export function rules(): Rules {
  return (instance ??= new Rules(compiled as CompiledRules));
}

import type { Diagnostic, Stage } from './diagnostics.js';
import type { Prov } from './document.js';
import { DEFAULT_OPTIONS, type Options } from './options.js';

/** Frozen options plus a push-only diagnostics list: the only side effect a stage may have. */
export interface Context {
  readonly options: Options;
  readonly diagnostics: readonly Diagnostic[];
  note(code: `${Stage}/${string}`, message: string, prov?: readonly Prov[]): void;
  warn(code: `${Stage}/${string}`, message: string, prov?: readonly Prov[]): void;
}

/** A fresh context; options not given take their defaults. `earlier` carries the diagnostics of
 *  stages run elsewhere (another process) for the same file. */
export function createContext(options: Partial<Options> = {}, earlier: readonly Diagnostic[] = []): Context {
  const diagnostics: Diagnostic[] = [...earlier];
  const push = (severity: Diagnostic['severity']) => (code: Diagnostic['code'], message: string, prov?: readonly Prov[]) => {
    diagnostics.push(prov ? { code, severity, message, prov } : { code, severity, message });
  };
  return {
    options: Object.freeze({ ...DEFAULT_OPTIONS, ...options }),
    diagnostics,
    note: push('info'),
    warn: push('warning'),
  };
}

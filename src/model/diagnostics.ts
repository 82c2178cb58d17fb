import type { Prov } from './document.js';

export type Stage = 'read' | 'layout' | 'clean' | 'structure' | 'extract' | 'output' | 'batch';

/** The file converted; this is what we did or doubted. */
export interface Diagnostic {
  readonly code: `${Stage}/${string}`; // stable once released
  readonly severity: 'info' | 'warning';
  readonly message: string;
  readonly prov?: readonly Prov[];
}

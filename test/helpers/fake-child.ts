import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import type { ConvertRequest, Outcome, WorkerMessage } from '../../src/run/protocol.js';
import type { ChildLike } from '../../src/run/supervisor.js';

/** What a fake worker does with a request it was sent. */
export type Script = (child: FakeChild, request: ConvertRequest) => void;

/** Above any Linux pid_max (2^22): `/proc/<pid>` never exists, so a pool's default RSS reader
 *  falls back to the worker's own memory reports. */
let nextPid = 2 ** 22 + 1;

/** A conversion process that is no process: an event emitter a test scripts. It says 'ready'
 *  once started unless told not to, and any kill ends it with a 'close' a moment later. */
export class FakeChild extends EventEmitter implements ChildLike {
  readonly pid = nextPid++;
  connected = true;
  readonly stdout = new PassThrough();
  readonly stderr = new PassThrough();
  readonly requests: ConvertRequest[] = [];
  readonly signals: NodeJS.Signals[] = [];
  isDead = false;
  private readonly script: Script;

  constructor(script: Script = replyAfter(0), { ready = true }: { ready?: boolean } = {}) {
    super();
    this.script = script;
    if (ready) setImmediate(() => this.message({ type: 'ready' }));
  }

  send(message: ConvertRequest, callback: (error: Error | null) => void): boolean {
    if (this.isDead) {
      setImmediate(() => callback(new Error('channel closed')));
      return false;
    }
    this.requests.push(message);
    setImmediate(() => {
      callback(null);
      this.script(this, message);
    });
    return true;
  }

  kill(signal: NodeJS.Signals): boolean {
    this.signals.push(signal);
    this.die(null, signal);
    return true;
  }

  disconnect(): void {
    this.connected = false;
  }

  unref(): void {}

  /** Ends the process: 'close' follows asynchronously, as for a real one. */
  die(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.isDead) return;
    this.isDead = true;
    this.connected = false;
    setImmediate(() => this.emit('close', code, signal));
  }

  message(message: WorkerMessage): void {
    if (!this.isDead) this.emit('message', message);
  }

  reply(request: ConvertRequest, outcome: Outcome = converted(request.input)): void {
    this.message({ type: 'result', id: request.id, ...outcome });
  }
}

/** A successful outcome; its sha256 is the input path, so a test can tell whose it is. */
export function converted(input: string, pages = 1): Outcome {
  return { ok: true, diagnostics: [], sha256: input, pages, usedTemplateFiles: 0 };
}

/** Replies with a conversion after `ms`. */
export const replyAfter =
  (ms: number): Script =>
  (child, request) => {
    setTimeout(() => child.reply(request), ms);
  };

/** Never replies. */
export const hang: Script = () => {};

/** Writes `stderr`, then dies of `signal` (or exits with `code`). */
export const dieOf =
  (signal: NodeJS.Signals | null, { stderr = '', code = null }: { stderr?: string; code?: number | null } = {}): Script =>
  (child) => {
    if (stderr !== '') child.stderr.write(stderr);
    setImmediate(() => child.die(code, signal));
  };

/** Reports its resident size at once, then replies after `ms`. */
export const growTo =
  (rssBytes: number, ms: number): Script =>
  (child, request) => {
    child.message({ type: 'memory', rssBytes });
    setTimeout(() => child.reply(request), ms);
  };

/** Waits until `check` holds, a macrotask at a time (at most about a second). */
export async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  if (!check()) throw new Error('condition not reached');
}

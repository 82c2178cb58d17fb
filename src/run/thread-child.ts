import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import type { CiteStyle } from '../model/options.js';
import type { CiteReply, CiteRequest, ConvertRequest, WorkerMessage } from './protocol.js';
import type { ChildLike } from './supervisor.js';
import { startThread } from './threads.js';

/**
 * A conversion worker run as a thread of this process, for the supervisor as if it were a
 * process: a run of one file then pays no second Node start (the thread shares this process's
 * start-up and loads only the pipeline). The supervisor's limits hold as for a process: the
 * clock and the memory poll run in this thread, which stays free while the worker thread
 * converts; a kill terminates the thread, which V8 interrupts wherever its JavaScript is; the
 * memory read is this whole process's, the worker's and ours; and V8's heap limit for the
 * thread is set as for a worker process. What a thread cannot give is a process's isolation from
 * a crash in native code: a batch of many files, where one file must never take the run down,
 * runs its workers as processes.
 */
const loadRenderer = () => import('../output/citation/render-citation.js');

export class ThreadChild extends EventEmitter implements ChildLike {
  /** This process: the supervisor reads its resident size, which holds the thread's. */
  readonly pid = process.pid;
  connected = true;
  readonly stdout;
  readonly stderr;
  private readonly thread: Worker;
  /** The style to build citeproc's engine for once the first file is sent; then undefined. */
  private citations: CiteStyle | undefined;

  constructor(
    file: URL,
    {
      heapMb,
      env,
      citations,
    }: {
      readonly heapMb: number;
      readonly env: NodeJS.ProcessEnv;
      /** The style this thread renders the conversion's citations in; undefined: none to render. */
      readonly citations?: CiteStyle | undefined;
    },
  ) {
    super();
    this.thread = startThread(file, {
      // the conversion thread asks this one for its citations (worker.ts)
      env: citations ? { ...env, OPCLEAN_CITE_IN_PARENT: '1' } : env,
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    this.stdout = this.thread.stdout;
    this.stderr = this.thread.stderr;
    this.thread.on('message', (message: WorkerMessage | CiteRequest) => {
      if (message.type === 'cite') void this.cite(message);
      else this.emit('message', message);
    });
    this.citations = citations;
    this.thread.on('error', (error: Error) => this.emit('error', error));
    this.thread.on('exit', (code: number) => {
      this.connected = false;
      this.emit('close', code, null);
    });
  }

  /** Renders citations the conversion thread asks for (env OPCLEAN_CITE_IN_PARENT tells it to). */
  private async cite({ id, ask }: CiteRequest): Promise<void> {
    let reply: CiteReply;
    try {
      reply = { type: 'cite-reply', id, ok: true, text: await (await loadRenderer()).renderHere(ask) };
    } catch (error) {
      reply = { type: 'cite-reply', id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (this.connected) this.thread.postMessage(reply);
  }

  send(message: ConvertRequest, callback: (error: Error | null) => void): boolean {
    if (!this.connected) {
      callback(new Error('the conversion thread has ended'));
      return false;
    }
    this.thread.postMessage(message);
    callback(null);
    // once the file is handed over this thread has nothing to do: citeproc loads here meanwhile
    const style = this.citations;
    this.citations = undefined;
    if (style) {
      setImmediate(() => {
        loadRenderer()
          .then((m) => m.warmCitations(style))
          .catch(() => undefined); // the conversion's request loads it again and reports what fails
      });
    }
    return true;
  }

  /** Ends the thread whatever the signal: a thread has only one way to stop. */
  kill(_signal: NodeJS.Signals): boolean {
    void this.thread.terminate();
    return true;
  }

  disconnect(): void {
    this.connected = false;
    void this.thread.terminate();
  }

  unref(): void {
    this.thread.unref();
  }
}

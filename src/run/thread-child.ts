import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import type { ConvertRequest, WorkerMessage } from './protocol.js';
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
export class ThreadChild extends EventEmitter implements ChildLike {
  /** This process: the supervisor reads its resident size, which holds the thread's. */
  readonly pid = process.pid;
  connected = true;
  readonly stdout;
  readonly stderr;
  private readonly thread: Worker;

  constructor(file: URL, { heapMb, env }: { readonly heapMb: number; readonly env: NodeJS.ProcessEnv }) {
    super();
    this.thread = startThread(file, {
      env,
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    this.stdout = this.thread.stdout;
    this.stderr = this.thread.stderr;
    this.thread.on('message', (message: WorkerMessage) => this.emit('message', message));
    this.thread.on('error', (error: Error) => this.emit('error', error));
    this.thread.on('exit', (code: number) => {
      this.connected = false;
      this.emit('close', code, null);
    });
  }

  send(message: ConvertRequest, callback: (error: Error | null) => void): boolean {
    if (!this.connected) {
      callback(new Error('the conversion thread has ended'));
      return false;
    }
    this.thread.postMessage(message);
    callback(null);
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

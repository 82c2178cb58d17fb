import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a thread on a module of this project. Compiled, that is the .js file itself; from
 * source (tsx, `npm run convert`), Node cannot load a .ts thread file on its own, so the thread
 * first registers tsx's loader in itself and then imports the module.
 */
export function startThread(file: URL, options: WorkerOptions = {}): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file, options);
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

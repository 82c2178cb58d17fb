import { parentPort } from 'node:worker_threads';
import { loadCompromise, tagText } from './tagger.js';

/** The NLP thread: loads compromise at once, then tags the texts it is sent. */

interface Request {
  readonly id: number;
  readonly texts: readonly string[];
}

loadCompromise();
parentPort?.on('message', ({ id, texts }: Request) => {
  try {
    parentPort?.postMessage({ id, result: texts.map(tagText) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

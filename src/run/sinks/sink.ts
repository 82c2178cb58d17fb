/**
 * Where a batch sends each file's JSON besides its output folder: one sink per destination
 * (db-sink.ts: a corpus database). run/batch.ts calls it as each file settles, after its
 * outputs are written and before its line in index.jsonl, so a file the index lists as done
 * has reached the sink too, or the run stopped saying why.
 */
export interface Sink {
  /** A file converted and its outputs written; `json` is its JSON text. */
  converted(name: string, json: string): Promise<void>;
  /** A file not converted again, its outputs being up to date: its JSON is at `jsonPath`, the
   *  PDF's sha256 is `sha256`. The sink makes sure it holds that JSON. */
  unchanged(name: string, jsonPath: string, sha256: string): Promise<void>;
}

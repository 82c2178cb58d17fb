/**
 * opclean's public API: convert one file or many, or run the stages on bytes you hold, plus
 * the types of what comes back. Everything else under src/ is internal.
 */
export { convertBatch } from './run/batch.js';
export type { BatchOptions, BatchSummary, FileError, FileResult } from './run/batch.js';
export type { Sink } from './run/sinks/sink.js';
export { convertFile } from './run/file-job.js';
export type { ConvertedFile } from './run/file-job.js';
export { createContext } from './model/context.js';
export type { Context } from './model/context.js';
export type { Diagnostic, Stage } from './model/diagnostics.js';
export type {
  Article,
  ArticleBlock,
  Author,
  Block,
  Correction,
  DocInfo,
  FontInfo,
  LaidOutPage,
  Line,
  Note,
  NoteRef,
  PageLayout,
  Prov,
  RawDoc,
  RawPage,
  Removed,
  RemovedKind,
  Role,
  SourceInfo,
  Span,
  TextItem,
} from './model/document.js';
export type { Claim, ClaimKind, Entity, EntityType, Enriched, Figure, FigureKind, Mention } from './model/enriched.js';
export { ConversionError } from './model/errors.js';
export type { FailureCode } from './model/errors.js';
export type { FurnitureLine, FurnitureTemplate, TemplateKey } from './model/furniture.js';
export type { Box } from './model/geometry.js';
export { DEFAULT_OPTIONS } from './model/options.js';
export type { Options, OutputFormat } from './model/options.js';
export type { Rendered } from './output/index.js';
export { SCHEMA_VERSION } from './output/to-json.js';
export type { JsonParagraph, OpcleanJson } from './output/to-json.js';
export { runPipeline } from './pipeline.js';
export type { Trace } from './pipeline.js';

/**
 * Messages between the page and its worker. The page sends one `run` per worker; the worker
 * answers with `progress` messages, `files` once every file is read, `fingerprints` when the
 * lists are fingerprinted, and one `done`.
 */
import type { BilingualMessage, DrawFingerprints, DrawRecord, DrawVerification } from 'baicheng-license-supervision';
import type { ListKind, ListProblem } from './lists.js';

/** Where a file goes: one of the three slots, or `auto` (the worker tells by its content). */
export type Slot = 'record' | ListKind | 'auto';

/** The page asks the worker to read these files and verify. */
export interface RunMessage {
  readonly type: 'run';
  readonly files: readonly { readonly slot: Slot; readonly file: File }[];
}

/** Stages of a run, in order. */
export const STAGES = ['read', 'parse', 'check', 'fingerprint', 'verify'] as const;
/** One stage of a run. */
export type Stage = (typeof STAGES)[number];

/** Progress: `done` of `total` in a stage (no `total` when the stage cannot be measured). */
export interface ProgressMessage {
  readonly type: 'progress';
  readonly stage: Stage;
  readonly file?: string;
  readonly done?: number;
  readonly total?: number;
}

/** What was found in one file. */
export interface FileReport {
  readonly name: string;
  readonly size: number;
  /** The slot the file was given or, for `auto`, found to belong to. */
  readonly slot: Exclude<Slot, 'auto'> | 'unknown';
  readonly format: 'json' | 'csv' | 'xlsx' | 'unknown';
  /** Text encoding of a CSV file (`UTF-8`, or `GB18030` when it is not UTF-8). */
  readonly encoding?: string;
  /** Lists read from the file, with their entry counts. */
  readonly lists: { readonly kind: ListKind; readonly count: number }[];
  /** Column titles recognised, and those not used. */
  readonly columns: { readonly header: string; readonly field: string }[];
  readonly ignored: readonly string[];
  readonly problems: readonly ListProblem[];
  readonly problemCount: number;
}

/** Every file read: what it holds and what is wrong with it. */
export interface FilesMessage {
  readonly type: 'files';
  readonly files: readonly FileReport[];
  /** Slots with no file (or no usable file). */
  readonly missing: readonly Exclude<Slot, 'auto'>[];
}

/** The fingerprints of the loaded lists (`fingerprintDrawLists`), or why there are none. */
export interface FingerprintsMessage {
  readonly type: 'fingerprints';
  readonly fingerprints?: DrawFingerprints;
  readonly problems?: readonly ListProblem[];
}

/** Ids the record names that are not on the loaded lists (at most 20 of each shown). */
export interface MissingIds {
  readonly enterprises: readonly string[];
  readonly enterpriseCount: number;
  readonly inspectors: readonly string[];
  readonly inspectorCount: number;
}

/** The end of a run. */
export interface DoneMessage {
  readonly type: 'done';
  /** The record as loaded, when it is an object (for the seed, the table and the parameters). */
  readonly record?: Partial<DrawRecord>;
  /** Whether the record passes `drawRecordSchema` (only then are its parts shown in full). */
  readonly recordWellFormed?: boolean;
  /** The answer of `verifyDraw`, when it ran. */
  readonly verification?: DrawVerification;
  /** Why `verifyDraw` could not run (it threw: a malformed list or a record that is no object). */
  readonly failure?: readonly ListProblem[];
  /** Display names for the ids the record and the differences mention. */
  readonly names: Readonly<Record<string, string>>;
  /** County codes of the enterprises the record names (for the publication table). */
  readonly counties: Readonly<Record<string, string>>;
  readonly missingIds?: MissingIds;
  /** Milliseconds spent in each stage. */
  readonly timings: Partial<Record<Stage, number>>;
  /** Enterprises on the loaded list (for the progress line). */
  readonly enterpriseCount?: number;
}

/** A failure of the worker itself (a bug, or a browser without a needed feature). */
export interface CrashMessage {
  readonly type: 'crash';
  readonly message: BilingualMessage;
}

/** Any message from the worker. */
export type WorkerMessage = ProgressMessage | FilesMessage | FingerprintsMessage | DoneMessage | CrashMessage;

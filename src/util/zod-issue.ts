import type { z } from 'zod';
import { clip } from './text.js';

/** A zod path dotted as a reader would write it (`urls.3.digests.sha256`); '' for the document itself. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

export interface ZodIssueWhere {
  /** Keys above the parsed value, for a value parsed out of a larger document (`versions.1.2.3`). */
  prefix?: readonly PropertyKey[];
  /** Longest path shown; without it the path is shown whole. */
  pathMax?: number;
}

export interface ZodIssueParts {
  /** Dotted path (prefix included, clipped to pathMax), '' at the top of the document. */
  path: string;
  /** zod's message, clipped to messageMax; undefined when the error holds no issue. */
  message: string | undefined;
}

/** The first problem zod found, in parts, for a message that words the path its own way. */
export function firstZodIssueParts(error: z.ZodError, options: ZodIssueWhere & { messageMax?: number } = {}): ZodIssueParts {
  const issue = error.issues[0];
  const path = dottedPath([...(options.prefix ?? []), ...(issue?.path ?? [])]);
  const shown = (text: string, max: number | undefined) => (max === undefined ? text : clip(text, max));
  return { path: path ? shown(path, options.pathMax) : '', message: issue && shown(issue.message, options.messageMax) };
}

export interface ZodIssueFormat extends ZodIssueWhere {
  /** What the empty path is shown as: each reader names its document its own way ("(top level)", "the document"). */
  top: string;
  /** Longest message shown; without it the message is shown whole. */
  messageMax?: number;
  /** The text when the error holds no issue (zod always reports one; the type allows none). */
  none?: string;
}

/** The first problem zod found, as `path: message` (`urls.3.digests.sha256: must be 64 hex digits`). */
export function firstZodIssue(error: z.ZodError, options: ZodIssueFormat): string {
  const { path, message } = firstZodIssueParts(error, options);
  if (message === undefined) return options.none ?? 'invalid';
  return `${path || options.top}: ${message}`;
}

// The admin API's JSON body parser: at most 1 MiB and at most MAX_JSON_DEPTH levels of nesting,
// counted on the raw bytes before anything is parsed, so a body nested 20,000 deep is a 400
// problem and never reaches code that walks it recursively.
import express, { type RequestHandler } from 'express';
import { BadRequest } from './errors.js';

/** Deeper than any admin body (a fixture with a Summert skattegrunnlag body is about 10). */
export const MAX_JSON_DEPTH = 64;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of objects and arrays in a JSON text, strings skipped, capped at max + 1. */
export function jsonDepth(bytes: Uint8Array, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) depth--;
  }
  return deepest;
}

export function adminJson(): RequestHandler {
  return express.json({
    limit: '1mb',
    type: 'application/json',
    verify: (_req, _res, bytes) => {
      if (jsonDepth(bytes) > MAX_JSON_DEPTH)
        throw new BadRequest(
          `the body is nested more than ${MAX_JSON_DEPTH} levels deep; no admin body needs that`,
        );
    },
  });
}

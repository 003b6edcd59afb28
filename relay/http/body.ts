import type { Context } from 'hono';
import type * as v from 'valibot';
import { parseBody } from '../../src/domain/relay/wire';
import { Refusal } from './errors';

// A request body: JSON, within the limit (the body-limit middleware), valid by the shared schema.

/** The validated body, or a refusal naming the field. */
export async function readBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<v.InferOutput<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new Refusal(415, 'unsupported-media-type', 'content-type', 'send application/json');
  let json: unknown;
  try {
    json = JSON.parse(await c.req.text());
  } catch {
    throw new Refusal(400, 'invalid', 'body', 'the body is not valid JSON');
  }
  const parsed = parseBody(schema, json);
  if (!parsed.ok) throw new Refusal(400, 'invalid', parsed.problem.field, parsed.problem.message);
  return parsed.value;
}

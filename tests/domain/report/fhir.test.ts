import type {
  Bundle,
  Encounter,
  Observation,
  Provenance,
  QuestionnaireResponse,
  Resource,
} from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url } from '../../../src/domain/parse/base64';
import { sessionFhirBundle } from '../../../src/domain/report/fhir';
import { richInputs, signedRecord } from '../../fixtures/session-record';
import { bundleErrors, loadFhirR4, schemaErrors, structureErrors } from './fhir-validators';

// The FHIR R4 export, checked by two maintained validators (see fhir-validators.ts), and shown to
// fail them when a resource is broken on purpose.

beforeAll(loadFhirR4, 30_000);

async function bundle(): Promise<Bundle> {
  const { doc } = await signedRecord();
  return sessionFhirBundle(doc);
}

const resources = (b: Bundle): Resource[] => b.entry!.map((e) => e.resource!);
const ofType = <T extends Resource>(b: Bundle, type: T['resourceType']): T[] =>
  resources(b).filter((r): r is T => r.resourceType === type);
const coded = (b: Bundle, code: string): Observation[] =>
  ofType<Observation>(b, 'Observation').filter((o) => o.code.coding?.some((c) => c.code === code));

describe('sessionFhirBundle', () => {
  it('is a valid R4 Bundle of type collection', async () => {
    const b = await bundle();
    expect(b.resourceType).toBe('Bundle');
    expect(b.type).toBe('collection');
    expect(bundleErrors(b)).toEqual([]);
    // The validator loads the whole R4 definition set first: slow on a busy 2-core machine.
  }, 30_000);

  it('fails validation when a resource is broken on purpose', async () => {
    const b = await bundle();
    const obsIndex = b.entry!.findIndex((e) => e.resource!.resourceType === 'Observation');
    const noCode = structuredClone(b);
    delete (noCode.entry![obsIndex]!.resource as Partial<Observation>).code;
    expect(structureErrors(noCode)).toContain(
      `Bundle.entry[${obsIndex}].resource.code: Missing required property`,
    );
    const badStatus = structuredClone(b);
    (badStatus.entry![obsIndex]!.resource as { status: string }).status = 'done';
    expect(schemaErrors(badStatus.entry![obsIndex]!.resource!).join()).toMatch(/allowed values/);
    const badValue = structuredClone(b.entry![obsIndex]!.resource!) as Observation;
    (badValue.component![0]!.valueQuantity as { value: unknown }).value = '172';
    expect(schemaErrors(badValue)).not.toEqual([]);
  });

  it('has stable urn:uuid fullUrls, and every reference points inside the bundle', async () => {
    const { doc } = await signedRecord();
    const b = sessionFhirBundle(doc);
    const urls = new Set(b.entry!.map((e) => e.fullUrl));
    expect([...urls].every((u) => /^urn:uuid:[0-9a-f-]{36}$/.test(u!))).toBe(true);
    expect(urls.size).toBe(b.entry!.length);
    const refs = JSON.stringify(b).match(/"reference":"[^"]+"/g)!;
    for (const r of refs) expect(urls).toContain(r.slice(13, -1));
    expect(sessionFhirBundle(doc)).toEqual(b);
  });

  it('codes the BP panel, heart rate, respiratory rate and SpO2 with LOINC and UCUM', async () => {
    const b = await bundle();
    const panel = coded(b, '85354-9').find((o) => o.component?.[0]?.valueQuantity?.value === 172)!;
    expect(panel.component!.map((c) => [c.code.coding![0]!.code, c.valueQuantity])).toEqual([
      ['8480-6', { value: 172, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' }],
      ['8462-4', { value: 104, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' }],
    ]);
    expect(panel.effectiveDateTime).toBe('2026-03-08T14:43:00-05:00');
    expect(coded(b, '8867-4')[0]!.valueQuantity).toMatchObject({ value: 96, code: '/min' });
    expect(coded(b, '9279-1')[0]!.valueQuantity).toMatchObject({ value: 10, code: '/min' });
    const spo2 = coded(b, '59408-5')[0]!;
    expect(spo2.code.coding!.map((c) => c.code)).toEqual(['59408-5', '2708-6']);
    expect(spo2.valueQuantity).toMatchObject({ value: 95, code: '%' });
    const preDose = coded(b, '85354-9').find((o) => o.note?.[0]?.text === 'Before the dose');
    expect(preDose?.component?.[0]?.valueQuantity?.value).toBe(128);
  });

  it('maps responsiveness to AVPU’s SNOMED answers, and a shake to text only', async () => {
    const b = await bundle();
    const seen = coded(b, '67775-7').filter((o) => o.status !== 'cancelled');
    const answers = seen.map((o) => [
      o.valueCodeableConcept!.coding?.[0]?.code,
      o.valueCodeableConcept!.text,
    ]);
    expect(answers).toEqual([
      ['300202002', 'Drowsy, responds to their name (MOAA/S 4)'],
      [undefined, expect.stringMatching(/^Responds only to mild shaking .*no painful stimulus/)],
      ['422768004', expect.stringMatching(/^No response to shaking/)],
      ['248234008', 'Responds normally to their name (MOAA/S 5)'],
    ]);
  });

  it('puts the lay answers of each check-in in a QuestionnaireResponse by the sitter', async () => {
    const b = await bundle();
    const [first] = ofType<QuestionnaireResponse>(b, 'QuestionnaireResponse');
    const sitter = b.entry!.find((e) => e.resource!.resourceType === 'RelatedPerson')!;
    expect(first!.author?.reference).toBe(sitter.fullUrl);
    expect(first!.item!.map((i) => [i.linkId, i.answer![0]!.valueString])).toEqual([
      ['responsiveness', 'Drowsy, responds to name'],
      ['breathing', 'Normal'],
      ['comfort', 'Calm'],
      ['position', 'On side'],
      ['nausea', 'None'],
    ]);
    // A missed check-in was performed by nobody.
    for (const o of ofType<Observation>(b, 'Observation').filter((x) => x.status !== 'cancelled'))
      expect(o.performer).toEqual([{ reference: sitter.fullUrl }]);
  });

  it('groups the session in a finished Encounter and signs it with a Provenance', async () => {
    const { doc } = await signedRecord();
    const b = sessionFhirBundle(doc);
    const [enc] = ofType<Encounter>(b, 'Encounter');
    expect(enc).toMatchObject({ status: 'finished', class: { code: 'HH' } });
    expect(enc!.period).toEqual({
      start: '2026-03-08T14:00:00-05:00',
      end: '2026-03-08T16:11:00-05:00',
    });
    const [prov] = ofType<Provenance>(b, 'Provenance');
    expect(prov!.target).toHaveLength(b.entry!.length - 1);
    const sig = prov!.signature![0]!;
    expect(Buffer.from(sig.data!, 'base64')).toEqual(
      Buffer.from(fromBase64Url(doc.signature.value)!),
    );
    expect(sig.who).toEqual(prov!.agent[0]!.who);
    expect(JSON.stringify(b)).toContain(doc.signature.fingerprint);
  });

  it('stays valid for a session still running, and for one without entries', async () => {
    const running = await signedRecord(undefined, richInputs().slice(0, 8));
    const b = sessionFhirBundle(running.doc);
    expect(ofType<Encounter>(b, 'Encounter')[0]).toMatchObject({
      status: 'in-progress',
      period: { start: '2026-03-08T14:00:00-05:00' },
    });
    expect(bundleErrors(b)).toEqual([]);
    const empty = await signedRecord(undefined, []);
    const e = sessionFhirBundle(empty.doc);
    expect(ofType<Encounter>(e, 'Encounter')[0]!.period).toBeUndefined();
    expect(bundleErrors(e)).toEqual([]);
  });

  it('leaves withheld entries out', async () => {
    expect(JSON.stringify(await bundle())).not.toContain('cloud');
  });
});

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { isoDay } from '../../domain/format/time';
import type { ImportProblem } from '../../domain/parse/untrusted-json';
import {
  formFromProtocol,
  protocolFileFromForm,
  type ProtocolForm,
} from '../../domain/protocol/display';
import type { ClinicLink } from '../../domain/protocol/clinic';
import { DEFAULT_LABEL, type UnsourcedDefaultField } from '../../domain/protocol/defaults-basis';
import { PROTOCOL_BOUNDS as B, PROTOCOL_FIELD_LABEL as L } from '../../domain/protocol/fields';
import { encodeProtocolFragment } from '../../domain/protocol/fragment';
import { DEFAULT_PROTOCOL as D, type Protocol } from '../../domain/protocol/protocol';
import { serializeProtocolFile, validateProtocolValue } from '../../domain/protocol/validation';
import { now } from '../../platform/clock';
import { downloadText } from '../../platform/download';
import { PATHS } from '../../platform/router';
import { ProblemList } from '../common/ProblemList';

type TextKey = Exclude<keyof ProtocolForm, 'bpBeforeEnd'>;

// The form's numbers that are Sitwell's own unsourced defaults (defaults-basis.ts): the field each
// belongs to and its default, so a number left at it is labelled as such.
const UNSOURCED: Partial<Record<TextKey, [UnsourcedDefaultField, number]>> = {
  sessionSystolic: ['sessionBp', D.sessionBp.systolic],
  sessionDiastolic: ['sessionBp', D.sessionBp.diastolic],
  heartRateMin: ['heartRate', D.heartRate.min],
  heartRateMax: ['heartRate', D.heartRate.max],
  spo2Min: ['spo2Min', D.spo2Min],
};

/** A labelled text input bound to one form field; notes an unsourced default left as it is. */
function Input({
  k,
  label,
  form,
  set,
  providerSet,
  numeric = true,
}: {
  k: TextKey;
  label: string;
  form: ProtocolForm;
  set: (k: TextKey, v: string) => void;
  providerSet: readonly (keyof Protocol)[];
  numeric?: boolean;
}) {
  const unsourced = UNSOURCED[k];
  const atDefault =
    unsourced !== undefined &&
    !providerSet.includes(unsourced[0]) &&
    form[k].trim() === String(unsourced[1]);
  return (
    <div class="field">
      <label for={`pe-${k}`}>{label}</label>
      <input
        id={`pe-${k}`}
        inputMode={numeric ? 'numeric' : 'text'}
        autoComplete="off"
        value={form[k]}
        onInput={(e) => set(k, e.currentTarget.value)}
        aria-describedby={atDefault ? `pe-${k}-basis` : undefined}
      />
      {atDefault && (
        <p class="small muted" id={`pe-${k}-basis`}>
          {DEFAULT_LABEL}.
        </p>
      )}
    </div>
  );
}

/**
 * For providers: write a protocol, then hand it over as a link or a file (or use it on this
 * device).
 */
export function ProtocolEditor({
  initial,
  providerSet = [],
  onApply,
  clinic,
  renderMade,
}: {
  initial: Protocol;
  /** The clinic the protocol names for live oversight (the clinic console's own). */
  clinic?: ClinicLink;
  /** More to show beside a made link (the clinic console's QR code and printable page). */
  renderMade?: (made: { link: string; file: string }) => ComponentChildren;
  /** The fields the provider's protocol sets; the others start at Sitwell's defaults. */
  providerSet?: readonly (keyof Protocol)[];
  onApply?: (values: Partial<Protocol>) => void;
}) {
  const [form, setForm] = useState(() => formFromProtocol(initial));
  const [problems, setProblems] = useState<ImportProblem[]>();
  const [made, setMade] = useState<{ values: Partial<Protocol>; file: string; link: string }>();
  const [copied, setCopied] = useState('');
  const set = (k: keyof ProtocolForm, v: string | boolean): void => {
    setForm((f) => ({ ...f, [k]: v }));
    setMade(undefined);
  };

  const create = (e: Event): void => {
    e.preventDefault();
    const file = { ...protocolFileFromForm(form, isoDay(now())), ...(clinic && { clinic }) };
    const result = validateProtocolValue(file);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems(undefined);
    setCopied('');
    const link = `${location.origin}${PATHS.protocol}${encodeProtocolFragment(result)}`;
    setMade({
      values: result.values,
      file: serializeProtocolFile(result.values, result.issuedBy, result.issuedAt, result.clinic),
      link,
    });
  };
  const copy = (link: string): void => {
    navigator.clipboard.writeText(link).then(
      () => setCopied('Link copied.'),
      () => setCopied('Copying was not allowed here: select the link above and copy it.'),
    );
  };

  const p = { form, set, providerSet };
  return (
    <form onSubmit={create} noValidate>
      <p class="small muted">
        Every value is checked against the same rules as an imported file. The link carries the
        protocol in its “#” part, which browsers never send to a server.
      </p>
      <Input
        k="intervalMin"
        label={`${L.intervalMin} (minutes, ${B.intervalMin.min} to ${B.intervalMin.max})`}
        {...p}
      />
      <Input
        k="minMonitoringMin"
        label={`${L.minMonitoringMin} (minutes after the dose, at least ${B.minMonitoringMin.min})`}
        {...p}
      />
      <Input k="preDoseSystolic" label={`${L.preDoseBp}: top number (mmHg)`} {...p} />
      <Input k="preDoseDiastolic" label={`${L.preDoseBp}: bottom number (mmHg)`} {...p} />
      <Input
        k="closingSystolic"
        label={`${L.closingBp}: top number (empty: same as before dosing)`}
        {...p}
      />
      <Input k="closingDiastolic" label={`${L.closingBp}: bottom number (mmHg)`} {...p} />
      <Input k="sessionSystolic" label={`${L.sessionBp}: top number (mmHg)`} {...p} />
      <Input k="sessionDiastolic" label={`${L.sessionBp}: bottom number (mmHg)`} {...p} />
      <Input k="heartRateMin" label={`${L.heartRate}: lowest (beats per minute)`} {...p} />
      <Input k="heartRateMax" label={`${L.heartRate}: highest (beats per minute)`} {...p} />
      <Input k="spo2Min" label={`${L.spo2Min} (%)`} {...p} />
      <Input
        k="bpRecheckMin"
        label={`${L.bpRecheckMin} (minutes after the dose, separated by commas)`}
        {...p}
        numeric={false}
      />
      <div class="field">
        <label class="row check">
          <input
            type="checkbox"
            class="checkbox"
            checked={form.bpBeforeEnd}
            onChange={(e) => set('bpBeforeEnd', e.currentTarget.checked)}
          />
          <span>{L.bpBeforeEnd}: a reading is required before ending</span>
        </label>
      </div>
      <Input k="providerName" label={L.providerName} {...p} numeric={false} />
      <Input k="providerPhone" label={L.providerPhone} {...p} numeric={false} />
      <div class="field">
        <label for="pe-instructions">{L.instructions}</label>
        <textarea
          id="pe-instructions"
          value={form.instructions}
          onInput={(e) => set('instructions', e.currentTarget.value)}
        />
      </div>
      <Input k="issuedBy" label="Issued by (provider or clinic, optional)" {...p} numeric={false} />
      {problems && (
        <ProblemList
          title={`Nothing was created: ${needFixing(problems.length)}.`}
          problems={problems}
        />
      )}
      <button type="submit" class="primary">
        Create link and file
      </button>
      {made && (
        <div class="card stack">
          <label for="pe-link">Link to send</label>
          <textarea id="pe-link" readOnly value={made.link} class="mono" />
          <div class="row">
            <button type="button" onClick={() => copy(made.link)}>
              Copy link
            </button>
            <button type="button" onClick={() => downloadText('sitwell-protocol.json', made.file)}>
              Download file
            </button>
            {onApply && (
              <button type="button" onClick={() => onApply(made.values)}>
                Use on this device
              </button>
            )}
          </div>
          <p role="status" class="small">
            {copied}
          </p>
          {renderMade?.(made)}
        </div>
      )}
    </form>
  );
}

/** "one value needs fixing", "3 values need fixing". */
function needFixing(n: number): string {
  return n === 1 ? 'one value needs fixing' : `${n} values need fixing`;
}

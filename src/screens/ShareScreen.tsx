import { useEffect, useState } from 'preact/hooks';
import { ChoiceGroup } from '../components/common/ChoiceGroup';
import { DeviceKeyCard } from '../components/record/DeviceKeyCard';
import { PrivacyChoices } from '../components/record/PrivacyChoices';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { ShareFormats } from '../components/record/ShareFormats';
import { dayDateTime } from '../domain/format/time';
import type { ExportFormat } from '../domain/report/file-names';
import { defaultPaperSize, type PaperChoice } from '../domain/report/paper-size';
import { handOverText, privateCounts } from '../domain/report/share-choices';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../domain/report/withhold';
import { deviceRegionHint } from '../platform/region';
import { goBack } from '../platform/router';
import { useDeviceKeyFingerprint } from '../state/use-device-key';
import { useExport } from '../state/use-export';

const PAPERS = ['a4', 'letter'] as const;
/** Formats that may go to the share sheet, made ahead so it opens straight from the tap. */
const SHAREABLE: readonly ExportFormat[] = ['pdf', 'csv'];
const PAPER_LABELS: Record<PaperChoice, string> = { a4: 'A4', letter: 'US Letter' };
const MAKING: Record<ExportFormat, string> = {
  pdf: 'Making the PDF…',
  csv: 'Making the CSV…',
  json: 'Making the JSON…',
  fhir: 'Making the FHIR file…',
};

/** What the status line says, and whether it reports a failure. */
interface Status {
  text: string;
  failed: boolean;
}

/** "Share with the provider": the patient's choice, the paper, one button per file format. */
export default function ShareScreen({ sessionId }: { sessionId: string }) {
  const { session, error, prepare, share } = useExport(sessionId);
  const key = useDeviceKeyFingerprint();
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const [paper, setPaper] = useState<PaperChoice>(() => defaultPaperSize(deviceRegionHint()));
  const [busy, setBusy] = useState<ExportFormat>();
  const [status, setStatus] = useState<Status>();
  const loaded = !!session?.record;
  useEffect(() => {
    if (!loaded) return undefined;
    // The files that go to the share sheet are made ahead, once the choices settle.
    const id = setTimeout(() => {
      for (const format of SHAREABLE) prepare({ format, options, paper });
    }, 400);
    return () => clearTimeout(id);
  }, [loaded, options, paper]);

  const back = (
    <button class="block" onClick={goBack}>
      Back to the summary
    </button>
  );
  if (error || (session && !session.record)) {
    return (
      <main class="stack" aria-labelledby="share-heading">
        <ScreenHeading id="share-heading">Share with the provider</ScreenHeading>
        <p class="banner error" role="alert">
          {error ?? 'There is no session with this address on this device.'}
        </p>
        {back}
      </main>
    );
  }
  if (!session?.record)
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );

  const { people, createdAt } = session.record;
  const started = session.entries[0]?.at ?? createdAt;
  const onShare = async (format: ExportFormat): Promise<void> => {
    setBusy(format);
    setStatus({ text: MAKING[format], failed: false });
    const result = await share({ format, options, paper });
    setBusy(undefined);
    setStatus(
      result.ok
        ? { text: handOverText(result.outcome, result.fileName), failed: false }
        : { text: result.message, failed: true },
    );
  };

  return (
    <main class="stack" aria-labelledby="share-heading">
      <ScreenHeading id="share-heading">Share with the provider</ScreenHeading>
      <p>
        The session {people.patientName ? `with ${people.patientName} ` : ''}on{' '}
        {dayDateTime(started)}, sat by {people.sitterName}. Each file is signed by this device, so
        the provider can check that nothing was changed.
      </p>
      <PrivacyChoices
        counts={privateCounts(session.entries)}
        options={options}
        onChange={setOptions}
      />
      <ChoiceGroup
        name="paper"
        legend="Paper size for the PDF"
        options={PAPERS}
        labels={PAPER_LABELS}
        value={paper}
        onChange={setPaper}
      />
      <section aria-labelledby="formats-heading">
        <h2 id="formats-heading">What the provider receives</h2>
        <ShareFormats busy={busy} onShare={(f) => void onShare(f)} />
      </section>
      {/* Always in the page, so a screen reader hears each new outcome. */}
      <div role="status" class="share-status">
        {status && <p class={`banner ${status.failed ? 'error' : 'ok'}`}>{status.text}</p>}
      </div>
      <DeviceKeyCard fingerprint={key.fingerprint} error={key.error} />
      {back}
    </main>
  );
}

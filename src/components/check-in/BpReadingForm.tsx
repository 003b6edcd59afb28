import { useState } from 'preact/hooks';
import { validateVitals, type VitalsErrors } from '../../domain/check-in/vitals-validation';
import { BpFields, type RawBp } from './BpFields';
import { FormActions } from '../common/FormActions';

/** A small form for one blood-pressure reading; both numbers are required. */
export function BpReadingForm(props: {
  idPrefix: string;
  legend: string;
  submitLabel: string;
  onSave: (bp: { systolic: number; diastolic: number }) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [raw, setRaw] = useState<RawBp>({ systolic: '', diastolic: '' });
  const [errors, setErrors] = useState<VitalsErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const missing = 'Enter both numbers from the monitor.';
    if (raw.systolic.trim() === '' && raw.diastolic.trim() === '') {
      setErrors({ systolic: missing });
      return;
    }
    const result = validateVitals(raw);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    const { systolic, diastolic } = result.vitals;
    if (await props.onSave({ systolic: systolic!, diastolic: diastolic! }))
      setRaw({ systolic: '', diastolic: '' });
    setBusy(false);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <BpFields
        idPrefix={props.idPrefix}
        legend={props.legend}
        raw={raw}
        errors={errors}
        onField={(k, v) => setRaw((r) => ({ ...r, [k]: v }))}
      />
      <FormActions save={props.submitLabel} onCancel={props.onCancel} busy={busy} />
    </form>
  );
}

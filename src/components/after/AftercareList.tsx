import { AFTERCARE } from '../../domain/after/aftercare';
import { telHref } from '../../domain/contacts/emergency-number';
import { CrisisLinks } from '../review/CrisisLines';

/** A phone number as a tap-to-call link when it can be dialled, else as text. */
function Phone({ label, number }: { label: string; number: string }) {
  const href = telHref(number);
  return (
    <p>
      {label}: {href ? <a href={href}>{number}</a> : number}
    </p>
  );
}

/** What the household needs to know once monitoring ends, with the numbers to call beside it. */
export function AftercareList({
  emergencyNumber,
  provider,
}: {
  emergencyNumber: string;
  provider: { name: string; phone: string };
}) {
  return (
    <section aria-labelledby="aftercare-heading">
      <h2 id="aftercare-heading">Aftercare</h2>
      {AFTERCARE.map((item) => (
        <div class="card aftercare" key={item.id}>
          <h3>{item.title}</h3>
          <p>{item.text}</p>
          {item.list && (
            <ul>
              {item.list.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {item.id === 'call-provider' && provider.phone && (
            <Phone label={provider.name || 'Provider'} number={provider.phone} />
          )}
          {item.id === 'call-emergency' && emergencyNumber && (
            <Phone label="Emergency number" number={emergencyNumber} />
          )}
          {item.id === 'suicidal-thoughts' && <CrisisLinks emergencyNumber={emergencyNumber} />}
        </div>
      ))}
    </section>
  );
}

import { dialHref } from '../../domain/contacts/contacts';

/**
 * The emergency call: the confirmed number as a `tel:` link, at least 48 px tall, the same on the
 * session screen, the alarm, "Something's wrong", grounding and the provider screen, so calling is
 * one tap from any of them.
 */
export function CallButton({ number }: { number: string }) {
  return (
    <a class="call-link session-call" href={dialHref(number)}>
      Call {number}
    </a>
  );
}

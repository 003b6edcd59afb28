import { formatDuration } from '../../domain/format/duration';
import { clockTime } from '../../domain/format/time';

/** How fresh the board is: live, reconnecting, or how old its data is. */
export function ConnectionLine({
  state,
  since,
  freshAt,
  now,
}: {
  state: 'connecting' | 'live' | 'down' | 'refused';
  since: number;
  freshAt?: number | undefined;
  now: number;
}) {
  if (state === 'live')
    return (
      <p class="small clinic-conn live" role="status">
        Live: updates arrive as they happen.
      </p>
    );
  const age =
    freshAt === undefined
      ? 'The board has no data from the relay yet.'
      : `The board shows what the relay said at ${clockTime(freshAt)}, ` +
        `${formatDuration(now - freshAt)} ago.`;
  const what =
    state === 'refused'
      ? 'The relay no longer accepts this device. Set the console up again.'
      : state === 'connecting'
        ? 'Connecting to the relay…'
        : `The relay cannot be reached since ${clockTime(since)}; trying again.`;
  return (
    <p class="banner warn clinic-conn" role="status">
      {what} {age}
    </p>
  );
}

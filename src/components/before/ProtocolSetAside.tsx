import { DEFAULT_PROTOCOL as D } from '../../domain/protocol/protocol';
import { navigate, PATHS } from '../../platform/router';

/**
 * Says the stored protocol was refused and the defaults apply instead, with a way to see why; shown
 * where the sitter relies on the protocol (preparation, the start form).
 */
export function ProtocolSetAside() {
  return (
    <div class="banner warn" role="status">
      <p>
        The provider’s saved protocol can’t be used, so Sitwell’s conservative defaults apply
        (check-ins every {D.intervalMin} minutes, at least {D.minMonitoringMin / 60} hours of
        monitoring). Ask the provider for their protocol again.
      </p>
      <button type="button" onClick={() => navigate(PATHS.protocol)}>
        See why
      </button>
    </div>
  );
}

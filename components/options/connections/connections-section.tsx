import { useEffect } from 'react';

import { t } from '@/lib/i18n';

import { ConnectionProblem } from './connection-problem';
import { ConnectionRow } from './connection-row';
import type { UseConnectionsStore } from './connections-store';
import { TestConnection } from './test-connection';
import { useConnections } from './use-connections';

/** "Connected orgs": every signed-in org, Connect, Disconnect and the connection test. */
export function ConnectionsSection({
  useStore = useConnections,
}: {
  useStore?: UseConnectionsStore;
}) {
  const orgs = useStore((s) => s.orgs);
  const busy = useStore((s) => s.busy);
  const problem = useStore((s) => s.problem);
  const disconnected = useStore((s) => s.disconnected);
  const testing = useStore((s) => s.testing);
  const load = useStore((s) => s.load);
  const connect = useStore((s) => s.connect);
  const disconnect = useStore((s) => s.disconnect);

  useEffect(() => {
    void load();
  }, [load]);

  const locked = busy !== undefined || testing;
  return (
    <section
      className="sofie-card sofie-conn"
      aria-labelledby="connections-heading"
      data-section="connections"
      aria-busy={orgs === undefined}
    >
      <h2 id="connections-heading">{t('optionsConnHeading')}</h2>
      {orgs?.length === 0 ? <p className="sofie-muted">{t('optionsConnNone')}</p> : null}
      {orgs?.length ? (
        <ul className="sofie-conn__orgs">
          {orgs.map((org) => (
            <ConnectionRow
              key={org.key}
              org={org}
              disabled={locked}
              onDisconnect={() => void disconnect(org.key)}
            />
          ))}
        </ul>
      ) : null}
      <div className="sofie-row sofie-conn__actions">
        <button
          type="button"
          className="sofie-button sofie-button--brand"
          data-action="connect"
          disabled={locked}
          onClick={() => void connect()}
        >
          {busy === 'connect' ? t('optionsConnConnecting') : t('optionsConnConnect')}
        </button>
        <button
          type="button"
          className="sofie-button"
          data-action="connect-other-user"
          disabled={locked}
          onClick={() => void connect('login')}
        >
          {busy === 'connect-other' ? t('optionsConnConnecting') : t('optionsConnConnectOther')}
        </button>
      </div>
      <div role="status" aria-live="polite" className="sofie-conn__status">
        {problem ? <ConnectionProblem problem={problem} /> : null}
        {disconnected ? <p>{t('optionsConnDisconnected', disconnected)}</p> : null}
      </div>
      <TestConnection useStore={useStore} />
    </section>
  );
}

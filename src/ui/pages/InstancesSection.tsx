/** Mastodon beyond the common instances: the user adds an instance; the browser asks for access. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addInstance, listInstances, removeInstance, type InstanceApi } from '../../background/instances';
import { t } from '../i18n';

const api = browser as unknown as InstanceApi;

export function InstancesSection({ onMessage }: { onMessage: (m: string) => void }) {
  const [list, setList] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const refresh = async () => setList(await listInstances(api));
  useEffect(() => {
    void refresh();
  }, []);
  return (
    <section aria-labelledby="instances-h">
      <h2 id="instances-h">{t('instancesTitle')}</h2>
      <p class="muted">{t('instancesHint')}</p>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          // The permission prompt must start inside the click, before anything is awaited.
          void addInstance(input, api).then(async (r) => {
            onMessage(r.ok ? t('instanceAdded', r.origin) : t(r.reason === 'invalid' ? 'instanceInvalid' : r.reason === 'built-in' ? 'instanceBuiltIn' : 'instanceDenied'));
            if (r.ok) setInput('');
            await refresh();
          });
        }}
      >
        <label>
          <span class="label">{t('instanceAddress')}</span>
          <input type="text" value={input} placeholder="social.example.id" onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="btn">
          {t('instanceAdd')}
        </button>
      </form>
      {list.length ? (
        <ul class="plain">
          {list.map((o) => (
            <li key={o}>
              {o}{' '}
              <button type="button" class="link" onClick={async () => {
                await removeInstance(o, api);
                await refresh();
                onMessage(t('instanceRemoved', o));
              }}>
                {t('instanceRemove', o)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** An optional countdown per scenario; it restarts when the scenario changes. Silent at zero. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

export function Timer({ seconds, runKey }: { seconds: number; runKey: string }) {
  const [left, setLeft] = useState(seconds);
  const [running, setRunning] = useState(true);
  // A countdown starts from `left` when `round` changes: a new scenario and a restart bump it
  // after setting `left`, so the countdown starts from the full time, never from what the
  // previous scenario had left (its effect would otherwise read `left` before the reset).
  const [round, setRound] = useState(0);
  useEffect(() => {
    setLeft(seconds);
    setRunning(true);
    setRound((n) => n + 1);
  }, [runKey, seconds]);
  useEffect(() => {
    if (!running || left <= 0) return;
    const end = Date.now() + left * 1000;
    const tick = setInterval(() => {
      const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setLeft(s);
      if (s === 0) clearInterval(tick);
    }, 250);
    return () => clearInterval(tick);
  }, [running, round]);
  const mm = Math.floor(left / 60);
  const ss = String(left % 60).padStart(2, '0');
  return (
    <div class={`timer ${left === 0 ? 'done' : ''}`} role="timer" aria-label={t('practiceTimer')}>
      <span class="timer-clock">{left === 0 ? t('practiceTimeUp') : `${mm}:${ss}`}</span>
      <button type="button" class="btn btn-small" onClick={() => (left === 0 ? (setLeft(seconds), setRunning(true), setRound((n) => n + 1)) : setRunning((r) => !r))}>
        {left === 0 ? t('practiceTimerRestart') : running ? t('practiceTimerPause') : t('practiceTimerResume')}
      </button>
    </div>
  );
}

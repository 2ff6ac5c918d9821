/**
 * Whether to open the welcome page: once, when Netra is first installed, unless the agency's
 * policy turns it off (staff who get Netra from their agency are told about it there). An
 * update, a browser update or a re-enable never shows it again; nor does a start that the
 * browser reports as an install although Netra's data is still there (an unpacked build loaded
 * from the command line is "installed" at every start).
 */
import type { Policy } from './model';

export type InstallReason = 'install' | 'update' | 'browser_update' | 'chrome_update' | 'shared_module_update' | string;

export function shouldShowWelcome(reason: InstallReason, policy: Pick<Policy, 'showWelcome'>, shownBefore = false): boolean {
  return reason === 'install' && !shownBefore && policy.showWelcome !== false;
}

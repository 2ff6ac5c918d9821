import { expect, test } from 'vitest';
import { DEV_EXTENSION_ID, DEV_PUBLIC_KEY, extensionIdFromKey } from '../src/build/extension-key';

test('the documented extension id is the one the manifest key gives', async () => {
  expect(await extensionIdFromKey(DEV_PUBLIC_KEY)).toBe(DEV_EXTENSION_ID);
});

/**
 * `httpRequestTests` that apply only to clients. The packages have no request serializer (a client
 * calls the service with the AWS SDK or its own fetch), so these are not applicable: reported as
 * skipped with that reason, never as passed.
 */

import type { CaseKind } from '../types.js';

export const clientRequest: CaseKind = {
  name: 'client-request',
  claims: (c) => c.trait === 'httpRequestTests' && c.appliesTo === 'client',
  run: async () => ({ status: 'skipped', reason: 'not applicable: the packages offer no client request serializer' }),
};

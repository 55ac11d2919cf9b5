/**
 * Browser page code: validates response bodies with the precompiled strict and lenient validators.
 * Bundle it (`build.ts`) and open index.html from any static server; the page's CSP forbids eval.
 */
import { formatErrors, validateGetOTAUpdateResponseJson as strict } from '@ota-contract/json-schema';
import { validateGetOTAUpdateResponseJson as lenient } from '@ota-contract/json-schema/lenient';

const bodies = [
  { otaUpdateInfo: { otaUpdateId: 'fw-2024-06', otaUpdateStatus: 'CREATE_COMPLETE', creationDate: 1717243200.123 } },
  { otaUpdateInfo: { otaUpdateId: 'fw-2024-06', otaUpdateStatus: 'SOME_FUTURE_STATUS', traceId: 'x' } },
  { otaUpdateInfo: { description: '😀'.repeat(2029) } },
];

const results = bodies.map((body) => ({ strict: strict(body), lenient: lenient(body), issues: strict(body) ? [] : formatErrors(strict.errors, body) }));

// Proof that the policy is enforced: run-time code generation must fail on this page.
let evalBlocked = false;
try {
  new Function('return 1')();
} catch {
  evalBlocked = true;
}

document.getElementById('out')!.textContent = JSON.stringify({ results, evalBlocked }, null, 2);
document.body.dataset.result = JSON.stringify({ results, evalBlocked });
document.body.dataset.state = 'done';

/**
 * Renders an OTA update (as the AWS SDK returns it: Date, Uint8Array, enums) or an error. Every
 * value goes through `textContent`, and every field carries `data-field` so tests can read it.
 */

import type { OTAUpdateInfo } from '@aws-sdk/client-iot';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

/** The fields shown, in order, with how each is written. */
export function describeUpdate(info: OTAUpdateInfo): [field: string, label: string, text: string][] {
  const file = info.otaUpdateFiles?.[0];
  const signature = file?.codeSigning?.customCodeSigning?.signature?.inlineDocument;
  const rows: [string, string, string | undefined][] = [
    ['otaUpdateId', 'ID', info.otaUpdateId],
    ['otaUpdateArn', 'ARN', info.otaUpdateArn],
    ['otaUpdateStatus', 'Status', info.otaUpdateStatus],
    ['creationDate', 'Created', info.creationDate?.toISOString()],
    ['lastModifiedDate', 'Last modified', info.lastModifiedDate?.toISOString()],
    ['description', 'Description', info.description],
    ['targets', 'Targets', info.targets?.join(', ')],
    ['protocols', 'Protocols', info.protocols?.join(', ')],
    ['targetSelection', 'Target selection', info.targetSelection],
    ['fileCount', 'Files', info.otaUpdateFiles ? String(info.otaUpdateFiles.length) : undefined],
    ['signature', 'First file signature', signature ? `${signature.length} bytes: ${hex(signature.subarray(0, 16))}${signature.length > 16 ? ' …' : ''}` : undefined],
  ];
  return rows.filter((r): r is [string, string, string] => r[2] !== undefined);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

export function renderUpdate(target: HTMLElement, status: HTMLElement, info: OTAUpdateInfo | undefined): void {
  if (!info) {
    status.textContent = 'The service returned no OTA update.';
    document.body.dataset.state = 'empty';
    return;
  }
  const list = element('dl', undefined, { id: 'ota-update' });
  for (const [field, label, text] of describeUpdate(info)) {
    list.append(element('dt', label), element('dd', text, { 'data-field': field, ...(field === 'otaUpdateStatus' ? { class: `status-${text}` } : {}) }));
  }
  target.replaceChildren(list);
  status.textContent = `Loaded ${info.otaUpdateId ?? 'the OTA update'}.`;
  document.body.dataset.state = 'ready';
}

/** Errors of the AWS SDK carry `name` (the modeled error) and `$metadata.httpStatusCode`. */
export function renderError(target: HTMLElement, status: HTMLElement, error: unknown): void {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const box = element('div', undefined, { id: 'error', class: 'error', role: 'alert' });
  box.append(
    element('strong', e.name ?? 'Error', { 'data-error-name': e.name ?? 'Error' }),
    element('span', `HTTP ${e.$metadata?.httpStatusCode ?? '?'}: `, { 'data-status': String(e.$metadata?.httpStatusCode ?? '') }),
    element('span', e.message ?? String(error), { 'data-message': '' }),
  );
  target.replaceChildren(box);
  status.textContent = 'Could not load the OTA update.';
  document.body.dataset.state = 'error';
}

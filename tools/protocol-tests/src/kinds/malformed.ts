/**
 * `httpMalformedRequestTests`: each malformed request (once per `testParameters` index) goes to the
 * service's handlers, which must answer with the case's status and headers, and a body that
 * satisfies the assertion: `contents` (JSON-equal for a JSON media type, else the same bytes) or
 * `messageRegex` (matched against the body's `message`).
 */

import { caseMessage } from '../collect.js';
import { answer, bytesOf, errorText } from '../handlers.js';
import { bodyProblem, caseRequest, headerProblems, isJsonMediaType } from '../http.js';
import { expandTestParameters } from '../parameters.js';
import type { CaseKind, CaseOutcome, GeneratedService, NodeValue, ProtocolCase } from '../types.js';

type Node = Readonly<Record<string, NodeValue>>;
const rec = (v: NodeValue | undefined): Node => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});

async function runOne(raw: Node, service: GeneratedService): Promise<string[]> {
  const request = caseRequest(caseMessage(rec(raw.request)));
  const expected = rec(raw.response);
  let response: Response | undefined;
  try {
    response = await answer(service, request);
  } catch (e) {
    return [`the handler threw ${errorText(e)}`];
  }
  if (!response) return ['no handler matched the request'];
  const problems = headerProblems(caseMessage(expected), response);
  const bytes = await bytesOf(response);
  const body = rec(expected.body);
  const assertion = rec(body.assertion);
  const mediaType = typeof body.mediaType === 'string' ? body.mediaType : undefined;
  if (mediaType !== undefined) {
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.toLowerCase().startsWith(mediaType.toLowerCase())) problems.push(`content-type: expected ${mediaType}, got ${JSON.stringify(contentType)}`);
  }
  if (typeof assertion.contents === 'string') {
    const p = bodyProblem(assertion.contents, mediaType, bytes);
    if (p) problems.push(p);
  }
  if (typeof assertion.messageRegex === 'string') {
    const text = new TextDecoder().decode(bytes);
    let message: unknown;
    try {
      const json = isJsonMediaType(mediaType) || text.trim().startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {};
      message = json.message ?? json.Message;
    } catch {
      message = undefined;
    }
    if (typeof message !== 'string' || !new RegExp(assertion.messageRegex).test(message)) problems.push(`message: expected to match /${assertion.messageRegex}/, got ${JSON.stringify(message ?? text.slice(0, 200))}`);
  }
  return problems;
}

export const malformed: CaseKind = {
  name: 'malformed',
  claims: (c) => c.trait === 'httpMalformedRequestTests',
  async run(c: ProtocolCase, service: GeneratedService): Promise<CaseOutcome> {
    const variants = expandTestParameters(c.raw);
    const failures: string[] = [];
    for (const [i, raw] of variants.entries()) {
      const problems = await runOne(raw, service);
      if (problems.length) failures.push(`${variants.length > 1 ? `[${i}] ` : ''}${problems.join('; ')}`);
    }
    return failures.length ? { status: 'failed', reason: failures.join(' || ') } : { status: 'passed' };
  },
};

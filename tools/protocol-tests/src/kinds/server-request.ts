/**
 * `httpRequestTests` that apply to servers: the case's request goes to the service's handlers; the
 * operation's resolver captures the input the handler parsed (after the strict input check), which
 * must equal `params` under Smithy's equality. The request must reach that operation's handler.
 */

import { smithyDiff } from '../equality.js';
import { answer, bytesOf, errorText, operationOf } from '../handlers.js';
import { caseRequest } from '../http.js';
import { toApplication } from '../params.js';
import type { CaseKind, CaseOutcome, GeneratedService, NodeValue, ProtocolCase } from '../types.js';

const CAPTURED = new Error('input captured');

export const serverRequest: CaseKind = {
  name: 'server-request',
  claims: (c) => c.trait === 'httpRequestTests' && c.appliesTo !== 'client',
  async run(c: ProtocolCase, service: GeneratedService): Promise<CaseOutcome> {
    const op = operationOf(service, c.operation);
    if (!op) return { status: 'failed', reason: `operation ${c.operation} is not in the generated model` };
      let captured: { operation: string; input: unknown } | undefined;
    const resolvers = Object.fromEntries(
      service.model.operations.map((o) => [
        o.name,
        (input: unknown) => {
          captured = { operation: o.name, input };
          throw CAPTURED;
        },
      ]),
    );
    try {
      const response = await answer(service, caseRequest(c.message), resolvers);
      if (!captured) {
        if (!response) return { status: 'failed', reason: 'no handler matched the request' };
        return { status: 'failed', reason: `the handler answered ${response.status} ${response.headers.get('x-amzn-errortype') ?? ''}: ${new TextDecoder().decode(await bytesOf(response)).slice(0, 400)}` };
      }
    } catch (e) {
      if (e !== CAPTURED) return { status: 'failed', reason: `the handler threw ${errorText(e)}` };
    }
    if (!captured) return { status: 'failed', reason: 'no input captured' };
    if (captured.operation !== op.name) return { status: 'failed', reason: `routed to ${captured.operation}, not ${op.name}` };
    const expected = op.input ? toApplication(service.model, op.input, c.params as NodeValue) : {};
    const diff = smithyDiff(expected, captured.input, service.model, op.input ? service.model.shapes.get(op.input) : undefined);
    return diff ? { status: 'failed', reason: `parsed input differs at ${diff}` } : { status: 'passed' };
  },
};

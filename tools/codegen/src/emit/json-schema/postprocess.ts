/**
 * Rewrites of ajv's standalone source, each keeping what the code accepts and rejects (the
 * agreement tests hold the result equal to ajv on the document):
 * - `require("…")` → ESM namespace imports (ajv's ESM output still uses `require`);
 * - code point counts guarded by the UTF-16 length, which often decides alone;
 * - the `evaluated` bookkeeping of Ajv2020 removed when it can never change anything, so the
 *   module has no top-level side effects and bundlers drop the validators a page does not use.
 */

/**
 * Each `require("spec").a["b"]` becomes `pick(nsN, ["a", "b"])` over `import * as nsN from "spec.js"`.
 * `pick` reads through CommonJS interop alike in Node (where `namespace.default` is
 * `module.exports`) and in bundlers that honour `__esModule`; it is marked pure for tree shaking.
 */
export function toEsmImports(code: string): { code: string; imports: string[] } {
  const locals = new Map<string, string>();
  const body = code.replace(/^"use strict";\s*/, '').replace(/require\("([^"]+)"\)((?:\.[A-Za-z_$][\w$]*|\["[^"\\]*"\])*)/g, (_match, spec: string, access: string) => {
    const file = spec.endsWith('.js') ? spec : `${spec}.js`;
    let local = locals.get(file);
    if (local === undefined) {
      local = `cjs${locals.size}`;
      locals.set(file, local);
    }
    const path = [...access.matchAll(/\.([A-Za-z_$][\w$]*)|\["([^"\\]*)"\]/g)].map((m) => m[1] ?? m[2]);
    return `/* @__PURE__ */ pick(${local}, ${JSON.stringify(path)})`;
  });
  const head = [...locals].map(([file, local]) => `import * as ${local} from ${JSON.stringify(file)};`);
  if (head.length) head.push('function pick(ns, path) { let v = ns.default && ns.default.__esModule ? ns.default : ns; for (const k of path) v = v[k]; return v; }');
  return { code: `${head.join('\n')}${head.length ? '\n' : ''}${body.trim()}\n`, imports: [...locals.keys()] };
}

/**
 * ajv counts code points (`ucs2length`) for every `minLength`/`maxLength`, walking the whole
 * string. A string has at least `length / 2` and at most `length` code points, so the count is
 * needed only when the UTF-16 length leaves the answer open; guard each comparison with that.
 */
export function guardCodePointCounts(code: string): string {
  const fn = /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/.exec(code)?.[1];
  if (!fn) return code;
  return code
    .replace(new RegExp(`\\b${fn}\\((\\w+)\\) > (\\d+)`, 'g'), (_m, v: string, n: string) => `(${v}.length > ${n} && ${fn}(${v}) > ${n})`)
    .replace(new RegExp(`\\b${fn}\\((\\w+)\\) < (\\d+)`, 'g'), (_m, v: string, n: string) => `(${v}.length < ${2 * Number(n)} && ${fn}(${v}) < ${n})`);
}

const EVALUATED_ASSIGNMENT = /^validate\d+\.evaluated = (\{[^\n]*\});\n/gm;
const EVALUATED_RESET = /^const evaluated\d+ = validate\d+\.evaluated;\nif\(evaluated\d+\.dynamicProps\)\{\nevaluated\d+\.props = undefined;\n\}\nif\(evaluated\d+\.dynamicItems\)\{\nevaluated\d+\.items = undefined;\n\}\n/gm;

/**
 * Ajv2020 tracks evaluated properties for `unevaluatedProperties`, which these documents never use:
 * every function gets `validateN.evaluated = {…, dynamicProps: false, dynamicItems: false}` and a
 * reset that only runs when a flag is true. Both go when every flag is false and nothing else reads
 * them; otherwise the code is returned unchanged.
 */
export function dropStaticEvaluated(code: string): string {
  const assignments = [...code.matchAll(EVALUATED_ASSIGNMENT)];
  if (assignments.some((m) => /"dynamic(Props|Items)":true/.test(m[1]!))) return code;
  const stripped = code.replace(EVALUATED_ASSIGNMENT, '').replace(EVALUATED_RESET, '');
  return /\bevaluated\d*\b/.test(stripped) ? code : stripped;
}

/** Marks `new RegExp(…)` constants pure, so an unused validator's patterns are dropped with it. */
export function markPatternsPure(code: string): string {
  return code.replace(/^(const pattern\d+ = )new RegExp\(/gm, '$1/* @__PURE__ */ new RegExp(');
}

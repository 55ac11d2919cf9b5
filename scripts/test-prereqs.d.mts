/** Types of test-prereqs.mjs (the tests import it from TypeScript). */
export declare const FIX: string;
export declare function onPath(name: string): string | undefined;
export declare function findChromium(): string | undefined;
export declare function findPythonWithBoto3(): { python: string | undefined; tried: string[] };
/** The Chromium executable; throws naming the tool and the fix when there is none. */
export declare function requireChromium(): string;
/** A python3 that imports boto3; throws naming the tool and the fix when there is none. */
export declare function requirePythonWithBoto3(): string;

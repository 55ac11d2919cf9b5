/** `@ota-contract/msw/server`: the handlers over real HTTP (Node only). */

export { startMockServer, DEFAULT_PORT, type MockServer, type MockServerOptions } from './mock-server.js';
export { handleAdmin, ADMIN_PREFIX, type AdminContext } from './admin.js';
export { seedFromFixtures } from './seed.js';

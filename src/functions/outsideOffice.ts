// The shared-runtime page also opens outside Excel (the browser test, a developer's browser), where
// office.js defines no CustomFunctions. The build appends bare CustomFunctions.associate(...) calls to
// functions.ts, which would then throw; a registry that registers nothing keeps the page error-free.
// Imported first by functions.ts, so it runs before those calls. Inside Excel it does nothing.
const host = globalThis as { CustomFunctions?: unknown };
if (host.CustomFunctions === undefined) {
  host.CustomFunctions = { associate: (): void => undefined };
}
export {};

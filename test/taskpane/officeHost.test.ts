// Which Excel saves a download: the pane asks Office where it runs, and only Excel for Mac and for
// iPad (WKWebView, which drops downloads) get the note instead of the button.
import { officeHost } from "../../src/taskpane/officeHost";

function onPlatform(platform: string | undefined): boolean {
  const g = globalThis as unknown as { Office?: unknown };
  const before = g.Office;
  g.Office = { context: { diagnostics: platform === undefined ? undefined : { platform } } };
  try {
    return officeHost.downloads?.() ?? true;
  } finally {
    g.Office = before;
  }
}

test("Excel on the web and on Windows download; Excel for Mac and iPad do not", () => {
  expect(onPlatform("OfficeOnline")).toBe(true);
  expect(onPlatform("PC")).toBe(true);
  expect(onPlatform("Mac")).toBe(false);
  expect(onPlatform("iOS")).toBe(false);
  // A browser without Office (the browser test's page before the double answers) is a browser.
  expect(onPlatform(undefined)).toBe(true);
});

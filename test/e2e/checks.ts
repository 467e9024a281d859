// The browser test's own tally: each check says what a user would see, and the run ends with
// "N passed, N failed" so CI logs read the same as jest's.
export class Checks {
  passed = 0;
  failed = 0;

  ok(what: string, condition: boolean, detail = ""): boolean {
    if (condition) {
      this.passed += 1;
      console.log(`  ✓ ${what}`);
    } else {
      this.failed += 1;
      console.log(`  ✗ ${what}${detail ? `\n      ${detail}` : ""}`);
    }
    return condition;
  }

  fail(what: string, error: unknown): void {
    this.ok(what, false, error instanceof Error ? (error.stack ?? error.message) : String(error));
  }

  summary(): string {
    return `${this.passed} passed, ${this.failed} failed`;
  }
}

// Globals every browser (and Office's web views) has that jest's jsdom environment leaves out. The
// pane renders the notice document after a run, and the docx library needs them: without them every
// jsdom test of a run would end on the pane's "cannot make the Word file" bar. Import it first.
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder });

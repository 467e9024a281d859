import { fireEvent, screen, waitFor } from "@testing-library/react";

/**
 * Opens a pane section by its header and waits until what it holds has arrived: the column meanings
 * and the rules editor are fetched as a chunk when first opened (lazyParts), so a user sees
 * "正在加载…" for a moment before the controls.
 */
export async function openSection(title: string): Promise<void> {
  const header = screen.getByRole("button", { name: title });
  fireEvent.click(header);
  const region = document.getElementById(header.getAttribute("aria-controls") ?? "");
  if (region === null) throw new Error(`the section "${title}" has no region`);
  await waitFor(
    () => {
      if (region.querySelector("[role=status]") !== null || region.childElementCount === 0) throw new Error(`"${title}" is still loading`);
    },
    // The first open compiles the chunk's modules under jest's transform, which on a loaded CI
    // machine takes longer than waitFor's default second.
    { timeout: 15000 },
  );
}

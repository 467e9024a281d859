// Task pane entry: Office must be ready before src/excel may touch the workbook.
import { createRoot } from "react-dom/client";
import { officeHost } from "./officeHost";
import { Pane } from "./Pane";

void Office.onReady(() => {
  // taskpane.html normally gives the pane a #container; a page without one still gets the pane.
  const container = document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
  createRoot(container).render(<Pane host={officeHost} />);
});

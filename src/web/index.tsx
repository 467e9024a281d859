// The offline page's entry (dist/web/assess.html): no Office.js, the pane over a file in memory.
import { createRoot } from "react-dom/client";
import { webText } from "../core/messages/web";
import { browserLanguage } from "./fileHost";
import { WebPage } from "./WebPage";

const lang = browserLanguage();
document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
document.title = webText(lang).pageTitle;
const container = document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
createRoot(container).render(<WebPage lang={lang} />);

// Every sentence the command line says, Chinese first and English second. Problems found in the data
// keep their own texts (./problems); these are the words around them: usage, files, the summary.
import type { Lang } from "./ui";

/**
 * Codes of the problems the command line itself finds (usage and files). They sit beside the core's
 * ProblemCodes in the JSON output's "problems" and, like them, never change once published.
 */
export type CliProblemCode =
  | "USAGE" // an unknown option, a missing argument
  | "FILE_NOT_FOUND"
  | "NOT_XLSX" // the input is not an .xlsx/.xlsm workbook (a CSV, an .xls, an .ods, a folder…); the output name is not .xlsx
  | "FILE_UNREADABLE" // the input could not be read: truncated or damaged, or the system refused to read it
  | "FILE_ENCRYPTED" // the workbook is password-protected
  | "FILE_TOO_LARGE" // the workbook holds more cells than ASSESS reads, or a part inflates past its limit
  | "SCHEME_FILE_INVALID" // the --scheme file is missing, not JSON, or holds invalid rules
  | "WRITE_FAILED";

export interface CliText {
  help: string;
  unknownOption: (option: string) => string;
  missingValue: (option: string) => string;
  badLang: (value: string) => string;
  unknownCommand: (command: string) => string;
  missingCommand: string;
  missingInput: string;
  /** -o names a file that is only read (a team's file): it would be overwritten with the ranked copy. */
  outputIsReadOnly: (path: string) => string;
  fileNotFound: (path: string) => string;
  notXlsx: (path: string) => string;
  oldXls: (path: string) => string;
  textFile: (path: string) => string;
  odsFile: (path: string) => string;
  xlsbFile: (path: string) => string;
  zipNotWorkbook: (path: string) => string;
  emptyFile: (path: string) => string;
  isDirectory: (path: string) => string;
  notRegularFile: (path: string) => string;
  encrypted: (path: string) => string;
  corrupt: (path: string) => string;
  tooLarge: (path: string, maxCells: number) => string;
  outputNotXlsx: (path: string, kind: string) => string;
  /** The output names another kind of workbook than the input (.xlsx for an .xlsm, or the reverse). */
  outputKindMismatch: (path: string, kind: string) => string;
  docxNotDocx: (path: string) => string;
  /** --letters names a file, not a folder. */
  lettersNotFolder: (path: string) => string;
  /** --letters: the folder written, how many letters, and the one document of them all. */
  lettersWritten: (folder: string, count: number, combined: string) => string;
  unreadable: (path: string, detail: string) => string;
  schemeFileNotFound: (path: string) => string;
  schemeFileNotJson: (path: string, detail: string) => string;
  schemeFileInvalid: (path: string) => string;
  writeFailed: (path: string, detail: string) => string;
  diskFull: (path: string) => string;
  /** One problem as a line; its message already names the sheet and cell. */
  problemLine: (severity: "error" | "warning", message: string) => string;
  errorsFound: (count: number) => string;
  nothingWritten: string;
  written: (path: string) => string;
  /** --print-a4: a score sheet given A4 portrait, one page wide, and the part of the user's that changed. */
  printA4Set: (sheet: string, part: string) => string;
  /** --print-a4: a score sheet that has a page setup of its own, left as it is. */
  printA4Kept: (sheet: string) => string;
  groupSummary: (group: string, units: number, tiers: string) => string;
  tierCount: (tier: string, count: number) => string;
  tierSeparator: string;

  demoRanking: (input: string) => string;
  demoFailed: string;
  demoNoticeHeading: string;
}

const CLI_TEXT_ZH: CliText = {
  help: [
    "ASSESS 依法行政考核：读取考核得分工作簿（.xlsx 或 .xlsm），计算综合成绩、等次和名次，写出结果工作表。",
    "",
    "用法：",
    "  npx assess rank <输入.xlsx> [<队组.xlsx> …] [-o <输出.xlsx>] [--docx <通报.docx>] [--letters <文件夹>] [--previous <上年.xlsx>] [--print-a4] [--json] [--scheme <设置.json>] [--lang zh|en]",
    "  （在 ASSESS 项目文件夹中；npm link 或 npm install -g 之后可直接用 assess rank …；也可用 npm run --silent assess -- rank …）",
    "  输入之后的工作簿（如各实地考核组交回的 第一组.xlsx）只读取：每个单位的各项得分从所有文件中汇总，",
    "  同一单位同一项在两处的分值不同即报错；结果只写入第一个工作簿的副本。",
    "",
    "选项：",
    "  -o, --output <文件>   输出文件（默认：输入文件旁的 <文件名>.assess.xlsx，.xlsm 输入则为 .assess.xlsm，输出与输入同类；只有用 -o 指定时才会覆盖输入文件）",
    "  --docx <文件>         另写出 Word 格式的考核情况通报（按 GB/T 9704 公文格式：标题、主送机关、考核方式、考评结果及等次、各组成绩附件）",
    "  --letters <文件夹>    另给每个被考核单位写一份考核结果反馈函（<名次>-<单位>.docx），并把全部反馈函合成一个文件（全部反馈单.docx）便于一次打印",
    "  --previous <上年.xlsx> 上年的考核结果（ASSESS 写出的排名副本，或含单位名称、类别、综合成绩的表）：考核结果增加上年得分、上年名次、名次变化，反馈函和通报写明较上年进位或退位；更名的单位写在本工作簿的“单位更名”表（旧名称、新名称）",
    "  --json                在标准输出打印一个 JSON 文档（其余说明文字写到标准错误）",
    "  --print-a4            没有页面设置的得分表设为 A4 纵向、缩放为一页宽（会改动该工作表，默认不改；已有页面设置的不动）",
    "  --scheme <文件>       使用 JSON 文件中的考核规则（权重、满分、等次及名额、排名方式及同分排序、加分上限、评委计分等，见 README），代替工作簿“考核设置”表中的规则",
    "  --lang zh|en          提示信息的语言（默认 zh）",
    "  -h, --help            显示本说明",
    "  -v, --version         显示 ASSESS 的版本号",
    "",
    "退出码：0 已写出结果；1 数据有错误（未写出任何文件，错误逐条列出单元格）；2 用法或文件问题。",
  ].join("\n"),
  unknownOption: (o) => `不认识的选项“${o}”。用 --help 查看用法。`,
  missingValue: (o) => `选项“${o}”后面缺少值。`,
  badLang: (v) => `--lang 只能是 zh 或 en，而不是“${v}”。`,
  unknownCommand: (c) => `不认识的命令“${c}”：目前只有 rank。用 --help 查看用法。`,
  missingCommand: "缺少命令：用法为 assess rank <输入.xlsx>。用 --help 查看用法。",
  missingInput: "缺少输入文件：用法为 assess rank <输入.xlsx>。",
  outputIsReadOnly: (p) => `输出文件“${p}”是只读取的队组文件：结果只写入第一个工作簿的副本，请用 -o 指定另一个文件。`,
  fileNotFound: (p) => `找不到文件“${p}”。`,
  notXlsx: (p) => `“${p}”不是 .xlsx 工作簿。`,
  oldXls: (p) => `“${p}”是旧版 Excel 97-2003 工作簿（.xls）：请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再试。`,
  textFile: (p) => `“${p}”是文本文件（如 CSV），不是 Excel 工作簿：请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再试。`,
  odsFile: (p) => `“${p}”是 OpenDocument 电子表格（.ods）：请在 LibreOffice、WPS 或 Excel 中打开，另存为 Excel 工作簿（.xlsx）后再试。`,
  xlsbFile: (p) => `“${p}”是 Excel 二进制工作簿（.xlsb）：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）后再试。`,
  zipNotWorkbook: (p) => `“${p}”是压缩包，但不是 Excel 工作簿（可能是 Word 文档或其他文件）。`,
  emptyFile: (p) => `“${p}”是空文件（0 字节），不是工作簿。`,
  isDirectory: (p) => `“${p}”是文件夹，不是工作簿文件。`,
  notRegularFile: (p) => `“${p}”不是普通文件（而是管道或设备），不能作为工作簿读取。`,
  encrypted: (p) => `“${p}”受密码保护：请在 Excel 中打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存，然后再试。`,
  corrupt: (p) => `“${p}”已损坏或不完整（可能没有下载或复制完）：请重新获取该文件，或在 Excel 中打开修复后另存为 .xlsx 再试。`,
  tooLarge: (p, n) => `“${p}”太大，无法读取：ASSESS 一个工作簿最多读取 ${n.toLocaleString("en-US")} 个单元格（每个工作表解压后不超过 1 GB）。请删去与考核无关的工作表或数据后再试。`,
  outputNotXlsx: (p, k) => `输出文件“${p}”应以 ${k} 结尾。`,
  outputKindMismatch: (p, k) =>
    k === ".xlsm" ? `输入是含宏的工作簿（.xlsm），输出文件“${p}”也应以 .xlsm 结尾，否则宏会失效。` : `输入是 .xlsx 工作簿，输出文件“${p}”也应以 .xlsx 结尾。`,
  docxNotDocx: (p) => `通报文件“${p}”应以 .docx 结尾。`,
  lettersNotFolder: (p) => `反馈单要写入文件夹，“${p}”是一个文件。`,
  lettersWritten: (folder, count, combined) => `已写出 ${count} 份反馈单：${folder}（全部合在一个文件里的：${combined}）`,
  unreadable: (p, d) => `无法读取工作簿“${p}”：${d}`,
  schemeFileNotFound: (p) => `找不到考核设置文件“${p}”。`,
  schemeFileNotJson: (p, d) => `考核设置文件“${p}”不是有效的 JSON：${d}`,
  schemeFileInvalid: (p) => `考核设置文件“${p}”有误，见下列问题。`,
  writeFailed: (p, d) => `无法写出“${p}”：${d}`,
  diskFull: (p) => `无法写出“${p}”：磁盘空间不足。未留下任何文件，请腾出空间后再试。`,
  problemLine: (s, m) => `${s === "error" ? "错误" : "提示"}：${m}`,
  errorsFound: (n) => `数据中有 ${n} 处错误，请改正后再试。`,
  nothingWritten: "未写出任何文件，输入文件未被改动。",
  written: (p) => `已写出：${p}`,
  printA4Set: (sheet, part) => `“${sheet}”设为 A4 纵向、一页宽打印（改动了副本中的 ${part}）。`,
  printA4Kept: (sheet) => `“${sheet}”已有自己的页面设置，未改动。`,
  groupSummary: (g, n, tiers) => `${g}：${n} 个单位（${tiers}）`,
  tierCount: (t, n) => `${t} ${n}`,
  tierSeparator: "，",
  demoRanking: (p) => `正在对示例工作簿排名：${p}`,
  demoFailed: "示例工作簿未能排名，见上列问题。",
  demoNoticeHeading: "结果通报：",
};

const CLI_TEXT_EN: CliText = {
  help: [
    "ASSESS rule-of-law assessment: reads a score workbook (.xlsx or .xlsm), computes totals, tiers and ranks, and writes the result sheets.",
    "",
    "Usage:",
    "  npx assess rank <input.xlsx> [<team.xlsx> …] [-o <output.xlsx>] [--docx <notice.docx>] [--letters <folder>] [--previous <last.xlsx>] [--print-a4] [--json] [--scheme <rules.json>] [--lang zh|en]",
    "  (in the ASSESS project folder; after npm link or npm install -g, plain assess rank …; or npm run --silent assess -- rank …)",
    "  Workbooks after the input (each on-site team's returned file) are only read: each unit's scores are",
    "  gathered from every file, the same score given twice with different values is an error; the results",
    "  go only into the copy of the first workbook.",
    "",
    "Options:",
    "  -o, --output <file>   output file (default: <name>.assess.xlsx beside the input, .assess.xlsm for an .xlsm: the same kind as the input; the input is overwritten only when -o names it)",
    "  --docx <file>         also write the notice as a Word document in the official format (GB/T 9704: title, addressees, how the total is formed, the results, a results table per group)",
    "  --letters <folder>    also write each unit's feedback letter (<rank>-<unit>.docx) and all of them in one document (全部反馈单.docx) to print at once",
    "  --previous <last.xlsx> last year's results (the ranked copy ASSESS wrote, or a table of unit names, groups and totals): 考核结果 gains 上年得分, 上年名次, 名次变化, and the letters and the notice say each move; renamed units go on a sheet 单位更名 (旧名称, 新名称) of this workbook",
    "  --json                print one JSON document on stdout (all other text goes to stderr)",
    "  --print-a4            give a score sheet that has no page setup A4 portrait, fit to one page wide (it changes that sheet of yours, so off by default; a sheet with its own page setup is left alone)",
    "  --scheme <file>       use the rules in a JSON file (weights, full marks, tiers and quotas, ranking and tie-breaks, bonus limits, raters…; see the README) instead of the workbook's 考核设置 sheet",
    "  --lang zh|en          language of the messages (default zh)",
    "  -h, --help            show this help",
    "  -v, --version         show the version of ASSESS",
    "",
    "Exit codes: 0 written; 1 the data has errors (nothing written, each error listed with its cell); 2 usage or file problems.",
  ].join("\n"),
  unknownOption: (o) => `Unknown option "${o}". See --help.`,
  missingValue: (o) => `Option "${o}" needs a value.`,
  badLang: (v) => `--lang must be zh or en, not "${v}".`,
  unknownCommand: (c) => `Unknown command "${c}": the only command is rank. See --help.`,
  missingCommand: "No command given: the usage is assess rank <input.xlsx>. See --help.",
  missingInput: "No input file given: the usage is assess rank <input.xlsx>.",
  outputIsReadOnly: (p) => `The output "${p}" is one of the files only read (a team's scores): the results go into a copy of the first workbook; name another file with -o.`,
  fileNotFound: (p) => `File "${p}" not found.`,
  notXlsx: (p) => `"${p}" is not an .xlsx workbook.`,
  oldXls: (p) => `"${p}" is an old Excel 97-2003 workbook (.xls): open it in Excel or WPS, save it as an Excel Workbook (.xlsx) and try again.`,
  textFile: (p) => `"${p}" is a text file (such as CSV), not an Excel workbook: open it in Excel or WPS, save it as an Excel Workbook (.xlsx) and try again.`,
  odsFile: (p) => `"${p}" is an OpenDocument spreadsheet (.ods): open it in LibreOffice, WPS or Excel, save it as an Excel Workbook (.xlsx) and try again.`,
  xlsbFile: (p) => `"${p}" is an Excel Binary Workbook (.xlsb): open it in Excel, save it as an Excel Workbook (.xlsx) and try again.`,
  zipNotWorkbook: (p) => `"${p}" is a zip archive but not an Excel workbook (perhaps a Word document or another file).`,
  emptyFile: (p) => `"${p}" is empty (0 bytes), not a workbook.`,
  isDirectory: (p) => `"${p}" is a folder, not a workbook file.`,
  notRegularFile: (p) => `"${p}" is not a regular file (it is a pipe or a device) and cannot be read as a workbook.`,
  encrypted: (p) => `"${p}" is password-protected: open it in Excel, clear the password under File → Info → Protect Workbook → Encrypt with Password, save it and try again.`,
  corrupt: (p) => `"${p}" is damaged or incomplete (perhaps not fully downloaded or copied): get the file again, or open and repair it in Excel and save it as .xlsx, then try again.`,
  tooLarge: (p, n) =>
    `"${p}" is too large to read: ASSESS reads at most ${n.toLocaleString("en-US")} cells per workbook (and 1 GB per unpacked sheet). Remove the sheets or data the assessment does not need and try again.`,
  outputNotXlsx: (p, k) => `The output file "${p}" must end in ${k}.`,
  outputKindMismatch: (p, k) =>
    k === ".xlsm"
      ? `The input is a macro-enabled workbook (.xlsm): the output file "${p}" must end in .xlsm too, or its macros would stop working.`
      : `The input is an .xlsx workbook: the output file "${p}" must end in .xlsx too.`,
  docxNotDocx: (p) => `The notice file "${p}" must end in .docx.`,
  lettersNotFolder: (p) => `Feedback letters are written into a folder; "${p}" is a file.`,
  lettersWritten: (folder, count, combined) => `Written ${count} feedback letters: ${folder} (all in one document: ${combined})`,
  unreadable: (p, d) => `Cannot read the workbook "${p}": ${d}`,
  schemeFileNotFound: (p) => `Rules file "${p}" not found.`,
  schemeFileNotJson: (p, d) => `Rules file "${p}" is not valid JSON: ${d}`,
  schemeFileInvalid: (p) => `Rules file "${p}" is invalid; see the problems below.`,
  writeFailed: (p, d) => `Cannot write "${p}": ${d}`,
  diskFull: (p) => `Cannot write "${p}": the disk is full. No file was left behind; free some space and try again.`,
  problemLine: (s, m) => `${s === "error" ? "error" : "note"}: ${m}`,
  errorsFound: (n) => `The data has ${n} error(s); correct them and try again.`,
  nothingWritten: "Nothing was written; the input file is unchanged.",
  written: (p) => `Written: ${p}`,
  printA4Set: (sheet, part) => `"${sheet}" set to print on A4 portrait, one page wide (changed ${part} in the copy).`,
  printA4Kept: (sheet) => `"${sheet}" has a page setup of its own; left as it is.`,
  groupSummary: (g, n, tiers) => `${g}: ${n} units (${tiers})`,
  tierCount: (t, n) => `${t} ${n}`,
  tierSeparator: ", ",
  demoRanking: (p) => `Ranking the sample workbook: ${p}`,
  demoFailed: "The sample workbook could not be ranked; see the problems above.",
  demoNoticeHeading: "The notice (结果通报):",
};

export function cliText(lang: Lang): CliText {
  return lang === "en" ? CLI_TEXT_EN : CLI_TEXT_ZH;
}

/**
 * Why a workbook's bytes cannot be read, as src/xlsx reports it (its PackageFailureKind): the same
 * kinds listed here so the command line and the page say the same sentence for the same file.
 */
export type WorkbookFileFailure = "empty" | "text" | "notZip" | "xls" | "encrypted" | "ods" | "xlsb" | "notWorkbook" | "corrupt" | "tooLarge";

/** The code and the one line a person hears when a file is not a workbook ASSESS can read. */
export function workbookFileProblem(kind: WorkbookFileFailure, input: string, maxCells: number, t: CliText): { code: CliProblemCode; message: string } {
  switch (kind) {
    case "encrypted":
      return { code: "FILE_ENCRYPTED", message: t.encrypted(input) };
    case "tooLarge":
      return { code: "FILE_TOO_LARGE", message: t.tooLarge(input, maxCells) };
    case "corrupt":
      return { code: "FILE_UNREADABLE", message: t.corrupt(input) };
    case "xls":
      return { code: "NOT_XLSX", message: t.oldXls(input) };
    case "text":
      return { code: "NOT_XLSX", message: t.textFile(input) };
    case "ods":
      return { code: "NOT_XLSX", message: t.odsFile(input) };
    case "xlsb":
      return { code: "NOT_XLSX", message: t.xlsbFile(input) };
    case "notWorkbook":
      return { code: "NOT_XLSX", message: t.zipNotWorkbook(input) };
    case "empty":
      return { code: "NOT_XLSX", message: t.emptyFile(input) };
    case "notZip":
      return { code: "NOT_XLSX", message: t.notXlsx(input) };
  }
}

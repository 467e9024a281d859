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
  | "NOT_XLSX" // the input or output is not an .xlsx file
  | "FILE_UNREADABLE" // the input could not be opened as a workbook
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
  extraArgument: (arg: string) => string;
  fileNotFound: (path: string) => string;
  notXlsx: (path: string) => string;
  oldXls: (path: string) => string;
  outputNotXlsx: (path: string, kind: string) => string;
  /** The output names another kind of workbook than the input (.xlsx for an .xlsm, or the reverse). */
  outputKindMismatch: (path: string, kind: string) => string;
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
  groupSummary: (group: string, units: number, tiers: string) => string;
  tierCount: (tier: string, count: number) => string;
  tierSeparator: string;

  demoRanking: (input: string) => string;
  demoFailed: string;
  demoNoticeHeading: string;
}

const CLI_TEXT_ZH: CliText = {
  help: [
    "ASSESS 依法行政考核：读取考核得分工作簿（.xlsx 或含宏的 .xlsm），计算综合成绩、等次和名次，写出结果工作表。",
    "",
    "用法：",
    "  npm run --silent assess -- rank <输入.xlsx> [-o <输出.xlsx>] [--json] [--scheme <设置.json>] [--lang zh|en]",
    "",
    "选项：",
    "  -o, --output <文件>   输出文件（默认：输入文件旁的 <文件名>.assess.xlsx，.xlsm 输入则为 .assess.xlsm；只有用 -o 指定时才会覆盖输入文件）",
    "  --json                在标准输出打印一个 JSON 文档（其余说明文字写到标准错误）",
    "  --scheme <文件>       使用 JSON 文件中的考核规则（权重、等次、排名方式、小数位），代替工作簿“考核设置”表中的规则",
    "  --lang zh|en          提示信息的语言（默认 zh）",
    "  -h, --help            显示本说明",
    "",
    "退出码：0 已写出结果；1 数据有错误（未写出任何文件，错误逐条列出单元格）；2 用法或文件问题。",
  ].join("\n"),
  unknownOption: (o) => `不认识的选项“${o}”。用 --help 查看用法。`,
  missingValue: (o) => `选项“${o}”后面缺少值。`,
  badLang: (v) => `--lang 只能是 zh 或 en，而不是“${v}”。`,
  unknownCommand: (c) => `不认识的命令“${c}”：目前只有 rank。用 --help 查看用法。`,
  missingCommand: "缺少命令：用法为 assess rank <输入.xlsx>。用 --help 查看用法。",
  missingInput: "缺少输入文件：用法为 assess rank <输入.xlsx>。",
  extraArgument: (a) => `多余的参数“${a}”：一次只能处理一个输入文件。`,
  fileNotFound: (p) => `找不到文件“${p}”。`,
  notXlsx: (p) => `“${p}”不是 .xlsx 工作簿。`,
  oldXls: (p) => `“${p}”是旧版 .xls 工作簿：请在 Excel 中另存为 .xlsx 后再试。`,
  outputNotXlsx: (p, k) => `输出文件“${p}”应以 ${k} 结尾。`,
  outputKindMismatch: (p, k) =>
    k === ".xlsm"
      ? `输入是含宏的工作簿（.xlsm），输出文件“${p}”也应以 .xlsm 结尾，否则宏会失效。`
      : `输入是 .xlsx 工作簿，输出文件“${p}”也应以 .xlsx 结尾。`,
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
  groupSummary: (g, n, tiers) => `${g}：${n} 个单位（${tiers}）`,
  tierCount: (t, n) => `${t} ${n}`,
  tierSeparator: "，",
  demoRanking: (p) => `正在对示例工作簿排名：${p}`,
  demoFailed: "示例工作簿未能排名，见上列问题。",
  demoNoticeHeading: "结果通报：",
};

const CLI_TEXT_EN: CliText = {
  help: [
    "ASSESS rule-of-law assessment: reads a score workbook (.xlsx, or a macro-enabled .xlsm), computes totals, tiers and ranks, and writes the result sheets.",
    "",
    "Usage:",
    "  npm run --silent assess -- rank <input.xlsx> [-o <output.xlsx>] [--json] [--scheme <rules.json>] [--lang zh|en]",
    "",
    "Options:",
    "  -o, --output <file>   output file (default: <name>.assess.xlsx beside the input, .assess.xlsm for an .xlsm; the input is overwritten only when -o names it)",
    "  --json                print one JSON document on stdout (all other text goes to stderr)",
    "  --scheme <file>       use the rules in a JSON file (weights, tiers, ranking style, decimals) instead of the workbook's 考核设置 sheet",
    "  --lang zh|en          language of the messages (default zh)",
    "  -h, --help            show this help",
    "",
    "Exit codes: 0 written; 1 the data has errors (nothing written, each error listed with its cell); 2 usage or file problems.",
  ].join("\n"),
  unknownOption: (o) => `Unknown option "${o}". See --help.`,
  missingValue: (o) => `Option "${o}" needs a value.`,
  badLang: (v) => `--lang must be zh or en, not "${v}".`,
  unknownCommand: (c) => `Unknown command "${c}": the only command is rank. See --help.`,
  missingCommand: "No command given: the usage is assess rank <input.xlsx>. See --help.",
  missingInput: "No input file given: the usage is assess rank <input.xlsx>.",
  extraArgument: (a) => `Unexpected argument "${a}": one input file at a time.`,
  fileNotFound: (p) => `File "${p}" not found.`,
  notXlsx: (p) => `"${p}" is not an .xlsx workbook.`,
  oldXls: (p) => `"${p}" is an old .xls workbook: save it as .xlsx in Excel and try again.`,
  outputNotXlsx: (p, k) => `The output file "${p}" must end in ${k}.`,
  outputKindMismatch: (p, k) =>
    k === ".xlsm"
      ? `The input is a macro-enabled workbook (.xlsm): the output file "${p}" must end in .xlsm too, or its macros would stop working.`
      : `The input is an .xlsx workbook: the output file "${p}" must end in .xlsx too.`,
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

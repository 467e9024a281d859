// One colour per tier, for everything that shows tiers side by side: the pane's tier counts today,
// the tier chart of the workbook later. Pure data, so the file path, Excel and the pane agree.
//
// The four colours differ in lightness as well as hue (CIE L* about 24, 39, 50 and 62, at least ten
// apart), so a page printed in grey still tells them apart; each is dark enough to read on white
// paper (3:1 or more against white, 优秀 and 不合格 far more).
import { textKey } from "../read/values";

/** Fill colour and the ink that reads on it (contrast 4.5:1 or more). */
export interface TierColour {
  fill: string;
  ink: string;
}

const WHITE = "#FFFFFF";
const BLACK = "#000000";

const GREEN: TierColour = { fill: "#0B6A2E", ink: WHITE };
const BLUE: TierColour = { fill: "#2B78C5", ink: WHITE };
const AMBER: TierColour = { fill: "#C98A00", ink: BLACK };
const RED: TierColour = { fill: "#6E1616", ink: WHITE };

/** Best tier first: the colours a list of tiers takes by position when its labels are not known. */
export const TIER_PALETTE: readonly TierColour[] = [GREEN, BLUE, AMBER, RED];

/** Past four tiers lightness runs out: these tell further tiers apart on screen only. */
const EXTRA: readonly TierColour[] = [
  { fill: "#7F2A8A", ink: WHITE },
  { fill: "#00727A", ink: WHITE },
  { fill: "#5C5C5C", ink: WHITE },
];

/** Labels the offices use, each with the colour its meaning calls for. */
export const KNOWN_TIER_COLOURS: Readonly<Record<string, TierColour>> = {
  优秀: GREEN,
  良好: BLUE,
  合格: AMBER,
  不合格: RED,
  好: GREEN,
  较好: BLUE,
  一般: AMBER,
  较差: RED,
  差: RED,
};

/**
 * The colours of one list of tiers, best first. A known label keeps its colour; the others take the
 * colours still free, spread so that the last of them is the darkest warning (two unknown tiers are
 * green and red, three green, amber and red), then the screen-only extras.
 */
export function tierColours(labels: readonly string[]): TierColour[] {
  const known = labels.map((l) => KNOWN_TIER_COLOURS[textKey(l).trim()] ?? null);
  const taken = new Set(known.filter((c): c is TierColour => c !== null));
  const free = TIER_PALETTE.filter((c) => !taken.has(c));
  const unknown = known.filter((c) => c === null).length;
  let next = 0;
  return known.map((c) => {
    if (c !== null) return c;
    const k = next++;
    if (unknown <= free.length) {
      const at = unknown === 1 ? 0 : Math.round((k * (free.length - 1)) / (unknown - 1));
      return free[at] as TierColour;
    }
    const all = [...free, ...EXTRA];
    return all[k % all.length] as TierColour;
  });
}

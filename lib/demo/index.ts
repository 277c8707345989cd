// The bundled demo script: an original short pilot teaser in two drafts, written for Scriptside, so a newcomer can
// try reading, notes, fact-check flags, draft comparison and revised pages without a script of their own.

export interface DemoRevision {
  color: string;
  /** ISO yyyy-mm-dd */
  date: string;
  label: string;
  fountain: string;
}

export interface DemoScript {
  title: string;
  revisions: DemoRevision[];
}

const TITLE_PAGE = `Title: NIGHT SHIFT AT MARLOWE'S
Credit: Pilot - "The Eleven Dollar Problem"
Author: The Scriptside Team
Draft date: DRAFTDATE
Contact: Scriptside demo - not a real production
`;

const WHITE = `${TITLE_PAGE.replace('DRAFTDATE', '11/02/26')}
FADE IN:

INT. MARLOWE'S ALL-NIGHT DINER - NIGHT #1#

Rain streaks the windows. A neon sign buzzes MARLOWE'S, the L flickering. Three booths, one counter, a pie case nobody has opened since Labor Day.

CONNIE PARK (50s), the night manager, counts the register with the focus of a surgeon.

DEVON (20s), a line cook with a textbook propped against the fryer, reads aloud.

DEVON
"The mitochondria is the powerhouse of the cell."

CONNIE
Then it can pay for the eleven dollars missing from my drawer.

DEVON
(not looking up)
Check under the tray. It's always under the tray.

Connie lifts the tray. Nothing. She lets it drop.

CONNIE
It's not under the tray, Devon.

The bell over the door JANGLES. WALT OKAFOR (70s), a retired ferry captain in a soaked peacoat, shuffles to his usual stool.

WALT
Coffee. And whatever pie you're pretending is fresh.

CONNIE
Cherry. Baked Tuesday.

WALT
Which Tuesday?

INT. MARLOWE'S - BACK OFFICE - CONTINUOUS #2#

A closet with a desk in it. A wall calendar from Harbor Savings Bank, still on March. A rotary phone with a handwritten sticker: CALL OWNER 555-0147.

Connie dials. It rings and rings.

CONNIE
(into the phone)
Mr. Marlowe, it's Connie. The drawer is short again. Eleven dollars. Third time this week. Call me back.

She hangs up. Stares at the calendar. Something on it catches her eye: a circled date and the initials D.K.

INT. MARLOWE'S ALL-NIGHT DINER - NIGHT #3#

Devon slides a slice of pie in front of Walt.

WALT
You study every night?

DEVON
Nursing boards in June. Connie lets me read between orders.

WALT
I studied for my captain's licence on the Staten Island Ferry. Twenty-five years on that boat. You know what I learned?

DEVON
Navigation?

WALT
That everybody steals eleven dollars eventually.

Connie freezes in the office doorway.

CONNIE
Say that again slower.

CUT TO:

EXT. MARLOWE'S - PARKING LOT - NIGHT #4#

A delivery van idles by the dumpster, wipers slapping. Painted on its side: KESTREL PRODUCE - SINCE 1987. The DRIVER, hood up, counts bills by the dome light.

Connie watches through the rain, holding a flashlight she hasn't switched on.

CONNIE (V.O.)
Every night, the same eleven dollars. Every night, the same van.

FADE OUT.
`;

const BLUE = `${TITLE_PAGE.replace('DRAFTDATE', '11/27/26')}
FADE IN:

INT. MARLOWE'S ALL-NIGHT DINER - NIGHT #1#

Rain streaks the windows. A neon sign buzzes MARLOWE'S, the L flickering. Three booths, one counter, a pie case nobody has opened since Labor Day. The jukebox plays Patsy Cline.

CONNIE PARK (50s), the night manager, counts the register with the focus of a surgeon.

DEVON (20s), a line cook with a textbook propped against the fryer, quizzes himself under his breath.

DEVON
"The mitochondria is the powerhouse of the cell."

CONNIE
Then it can pay for the eleven dollars missing from my drawer.

DEVON
(not looking up)
Check under the tray. It's always under the tray.

Connie lifts the tray. Nothing. She lets it drop.

CONNIE
It's not under the tray, Devon. It's never under the tray.

The bell over the door JANGLES. WALT OKAFOR (70s), a retired ferry captain in a soaked peacoat, shuffles to his usual stool.

WALT
Coffee. And whatever pie you're pretending is fresh.

CONNIE
Cherry. Baked Tuesday.

WALT
Which Tuesday?

INT. MARLOWE'S - BACK OFFICE - CONTINUOUS #2#

A closet with a desk in it. A wall calendar from a bank that no longer exists, still on March. A rotary phone with a handwritten sticker: CALL OWNER 555-0147.

Connie dials. It rings and rings.

CONNIE
(into the phone)
Mr. Marlowe, it's Connie. The drawer is short again. Eleven dollars. Third time this week. Call me back.

She hangs up. Stares at the calendar. Something on it catches her eye: a circled date and the initials D.K.

INT. MARLOWE'S - WALK-IN FREEZER - CONTINUOUS #2A#

Devon, alone, pulls an envelope from behind the frozen peas. He counts: eleven one-dollar bills. He puts one back.

DEVON
(whispering)
Ten's fine. Ten's a loan.

INT. MARLOWE'S ALL-NIGHT DINER - NIGHT #3#

Devon slides a slice of pie in front of Walt.

WALT
You study every night?

DEVON
Nursing boards in June. Connie lets me read between orders.

WALT
I studied for my captain's licence on the harbor ferry. Twenty-five years on that boat. You know what I learned?

DEVON
Navigation?

WALT
That everybody steals eleven dollars eventually.

Connie freezes in the office doorway.

CONNIE
Say that again slower.

FADE OUT.
`;

/** The demo script in its two drafts: White (first draft) and Blue (the room's rewrite). */
export const DEMO_SCRIPT: DemoScript = {
  title: "Night Shift at Marlowe's",
  revisions: [
    { color: 'White', date: '2026-11-02', label: 'First draft', fountain: WHITE },
    { color: 'Blue', date: '2026-11-27', label: 'Room rewrite', fountain: BLUE },
  ],
};

// The abbreviations American style gives a state after its town ("Springfield, Ill.", "Burlington, Vt.", "PURCHASE,
// N.Y."), lowercased without their last period, and the states they name. Sentences read the undotted ones as
// abbreviations whose period may not end a sentence; names read them all as a state the story mentions.

export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ala', 'Alabama'], ['ariz', 'Arizona'], ['ark', 'Arkansas'], ['calif', 'California'], ['colo', 'Colorado'],
  ['conn', 'Connecticut'], ['del', 'Delaware'], ['fla', 'Florida'], ['ga', 'Georgia'], ['ill', 'Illinois'],
  ['ind', 'Indiana'], ['kan', 'Kansas'], ['kans', 'Kansas'], ['ky', 'Kentucky'], ['la', 'Louisiana'],
  ['md', 'Maryland'], ['mass', 'Massachusetts'], ['mich', 'Michigan'], ['minn', 'Minnesota'], ['miss', 'Mississippi'],
  ['mo', 'Missouri'], ['mont', 'Montana'], ['neb', 'Nebraska'], ['nev', 'Nevada'], ['n.h', 'New Hampshire'],
  ['n.j', 'New Jersey'], ['n.m', 'New Mexico'], ['n.y', 'New York'], ['n.c', 'North Carolina'], ['n.d', 'North Dakota'],
  ['okla', 'Oklahoma'], ['ore', 'Oregon'], ['pa', 'Pennsylvania'], ['penn', 'Pennsylvania'], ['r.i', 'Rhode Island'],
  ['s.c', 'South Carolina'], ['s.d', 'South Dakota'], ['tenn', 'Tennessee'], ['tex', 'Texas'], ['vt', 'Vermont'],
  ['va', 'Virginia'], ['wash', 'Washington'], ['w.va', 'West Virginia'], ['wis', 'Wisconsin'], ['wyo', 'Wyoming'],
  // and the capital's district, which is no state: "Anacostia, D.C.".
  ['d.c', 'Washington'],
]);

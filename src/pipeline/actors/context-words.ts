// Closed word classes the rules look at around a match. They describe English news syntax, not
// any one article: a preposition that makes a name a location, a modifier that makes a title
// someone else's ("former", "deputy", "a"), verbs that make a capital a government's voice.
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** "in Denmark", "into Israel": the name is where, not who ("opposition from the US" is who). */
export const LOCATIVE = set('in inside within across throughout near outside around via into');

/** "to", "for", "from" are locative only after movement: "returned to Jerusalem", "leaving for Washington". */
export const MOVEMENT =
  set(`arrive arrived arrives arriving travel traveled travelled travels traveling travelling
  fly flew flies flying return returned returns returning head headed heads heading go goes going went come
  came comes coming trip visit visits visited visiting way back leave leaves leaving left bound depart departed
  departs departing moved move journey`);

/** Before a title, these mean the holder at the publication date is NOT meant. */
export const NON_HOLDER_MODIFIERS = set(`former ex then deputy assistant under vice late future next incoming
  outgoing previous a an another one two three several many other some any each every no whose his her their
  its prospective would-be`);

/** After a title: "President-elect", "minister-designate". */
export const TITLE_SUFFIXES = set('elect designate nominee');

/** A capital doing what governments do: "Jerusalem rejected…", "Moscow warned…". */
export const STATEMENT_VERBS = set(`said says say has have had is was will would wants wanted rejected rejects
  insists insisted warned warns opposes opposed accused accuses believes believed fears feared welcomed welcomes
  condemned condemns denied denies hopes hoped demanded demands refused refuses responded responds announced
  announces agreed agrees considers considered argues argued plans planned sees saw views viewed urged urges
  called calls threatened threatens expects expected maintains maintained supports supported`);

/** "Moscow's plans", "Jerusalem's position": a capital's policy is its government's. */
export const POLICY_NOUNS = set(`plans plan position policy policies stance response decision demand demands
  refusal proposal proposals support opposition objections objection concerns approach efforts intentions
  strategy request requests role envoy ambassador government leadership`);

/** A name right after these is a journalist's, not a diplomatic actor's: "Contact Editor\nElad Benari". */
export const JOURNALIST_BEFORE =
  /\b(?:reporter|journalist|correspondent|editor|columnist|writer|photographer|photojournalist|anchor|commentator|contributor|producer|by)[\s:,]{0,3}$/i;

/** Words that can be capitalised inside a run but never belong to a person's name. */
export const NOT_NAME_WORDS =
  set(`january february march april may june july august september october november
  december monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight mr mrs ms dr
  president vice prime minister secretary general gen lt col maj sgt adm capt colonel major lieutenant admiral
  sen senator rep representative congressman congresswoman ambassador envoy chief head director chairman
  spokesman spokeswoman spokesperson king queen prince princess sheikh emir sultan rabbi imam pope sir lord lady
  dame justice judge speaker governor mayor foreign defense defence finance interior security national state
  department ministry council committee commission agency authority organization organisation union league
  party movement front brigades forces army navy police office house senate congress parliament cabinet court
  bank fund group center centre institute foundation university school hospital mission embassy consulate
  conference summit forum talks accords accord agreement plan initiative resolution act bill treaty process
  operation war intifada news times post radio tv television channel press editor reporter correspondent
  journalist contact comments comment share please click photo credit getty images file reading read more
  advertisement arab islamic jewish muslim christian catholic zionist western eastern northern southern
  european mideast middle east west north south christmas easter ramadan passover hanukkah eid palestinians
  israelis americans europeans arabs jews muslims republican republicans democrat democrats democratic likud
  labor labour fatah hamas the a an and of for in on at to but or if as this that these those he she it they we
  i you his her their our after before when while since although though however meanwhile earlier later also
  according citing speaking asked asked said says`);

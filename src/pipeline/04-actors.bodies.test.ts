import { describe, expect, it } from 'vitest';
import { findActors } from './04-actors.ts';
import { toTestSentences } from './actors/test-sentences.ts';

const idsOf = (text: string, published = '2024-03-25') =>
  findActors(text, toTestSentences(text), published).mentions.map((m) => m.actorId);

describe('findActors: the UN system and regional bodies', () => {
  it.each([
    ['The General Assembly voted 128 to 9 to condemn the decision.', 'un-general-assembly'],
    ['The International Court of Justice issued an advisory opinion.', 'international-court-of-justice'],
    ['The ICJ ruled on Friday.', 'international-court-of-justice'],
    ['ECOSOC met in Geneva.', 'un-economic-and-social-council'],
    ['The UN Human Rights Council adopted a resolution.', 'un-human-rights-council'],
    ['UNESCO admitted Palestine as a member.', 'unesco'],
    ['Unesco voted to admit Palestine.', 'unesco'],
    ['The UN Relief and Works Agency said its schools were full.', 'unrwa'],
    ['UNRWA said its schools were full.', 'unrwa'],
    ['OCHA reported 20 trucks crossed.', 'ocha'],
    ["The United Nations Children's Fund warned of famine.", 'unicef'],
    ['The World Food Programme suspended deliveries.', 'world-food-programme'],
    ['The World Health Organization said hospitals had run out of fuel.', 'world-health-organization'],
    ['UNIFIL peacekeepers came under fire.', 'unifil'],
    ['The UN nuclear watchdog reported enrichment to 60 percent.', 'iaea'],
    ['The International Criminal Court opened an investigation.', 'international-criminal-court'],
    ['The UN human rights office said the strikes may be war crimes.', 'ohchr'],
    ['The Quartet issued a statement.', 'middle-east-quartet'],
    ['The Organisation of Islamic Cooperation met in Riyadh.', 'oic'],
    ['The African Union condemned the attack.', 'african-union'],
    ['The Gulf Cooperation Council welcomed the truce.', 'gulf-cooperation-council'],
    ['The European Commission froze aid.', 'european-commission'],
    ['The European Parliament voted to recognise Palestine.', 'european-parliament'],
    ['The League of Arab States rejected the plan.', 'arab-league'],
  ])('%s → %s', (text, id) => {
    expect(idsOf(text)).toContain(id);
  });

  it('gives a General Assembly vote to the Assembly, never to the Security Council', () => {
    const ids = idsOf('The General Assembly voted on Thursday. The Assembly adopted the text.');
    expect(ids).toEqual(['un-general-assembly', 'un-general-assembly']);
  });

  it('reads "the Court" as whichever court the article named', () => {
    expect(idsOf('The ICJ heard South Africa. The Court ordered Israel to act.')).toEqual([
      'international-court-of-justice',
      'south-africa',
      'international-court-of-justice',
      'israel',
    ]);
    expect(idsOf('The ICC prosecutor asked for warrants. The Court will decide.')).toContain(
      'international-criminal-court',
    );
    expect(idsOf('The Court will decide.')).toEqual([]);
  });

  it.each([
    ['The UN human rights chief said so.', '2016-01-01', 'zeid-raad-al-hussein'],
    ['The UN human rights chief said so.', '2024-01-01', 'volker-turk'],
    ['The UNRWA chief said so.', '2024-01-01', 'philippe-lazzarini'],
    ['The IAEA chief said so.', '2015-01-01', 'yukiya-amano'],
    ['The ICC prosecutor said so.', '2019-01-01', 'fatou-bensouda'],
    ['The WHO chief said so.', '2023-11-01', 'tedros-adhanom-ghebreyesus'],
    ['The UN humanitarian chief said so.', '2023-11-01', 'martin-griffiths'],
  ])('%s (%s) → %s', (text, day, id) => {
    expect(idsOf(text, day)).toContain(id);
  });
});

describe('findActors: legislatures that vote on the story', () => {
  it.each([
    ['The House of Commons passed a non-binding motion.', 'uk-house-of-commons'],
    ['The Senate voted 58 to 42 to block the deal.', 'us-senate'],
    ['The House of Representatives condemned the resolution.', 'us-house-of-representatives'],
    ['The Knesset passed two laws on Monday.', 'knesset'],
  ])('%s → %s', (text, id) => {
    expect(idsOf(text)).toEqual([id]);
  });

  it('a committee of the Senate is its own body', () => {
    expect(idsOf('The Senate Foreign Relations Committee met on Tuesday.')).not.toContain('us-senate');
  });
});

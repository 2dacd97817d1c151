package org.marsad.extract;

/**
 * The cue classes: every class cues.tsv and cues-en.tsv may name (a line naming another fails at
 * load), and the word classes of wordclasses.tsv that the code itself reads. Word classes that only
 * frames read stay open data: they are names checked at load against what wordclasses.tsv defines.
 */
enum CueClass {
  AGENT, AGREED, AIR_ARM, ANAPHOR, APPROX, BARRIER, CESSATION, COMBATANT, CONSEQUENCE, CONTROL, DESTINATION,
  DIRECTION_WORD, FAILED, FIRST_PERSON, FORCE, FULL, HISTORICAL, HOLDER, INJURED, ITEM, KILLED, LED_BY, LOCATED_IN,
  LOCATION_WORD, MILITARY_SITE, MOD_DEMANDED, MOD_DENIED, MOD_FEARED, MOD_PLANNED, MOD_THREATENED, NEWS,
  OBJECT_MARK, OBLIGATION, OFFICIAL, PARTIAL, PASSIVE_AUX, PASSIVE_FOLLOW, PEOPLE, PHASE_CONTINUED, PHASE_EASED, PHASE_IMPOSED,
  PHASE_LIFTED, PHASE_TIGHTENED, PURPOSE, REFUSED, RESTRICT, SAYS, SOURCE, SOURCE_NOUN, TARGET, TEMPORAL_REF,
  THAT, TOPIC_OF, TOWN_WORD, QUARTER_WORD, UNIT, ACT_REFERENCE, AID_TO, STATEMENT, STAMP, REASON, DURATION, PLACE_NOUN, BASED,
  COUNTERPART,
  // one who speaks for a body ("مسؤول", "spokesman"): a place closing the title is where they sit (PlaceRules)
  SPEAKER,
  // "fleeing from", "الفارين من" right before an act's word: what people flee, no act told (Eventiveness.summary)
  FLED_FROM,
  // "rather than", "بدلا من" right before an act's word: the act set aside, not done (Eventiveness)
  INSTEAD,
  // "بتهمة", "accused of": an actor in the charge is whom the accused sided with, not a doer (ClauseDoers.inCharge)
  CHARGE,
  // "عبر", "through", "via": a place the way passes (a crossing, a town on the road), not where the act is (SidePlaces.route)
  ROUTE,
  // "linking", "connecting": the place after its "to" is a far end of the way, not where the act is (SidePlaces.farEnd)
  ROAD_LINK,
  // "أن", "that" right after a fear, plan or threat: the clause it opens is what is feared (ModalityRules.cued)
  COMPLEMENT,
  // a word referring back to a named group (ActorAnaphors, wt-en3)
  ACTOR_ANAPHOR,
  // a word right after an act that names it as coming: "الاجتماع المقبل" (wt-ar8, EventExtractor.draft)
  COMING,
  // a name that is also a thing: "القاعدة العسكرية" is a military base, not Al-Qaeda (EventExtractor drops the actor)
  NOT_ACTOR,
  // arms and military equipment: their arrival or receipt is a build-up ("وصلت تجهيزات عسكرية", "تسلما دبابات")
  ARMS,
  // a denial's reach past the denier (ModalityRules.deniedAcross)
  DENIAL_BRIDGE,
  // "a second car bomb", "in another district": a happening distinct from the one told before (Happenings)
  DISTINCT, ELSEWHERE,
  // "opening the road does not mean the end of the siege", "they still encircle the city": the report itself
  // denies that a siege it says was broken is over (SiegeSides.qualifiedLiftings)
  SIEGE_GOES_ON,
  // "a week after the town was recaptured": a span of time before a reference dates the act referred to (StatementTopic)
  TIME_SPAN,
  // "إذا", "لو", "if": the clause it opens is a condition, its acts not told as done (EventExtractor.suppressed)
  CONDITIONAL,
  // "على", "ضد", "on", "against" before an actor after an act: whom the act was aimed at, never its doer (ActorRules.aimedAt)
  AIMED_AT,
  // word classes (wordclasses.tsv) that eventiveness and place rules read by name
  AIM(true), CHANGE(true), MAKE(true), STATE(true), TOPIC_NOUN(true), UNIT_NAMED_FOR(true), O_ENVOY(true),
  O_PEACEKEEPER(true), O_FIGURATIVE(true), HAPPEN(true), AIM_VERB(true),
  RELATIVE(true), O_PROPERTY(true), PEOPLE_NOUN(true), O_CAUGHT_BETWEEN(true), O_SCENE(true),
  // issue 9, wt-en3: an undertaking withdrawn from; people named by the act they take part in (ObjectClass)
  O_UNDERTAKING(true), ROLE_NOUN(true),
  // wt-ar8: "انسحب X على" (applies to); a siege of persons or a house; control held or aimed at, not taken
  W_WITHDRAW(true), O_ONTO(true), O_AWAY(true), O_PERSONS(true), CONTROL_HELD(true), P_TAKE(true), O_BORDER(true),
  // wt-en8: a war as the subject of a toll, a war's aim after the fighting, the wider campaign an act is part of
  O_WAR(true), O_WAR_AIM(true), O_WIDER(true),
  // issue 9, wt-pl8: people carried to safety (the wounded, a state's own nationals): a rescue, not a displacement
  O_RESCUED(true),
  // the preposition that names a verbal noun's object ("the withdrawal, storage and inspection of heavy weapons")
  O_OF(true),
  // a negation right before a siege's ending: "has not lifted the siege", "لم ترفع الحصار" (SiegeSides.negatedEnding)
  END_NEGATED(true),
  // a superlative before a since-time ("أعنف قصف منذ ستة أشهر", "the worst attack since February"): a comparison, no date (DateRules)
  SUPERLATIVE(true),
  // "تمكنت", "نجح": a verb of managing whose subject does the verbal noun it governs (ClauseDoers.ableSubject)
  ABLE(true),
  // ways in and out (frames), read by SidePlaces.route and farEnd: "the road toward Y" leads to Y
  A_ROAD(true),
  // "denied that" (not "refused to"): a denial's word opening a clause is a verb of saying, no frame (Frames.saying)
  DENY_THAT(true),
  // "تابعة", "التابعة": the ل-name after it owns what it follows ("طائرات تابعة للتحالف"), no target (ActorTargets.objectMarked)
  BELONGING(true),
  // "قواته", "عناصرها": a body's own forces after what its speaker says; the body is their doer (ClauseDoers.inSpeakersTitle)
  OWN_FORCES(true),
  // "تعرض": a verb of undergoing; its subject is what the act after it (with ل) befell (ClauseDoers.undergoers)
  UNDERGO(true);

  /** Whether wordclasses.tsv, not cues.tsv, defines the class's words. */
  final boolean wordClass;

  CueClass() {
    this(false);
  }

  CueClass(boolean wordClass) {
    this.wordClass = wordClass;
  }

  /** The constant a cue line names, or null when it names none. */
  static CueClass of(String name) {
    for (CueClass c : values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }
}

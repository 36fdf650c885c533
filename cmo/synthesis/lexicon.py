"""Word lists for the lexical similarity backend: stopwords, spelling and synonyms.

The synonym groups are the everyday vocabulary of health-services and realist research
(who: patients, clinicians, peers, communities; how: seeing, trusting, feeling
motivated or confident; what: self-management, service delivery). They map words and
phrases that reviewers use interchangeably to one concept, so that "witnessing fellow
attendees" and "seeing other patients" share terms. Keep groups to true synonyms: a
group that joins two different ideas makes different configurations look alike.
"""

from __future__ import annotations

import re

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each either few for
from further had has have having he her here hers herself him himself his how i if in into is
it its itself just me more most my myself neither nor of off on once only or other others our
ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
one ones many much via per whether within without upon onto among amongst not no never
""".split())

SPELLING: dict[str, str] = {
    "behaviour": "behavior", "behaviours": "behaviors", "behavioural": "behavioral",
    "centre": "center", "centres": "centers", "programme": "program", "programmes": "programs",
    "practise": "practice", "practised": "practiced", "practises": "practices",
    "practising": "practicing", "neighbourhood": "neighborhood", "neighbourhoods": "neighborhoods",
    "colour": "color", "favour": "favor", "favourable": "favorable", "honour": "honor",
    "labour": "labor", "counselling": "counseling", "counsellor": "counselor",
    "paediatric": "pediatric", "anaemia": "anemia", "oedema": "edema", "ageing": "aging",
    "judgement": "judgment", "fulfil": "fulfill", "enrol": "enroll", "enrolment": "enrollment",
    "travelled": "traveled", "modelling": "modeling", "licence": "license", "defence": "defense",
    "organisation": "organization", "haemoglobin": "hemoglobin", "oestrogen": "estrogen",
}

_GROUPS: dict[str, list[str]] = {
    "groupvisit": [
        "shared medical appointment", "shared medical appointments", "shared appointment",
        "shared appointments", "group visit", "group visits", "group clinic", "group clinics",
        "group session", "group sessions", "group appointment", "group appointments",
        "group consultation", "group consultations", "shared visit", "shared visits",
        "group medical visit", "group medical visits", "group care", "sma", "smas",
    ],
    "chronic": [
        "long term condition", "long term conditions", "long term illness", "chronic",
        "long standing condition", "long standing conditions", "chronically",
    ],
    "selfmanage": [
        "self management", "self manage", "self managing", "self care", "self monitoring",
        r"(?:manag\w*|look\w* after|car\w* for|cope with|coping with) (?:their|his|her|my|your|our|one s) (?:own )?\w+(?: themselves)?",
    ],
    "efficacy": [
        "self efficacy", "efficacy", "confidence", "confident", "capable", "capability",
        "empowered", "empowerment",
        r"belief in (?:their|his|her|my|your|our) (?:own )?(?:ability|abilities|capacity)",
        r"(?:ability|able) to cope",
    ],
    "isolation": [
        "isolated", "isolation", "alone", "lonely", "loneliness", "cut off",
        "little contact", "rarely met", "nobody to talk", "no one to talk", "on their own",
        "socially excluded", "social exclusion",
    ],
    "peer": [
        "peer", "peers", "fellow", "fellows", "attendee", "attendees", "co attendee",
        "other patients", "other people", "other members", "group members",
        "other group members", "other attendees", "other participants", "others in the group",
        "each other s experience", "people with lived experience",
    ],
    "observe": [
        "see", "saw", "seen", "seeing", "watch", "watched", "watching", "observe", "observed",
        "observing", "observation", "witness", "witnessed", "witnessing", "exposure",
        "exposed to", "hearing",
    ],
    "misconception": [
        "misconception", "misconceptions", "misunderstanding", "misunderstandings",
        "mistaken belief", "mistaken beliefs", "false assumption", "false assumptions",
        "false belief", "false beliefs", "wrongly assumed", "wrong assumption", "myth", "myths",
        "misinformation", "misbelief", "misbeliefs",
    ],
    "correct": [
        "correct", "corrected", "correcting", "put right", "set straight", "set me straight",
        "cleared up", "clear up", "challenge", "challenged", "dispel", "dispelled",
    ],
    "clinician": [
        "clinician", "clinicians", "physician", "physicians", "doctor", "doctors", "provider",
        "providers", "practitioner", "practitioners", "nurse", "nurses", "gp", "gps",
        "health professional", "health professionals", "healthcare professional",
        "healthcare professionals", "care team", "staff", "health worker", "health workers",
    ],
    "colleague": [
        "colleague", "colleagues", "other disciplines", "other professions",
        "other professionals", "multidisciplinary", "interdisciplinary", "interprofessional",
        "multiprofessional", "team members", "teamwork", "team",
    ],
    "patient": ["patient", "patients", "client", "clients", "service user", "service users"],
    "trust": ["trust", "trusted", "trusting", "trustworthy", "trustworthiness"],
    "distrust": [
        "distrust", "distrustful", "mistrust", "mistrustful", "suspicion", "suspicious",
        "wary", "sceptical", "skeptical", "scepticism", "skepticism",
    ],
    "motivation": [
        "motivation", "motivated", "motivate", "motivating", "inspired", "inspire",
        "inspiring", "enthused", "enthusiasm", "enthusiastic", "keen", "eager", "appetite",
        "want to", "wanted to", "wanting to",
    ],
    "emulate": ["emulate", "emulated", "copy", "copied", "imitate", "imitated", "mimic",
                "role model", "role models", "modelled", "modeled"],
    "improve": [
        "improve", "improved", "improvement", "improvements", "improving", "better", "increase",
        "increased", "increasing", "greater", "higher", "rose", "rise", "grew", "grow",
        "enhanced", "enhance", "boost", "boosted", "strengthened", "strengthen",
    ],
    "jobsatisfaction": [
        "job satisfaction", "satisfaction with work", "work satisfaction", "morale",
        "staff satisfaction", "burnout",
    ],
    "respect": ["respect", "appreciation", "appreciate", "value each other",
                "valued each other", "esteem"],
    "rapport": [
        "rapport", "bond", "bonds", "bonding", "friendship", "friendships", "friendly",
        "friend", "friends", "closeness", "closer",
    ],
    "comfort": ["comfortable", "comfort", "at ease", "relaxed", "relax", "unhurried",
                "no rush", "reassured", "reassuring", "reassurance", "reassure"],
    "informal": ["informal", "less formal", "casual"],
    "long": ["longer", "extended", "lengthy", "extra time", "more time", r"\d+ minutes?"],
    "acquaint": ["acquainted", "get to know", "got to know", "getting to know", "familiar",
                 "familiarity"],
    "creativity": [
        "idea", "ideas", "creative", "creatively", "creativity", "inventive", "innovative",
        "innovation", "brainstorm", "problem solving", "think differently",
        "thinking differently",
    ],
    "need": ["need", "needs", "difficulties", "difficulty", "struggles", "struggling",
             "struggled", "problems", "barriers", "unmet"],
    "delivery": ["service delivery", "care delivery", "delivery of care", "delivery of services",
                 "delivery", "delivered", "services", "provision of care", "service provision"],
    "perspective": ["perspective", "reframe", "reframed", "reassess", "reassessed",
                    "new light", "reappraise", "reappraised", "reconsider", "reconsidered",
                    "rethink", "rethought"],
    "illness": ["illness", "illnesses", "disease", "diseases", "condition", "conditions",
                "sickness", "ailment"],
    "progression": ["trajectory", "trajectories", "progression", "progressed", "advanced"],
    "adherence": ["adhere", "adhered", "adherence", "compliance", "comply", "complied",
                  "put into practice", "stuck to", "applied", "followed"],
    "information": ["information", "advice", "knowledge", "guidance"],
    "verify": ["confirm", "confirmed", "confirming", "check", "checked", "checking",
               "verify", "verified", "validate", "validated", "questioned"],
    "community": ["community", "communities", "neighborhood", "neighborhoods", "local people",
                  "residents", "lay members"],
    "academic": ["academic", "academics", "university", "universities", "researcher",
                 "researchers", "investigator", "investigators", "scientist", "scientists"],
    "partnership": ["partnership", "partnerships", "partner", "partners", "coalition",
                    "coalitions", "collaboration", "collaborations", "alliance"],
    "conflict": ["conflict", "conflicts", "disagreement", "disagreements", "dispute",
                 "disputes", "tension", "tensions"],
    "project": ["project", "projects", "initiative", "initiatives", "venture", "ventures"],
    "skill": ["skill", "skills", "skilled", "expertise", "competence", "competencies",
              "know how", "capacity"],
    "funding": ["grant writing", "grant", "grants", "fundraising", "funding", "funds"],
    "longstanding": ["long standing", "long running", "long lasting", "decade long",
                     "many years", "mature", "well established", "lasting"],
    "daily": ["day to day", "everyday", "daily"],
    "cost": ["cost", "costs", "expense", "expenses", "expenditure"],
    "access": ["access", "accessible", "reach", "availability"],
    "stigma": ["stigma", "stigmatised", "stigmatized", "shame", "embarrassment"],
    "carer": ["carer", "carers", "caregiver", "caregivers", "family caregivers"],
    "privacy": ["privacy", "private", "confidential", "confidentiality", "overheard", "being overheard",
                "listening in", "listen in", "talk freely", "speak freely", "a room of their own"],
    "remotecare": ["telemental health", "telehealth", "telemedicine", "remote care", "video call",
                   "video calls", "video consultation", "video consultations", "phone or video",
                   "video or telephone", "telephone or video", "by phone", "by telephone"],
    "selfharm": ["self harm", "self injury", "suicidal", "suicidality", "suicide risk"],
}


def _build():
    """Words go in a dict, literal phrases in a dict by first word, patterns in one regex."""
    words: dict[str, str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    patterns: list[tuple[str, str]] = []
    for concept, forms in _GROUPS.items():
        for form in forms:
            if re.fullmatch(r"[a-z]+", form):
                words[form] = concept
            elif re.fullmatch(r"[a-z ]+", form):
                parts = tuple(form.split())
                phrases.setdefault(parts[0], []).append((parts, concept))
            else:
                patterns.append((form, concept))
    for options in phrases.values():
        options.sort(key=lambda p: (-len(p[0]), p[0]))
    alternation = "|".join(f"(?P<g{i}>{form})" for i, (form, _) in enumerate(patterns))
    concept_of_group = {f"g{i}": concept for i, (_, concept) in enumerate(patterns)}
    return words, phrases, re.compile(rf"\b(?:{alternation})\b"), concept_of_group


CONCEPTS, PHRASES, PHRASE_PATTERN, PHRASE_CONCEPT = _build()
CONCEPT_NAMES = frozenset(_GROUPS)

"""Trial CX: a context "Homeless Hospital Discharge Fund projects" was shown as "In homeless Hospital Discharge Fund
projects, …": `_lower_first` lowers an adjective the texts write in lower case before a place's name ("Rural Northern
Region" → "rural Northern Region"), and did so before any name. Now only before a place's name (a compass point's
adjective, a name by the lexicon, a word no dictionary has); before a name made of common words in capitals the adjective
is that name's first word and keeps its capital. Tested on homelessness and on maternity (the UK's Healthy Start
scheme); must not fire on an adjective before a place ("Remote Alaska villages", "Rural Northern Region")."""

from __future__ import annotations

import pytest

from cmo.synthesis.wording import cmo_sentence, names_from


@pytest.mark.parametrize(
    ("texts", "context", "opens"),
    [
        (
            ["homeless ppl in England not registered w GP", "homeless inpatients, London hospital"],
            "Homeless Hospital Discharge Fund projects",
            "In Homeless Hospital Discharge Fund projects, ",
        ),
        (
            ["homeless ppl in England not registered w GP"],
            "Homeless Health Peer Advocacy, London",
            "In Homeless Health Peer Advocacy, London, ",
        ),
        (
            ["a healthy diet in pregnancy", "pregnant women on low incomes eat more fruit"],
            "Healthy Start vouchers for pregnant women",
            "For Healthy Start vouchers for pregnant women, ",
        ),
    ],
)
def test_an_adjective_opening_a_name_of_common_words_keeps_its_capital(texts, context, opens):
    with names_from(texts):
        said = cmo_sentence(context, "a link worker is named", "fewer readmissions")
    assert said.startswith(opens), said


@pytest.mark.parametrize(
    ("texts", "context", "opens"),
    [
        (["remote villages far from a clinic"], "Remote Alaska villages", "In remote Alaska villages, "),
        (["Clinics in the rural north of Ghana."], "Rural Northern Region", "In rural Northern Region, "),
    ],
)
def test_an_adjective_before_a_place_is_lowered(texts, context, opens):
    with names_from(texts):
        said = cmo_sentence(context, "community midwives visit homes", "more women give birth in a facility")
    assert said.startswith(opens), said

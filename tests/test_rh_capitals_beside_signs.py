"""Re-check RH: a coding cell typed in capitals with a coder's sign in it ("ENGAGES W/ SERVICES", "NURSE + GP MEET
WEEKLY"). The sign was spelled as its word ("with", "and") before the capitals were read, so the lower-case word split
the cell's run of capitals and each word left alone was kept as written: the sentence read "…, and so ENGAGES with
SERVICES" and "NURSE and GP meet weekly" (integration of trial CF's "w/" rule, trial CH's "+" rule and helper LO's
capitals rule). Capitals are now read before the signs become words. Tested on housing and on primary care; a word in
capitals alone beside a sign ("COVID + lockdown", "A+E"), or two a sign joins ("SMI + ACT", "IT & HR"), stays as
written, on schools and emergency care.
"""

from __future__ import annotations

from cmo.synthesis.wording import cmo_sentence, title_for


def test_a_cell_in_capitals_with_a_coders_sign_reads_as_words():
    said = cmo_sentence("HOMELESS ADULTS IN HOSTELS", "PEER SHARES OWN STORY", "TENANTS ENGAGE W/ SUPPORT")
    assert said == "For homeless adults in hostels, peer shares own story, so tenants engage with support.", said
    said = cmo_sentence("RURAL CLINICS", "NURSE + GP MEET WEEKLY", "FEWER MISSED VISITS")
    assert said == "In rural clinics, nurse and GP meet weekly, which leads to fewer missed visits.", said
    said = cmo_sentence("RURAL CLINICS", "NURSE & GP MEET WEEKLY", "FEWER MISSED VISITS")
    assert said == "In rural clinics, nurse and GP meet weekly, which leads to fewer missed visits.", said


def test_a_title_in_capitals_with_a_coders_sign_reads_as_words():
    assert title_for("RURAL CLINICS", "NURSE + GP MEET WEEKLY", "FEWER MISSED VISITS") == "Nurse and GP meet weekly"
    assert title_for("HOSTELS", "PEER SUPPORT W/ REGULAR SUPERVISION", "STAYS IN ROLE") == "Peer support with regular supervision"


def test_must_not_fire_a_word_in_capitals_alone_beside_a_sign():
    said = cmo_sentence("primary schools", "COVID + lockdown close classrooms", "pupils fall behind")
    assert "COVID and lockdown close classrooms" in said, said
    said = cmo_sentence("A+E departments at night", "staff feel rushed", "patients leave before being seen")
    assert said.startswith("In A+E departments at night, staff feel rushed"), said
    assert title_for("A+E departments", "HIV+ men feel judged", "fewer return") == "HIV+ men feel judged"


def test_must_not_fire_two_initialisms_a_sign_joins():
    said = cmo_sentence("emergency departments with SMI + ACT teams", "staff share notes", "fewer repeat visits")
    assert "SMI and ACT teams" in said, said
    said = cmo_sentence("schools where IT & HR staff are shared", "teachers wait for help", "lessons lost")
    assert "IT and HR staff" in said, said

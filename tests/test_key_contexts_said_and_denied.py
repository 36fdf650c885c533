"""Trial DA: the team reworded a configuration's context from the feedback to "Young people without a private address or
phone of their own (in care, sofa-surfing, sharing a phone)". Its one statement's context, "YP w/o own address or
phone", was then dropped from the key contexts as the opposite case ("sharing a phone" read as the configuration saying
it has a phone), and the report said "None beyond the context given; its other evidence comes from different contexts"
of a configuration with no other evidence. A thing the configuration's context both denies and says is not said
plainly: a member lacking it is listed. The opposite case still holds where the context only says it (trial O; here on
home visiting)."""

from cmo.synthesis.wording import key_contexts


def test_a_member_lacking_what_the_context_both_denies_and_says_is_listed():
    own = "Young people without a private address or phone of their own (in care, sofa-surfing, sharing a phone)"
    assert key_contexts("", own, ["YP w/o own address or phone"], True) == "YP without own address or phone"
    own = "mothers without a named health visitor (a visitor shared across the area)"
    assert key_contexts("", own, ["mums without a named health visitor"], True) == "Mums without a named health visitor"


def test_a_member_denying_what_the_context_only_says_is_still_the_opposite_case():
    own = "mothers visited by a named health visitor"
    assert key_contexts("", own, ["mothers without a named health visitor"], True) == ""
    own = "volunteers who received refresher training"
    assert key_contexts("", own, ["volunteers trained once with no later refresher training"]) == ""

"""Trial DB: an Admiral Nurse and a carer ran a rapid realist review of family carers' involvement on acute hospital
wards (John's Campaign, carer passports) with an ATLAS.ti quotation export turned into a coding sheet.

- DB 1: refine titled a configuration whose mechanism was coded "families welcomed 24/7 as partners in care" as
  "Families welcome 24/7 as partners in care": what was done to the families (welcomed as partners) read as what the
  families do. A past form followed by "as" and the role it gives is told as written.
"""

from cmo.synthesis.wording import title_for


def test_a_role_given_is_not_read_as_what_the_subject_does():
    title = title_for(
        "Canadian hospitals moving from visiting hours to family presence",
        "families welcomed 24/7 as partners in care",
        "fewer complaints; staff report families helping with care",
    )
    assert title == "Families welcomed 24/7 as partners in care"
    assert title_for("acute wards", "carers seen as visitors, not partners", "carers leave early") == (
        "Carers seen as visitors, not partners"
    )


def test_a_past_form_without_a_role_is_still_told_in_the_present():
    # must not fire, on another topic: a verb of the subject's own, no role after it
    assert title_for("low-income households", "parents worried about the cost of school meals", "children skip lunch") == (
        "Parents worry about the cost of school meals"
    )
    assert title_for("rural clinics", "nurses phoned weekly to check on patients", "fewer missed doses").startswith(
        "Nurses phone weekly"
    )

"""Trial K0 (WHO Surgical Safety Checklist): a member a person marked supporting whose outcome reads as not following
("patients did not trust staff") beside a configuration whose outcome follows ("patients felt safer and trusted the
team") gave its context, "nobody explains the procedure to patients", as a key context of the configuration: the pack
told a reference group the finding holds where nobody explains. The mark counts it as support, so it is the
configuration where its context was missing; its context is where the configuration did not hold. A denial in line with
the configuration ("nobody was evicted" beside "fewer evictions") still says it as worded and keeps its context."""

from __future__ import annotations

from sheet_reviews import config_with_marks

from cmo.synthesis.evidence import marked_converse, shown_key_contexts, supporting_ids


def test_a_denied_outcome_marked_supporting_gives_no_key_context():
    """Fails on the old code: 'Nobody explains the procedure to patients' was a key context."""
    config, statements = config_with_marks(
        ("patients asked their name before anaesthesia", "patients feel recognised", "patients felt safer and trusted the team"),
        [
            ("a regional hospital's theatres", "patients feel recognised", "patients felt safer and trusted the team"),
            ("nobody explains the procedure to patients", "patients feel ignored", "patients did not trust staff"),
        ],
        {"S2"},
    )
    assert supporting_ids(config, statements) == ["S1", "S2"]  # the person's mark counts it
    assert marked_converse(statements["S2"], config)
    assert shown_key_contexts(config, statements) == "A regional hospital's theatres"


def test_on_another_topic_tenants_who_did_not_trust_housing_staff_give_no_key_context():
    config, statements = config_with_marks(
        ("estates where the landlord answers repair requests", "tenants feel listened to", "tenants trust the landlord"),
        [
            ("estates with a resident liaison officer", "tenants feel listened to", "tenants trust the landlord"),
            ("estates where nobody answers complaints", "tenants feel ignored", "tenants did not trust the housing staff"),
        ],
        {"S2"},
    )
    assert "S2" in supporting_ids(config, statements)
    assert shown_key_contexts(config, statements) == "Estates with a resident liaison officer"


def test_a_denial_in_line_with_the_configuration_keeps_its_context():
    """Must not fire: "nobody was evicted" says what "fewer evictions" says."""
    config, statements = config_with_marks(
        ("tenancies with a support worker", "tenants get help with arrears early", "fewer evictions"),
        [
            ("housing association tenancies", "tenants get help with arrears early", "fewer evictions"),
            ("a tenancy sustainment team in Leeds", "tenants get help with arrears early", "nobody was evicted"),
        ],
        {"S2"},
    )
    assert not marked_converse(statements["S2"], config)
    assert shown_key_contexts(config, statements) == "Housing association tenancies; A tenancy sustainment team in Leeds"

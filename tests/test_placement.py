"""Merging on a review nobody tuned for: placement suggestions, explanations, domains from meaning, own synonyms."""

from __future__ import annotations

from statement_samples import DOMAINS, PEER, TRUST, ids, st

from cmo.models import Domain
from cmo.synthesis.backends import build_index
from cmo.synthesis.explain import placements, shared_by_members, shared_with
from cmo.synthesis.merge import DomainModel, propose


def test_a_statement_is_placed_first_with_the_configuration_of_its_paraphrases():
    newcomer = st("S7", "Lonely patients with diabetes", "Fellow patients in group visits corrected misconceptions", "")
    everything = PEER + TRUST + [newcomer]
    index = build_index(everything, backend="hybrid")
    found = placements(index, "S7", 6, {"C1": [0, 1, 2], "C2": [3, 4, 5]}, everything)
    assert [p.configuration for p in found] == ["C1", "C2"]
    assert found[0].score > found[1].score
    assert found[0].why.shared["context"] == ["lonely"], "S2's context: 'Lonely adults living with diabetes'"
    assert {"group", "visits"} & set(found[0].why.shared["mechanism"])
    assert "outcome" not in found[0].why.shared, "an empty element shares nothing"


def test_shared_words_are_the_statements_own_and_leave_out_what_everyone_says():
    members = [
        st("A", "", "Peers corrected misconceptions about diet", ""),
        st("B", "", "Fellow patients corrected their misconceptions", ""),
        st("C", "", "Peers put right misconceptions", ""),
    ]
    shared = shared_by_members(members)
    assert shared["mechanism"][0] == "misconceptions"
    assert "corrected" in shared["mechanism"] and "diet" not in shared["mechanism"]
    common = {"mechanism": frozenset({"misconcept"})}
    assert "misconceptions" not in shared_by_members(members, common).get("mechanism", [])
    assert shared_with(members[0], members[1:])["mechanism"] == ["Peers", "corrected", "misconceptions"] or shared_with(
        members[0], members[1:]
    )["mechanism"] == ["peers", "corrected", "misconceptions"]


def test_every_proposed_configuration_says_why_its_members_belong_together():
    result = propose(PEER + TRUST, DOMAINS, next_id=ids())
    for config in result.configurations:
        assert config.why is not None
        if len(config.statements) > 1:
            assert 0 < config.why.similarity <= 1
            assert config.why.shared, config.id


def test_a_domain_worded_unlike_the_statements_is_found_by_meaning():
    domains = [
        Domain(slug="morale", name="Staff morale", description="How employees' spirits and enthusiasm for the job change."),
        Domain(slug="money", name="Budgets", description="How organisations decide what to fund."),
    ]
    statements = [
        st("S1", "Nurses on night shifts", "They felt exhausted and unappreciated by managers", "Many considered quitting"),
        st("S2", "A hospital board", "The board weighed the cost of the programme against savings", "It paid for two years"),
    ]
    by_words = DomainModel(statements, domains, "lexical").for_statements(statements)
    by_meaning = DomainModel(statements, domains, "hybrid", "minilm-int8").for_statements(statements)
    assert by_meaning["S1"][0] == "morale" and by_meaning["S2"][0] == "money"
    assert by_words["S1"][0] is None, "no word of S1 is in the morale domain's text"


def test_a_coded_domain_still_wins_over_meaning():
    coded = [PEER[0].model_copy(update={"domain": "partnerships"}), *PEER[1:], *TRUST]
    result = propose(coded, DOMAINS, next_id=ids(), backend="hybrid")
    assert result.statement_domains["S1"] == "partnerships"


def test_code_suggest_names_three_configurations_with_scores_and_shared_words(demo):
    found = demo.json("code", "suggest", "S5")
    own = [c["id"] for c in demo.json("configs", "list") if "S5" in c["statements"]]
    assert 1 <= len(found) <= 3 and not {p["configuration"] for p in found} & set(own)
    assert [p["score"] for p in found] == sorted((p["score"] for p in found), reverse=True)
    assert all(p["statement"] == "S5" and p["title"] for p in found)
    members = {c["id"]: c["statements"] for c in demo.json("configs", "list")}
    for p in found:  # the members' closest wording of each element, even where no word is shared
        closest = p["why"]["closest"]
        assert set(closest) <= {"context", "mechanism", "outcome"} and "mechanism" in closest
        assert all(
            like["statement"] in members[p["configuration"]] and -1 <= like["similarity"] <= 1 for like in closest.values()
        )
    mine = demo.json("code", "show", "S5")["mechanism"]
    assert demo.json("code", "show", found[0]["why"]["closest"]["mechanism"]["statement"])["mechanism"] != mine
    said = demo("code", "suggest", "s5")
    text = said.stdout
    assert text.splitlines()[0].startswith(found[0]["configuration"] + "\t") and "\tmechanism: " in text and "closest: S" in text
    home = demo.json("code", "show", "S5")["configurations"][0]
    assert said.stderr.startswith(f"S5 is in {home}; the others most like it:")  # where it is, before where it may go
    assert demo("code", "suggest", "S999", code=2).stderr.count("S999") == 1


def test_refine_json_and_configs_show_explain_each_proposal(unsent):
    demo = unsent  # refine re-forms configurations no round sent out
    refined = demo.json("refine")
    together = [c for c in refined if len(c["statements"]) > 1]
    assert together and all(c["why"]["similarity"] is not None for c in together)
    shown = demo("configs", "show", together[0]["id"]).stdout
    assert "proposed together (similarity" in shown


def test_a_team_s_own_synonym_file_is_used_and_a_bad_one_is_named(cmo):
    cmo("init", str(cmo.folder))
    config = cmo.folder / "review.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "settings:\n  synonyms: words.yaml\n", encoding="utf-8")
    missing = cmo("sources", "list", code=2)
    assert "words.yaml" in missing.stderr and "Traceback" not in missing.stderr
    (cmo.folder / "words.yaml").write_text("synonyms:\n  carer: [carer, caregiver, family caregiver]\n", encoding="utf-8")
    cmo("sources", "list")
    from cmo.commands.review import open_review
    from cmo.synthesis.lexicon import NO_SYNONYMS, use_synonyms
    from cmo.synthesis.similarity import terms

    try:
        open_review(cmo.folder).close()
        assert terms("family caregiver") == terms("carers") == ["syncarer"]
    finally:
        use_synonyms(NO_SYNONYMS)
    (cmo.folder / "words.yaml").write_text("synonyms: [carer, caregiver]\n", encoding="utf-8")
    bad = cmo("sources", "list", code=2)
    assert "words.yaml" in bad.stderr and "synonyms:" in bad.stderr and "Traceback" not in bad.stderr

"""Trial CP: a team in Senegal coded half its statements in French. `cmo round close --check` asked it to explain, as
short forms a lay reader may not know, 'Le', 'du', 'et', 'les', 'au', 'de', 'des', 'avec', 'sans', 'que', 'qui',
'chez'... (French words an English lexicon does not know), burying the real ones ('HTA', 'ASC'). In a configuration
written in another language, only short forms in capitals (or slashed) are named; English ones are named as before.
Through the commands a user types, on the example review (telemental health)."""

from __future__ import annotations


def test_a_french_configuration_names_its_acronyms_not_its_words(demo):
    source = demo.json("sources", "list")[0]["key"]
    demo(
        "code", "add", "--source", source,
        "--context", "Patients suivis au CHU, loin du centre de santé mentale",
        "--mechanism", "Les patients ne viennent pas aux consultations sans rappel des ASC",
        "--outcome", "Moins de suivi chez les patients et des rechutes",
        code=None,
    )  # fmt: skip
    demo(
        "code", "add", "--source", source,
        "--context", "Older pts on abx w/o a carer",
        "--mechanism", "The pharmacist phones them before each refill",
        "--outcome", "Pts keep taking their medicines",
        code=None,
    )  # fmt: skip
    demo("refine", code=None)
    said = demo("round", "close", "--check", code=None).output
    line = next(line for line in said.splitlines() if "short forms" in line)
    assert "'CHU'" in line and "'ASC'" in line
    for word in ("les", "du", "au", "de", "des", "sans", "chez", "aux", "Moins"):
        assert f"'{word}'" not in line, word
    assert "'abx'" in line and "'w/o'" in line and "'pts'" in line.lower()  # must still fire in English


def test_a_french_configuration_names_two_letter_capitals_and_elided_ones(demo):
    """RH3, rerunning trial CP on the integrated code: 'la TA' (tension artérielle), 'risque CV' and 'l'HTA' went to the
    group unexplained: 'TA' and 'CV' were taken for the English words 'ta' and 'cv', and 'l'HTA' was read as one word.
    Must not fire: a Roman numeral ('phase II'), a capitalised word, or an English configuration's 'TV'."""
    source = demo.json("sources", "list")[0]["key"]
    demo(
        "code", "add", "--source", source,
        "--context", "Population générale de la ville, essai de phase II",
        "--mechanism", "Les gens ne se font pas mesurer la TA car l'HTA ne donne pas de symptômes",
        "--outcome", "Le risque CV reste élevé chez les adultes",
        code=None,
    )  # fmt: skip
    demo(
        "code", "add", "--source", source,
        "--context", "Older adults living alone who watch TV most evenings",
        "--mechanism", "A volunteer phones them each week and listens",
        "--outcome", "They feel less lonely and sleep better",
        code=None,
    )  # fmt: skip
    demo("refine", code=None)
    said = demo("round", "close", "--check", code=None).output
    line = next(line for line in said.splitlines() if "short forms" in line)
    assert "'TA'" in line and "'CV'" in line and "'HTA'" in line
    for word in ("II", "Le", "Population", "TV"):
        assert f"'{word}'" not in line, word

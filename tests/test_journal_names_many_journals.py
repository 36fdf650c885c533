"""A document citing works in thousands of journals names each journal once, and finds a name the NLM abbreviates
without comparing every journal with every other: `sources list` of the shared corpus (45,221 works in 8,203 journals and
proceedings) ran over 20 minutes in `citations.journal_names`, now 9 s."""

from cmo.bib import citations
from cmo.normalise import abbreviation_initials


def _journals(count: int) -> list[str]:
    words = ["Journal", "Review", "Annals", "Studies", "Letters", "Reports", "Quarterly", "Bulletin"]
    fields = ["Nursing", "Ageing", "Housing", "Geology", "Optics", "Robotics", "Surgery", "Genetics", "Ethics", "Law"]
    return [f"{words[i % 8]} of {fields[(i // 8) % 10]} Research {i:05d}" for i in range(count)]


def test_an_abbreviation_among_thousands_of_journals_finds_its_name_in_full(monkeypatch):
    compared = []
    real = citations.abbreviated_name
    monkeypatch.setattr(citations, "abbreviated_name", lambda short, full: compared.append(1) or real(short, full))
    journals = [*_journals(3000), "Age Ageing", "Age and Ageing", "Scand J Work Environ Health"]
    assert citations.journal_names(journals) == {"Age Ageing": "Age and Ageing"}
    assert len(compared) < len(journals) ** 2 / 20  # only names of the same initials: not every journal with every other


def test_a_name_and_its_abbreviation_share_their_initials():
    assert abbreviation_initials("Age Ageing") == abbreviation_initials("Age and Ageing") == ("a", "a")
    assert abbreviation_initials("Scand J Work Environ Health") == abbreviation_initials(
        "Scandinavian Journal of Work, Environment & Health"
    )
    assert abbreviation_initials("Cad. Saúde Pública (Online)") == abbreviation_initials("Cadernos de saude publica")

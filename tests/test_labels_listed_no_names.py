"""Trial CC (session 46): a team's own column that lists code labels, each opening with a capital, a comma between them
(Dedoose's 'Codes Applied Combined': "Peer worker visits weekly, Tenant feels believed, Rent paid on time"), had each
capital after a comma read as a name, so every configuration kept them mid-sentence: "In Peer worker visits weekly,
Tenant feels believed, which leads to Rent paid on time". A line listing labels is read item by item, each opening as a part
does; running text whose items open in lower case keeps its names ("In Kenya, Maasai women…").

A housing-first review, not the trial's stroke rehabilitation."""

from types import SimpleNamespace

from cmo.synthesis.wording import cmo_sentence, names_from, statement_texts


def _statement(extra: dict[str, str]) -> SimpleNamespace:
    return SimpleNamespace(
        context="Peer worker visits weekly",
        mechanism="Tenant feels believed",
        outcome="Rent paid on time",
        quote="The peer worker came every week and I felt believed.",
        extra=extra,
    )


def test_a_column_listing_code_labels_names_nothing():
    listed = {"Codes Applied Combined": "Peer worker visits weekly, Tenant feels believed, Rent paid on time, Housing first"}
    with names_from(statement_texts([_statement(listed)])):
        said = cmo_sentence("Peer worker visits weekly", "Tenant feels believed", "Rent paid on time")
    assert "Peer" not in said and "Tenant" not in said and "Rent" not in said, said


def test_a_column_of_running_text_still_names_what_it_capitalises():
    notes = {"Coder notes": "In Nairobi, Maasai tenants said the peer worker spoke their language"}
    with names_from(statement_texts([_statement(notes)])):
        said = cmo_sentence("Maasai tenants in Nairobi", "they feel understood", "they keep their tenancy")
    assert "Maasai tenants in Nairobi" in said, said

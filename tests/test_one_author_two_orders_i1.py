"""One person cited one way (helper I1, a fault trial H7 left): Europe PMC writes "Ferrer, Harriet Batista" (her second
surname as a given name), another record "Batista Ferrer, Harriet", so one author was cited "Ferrer et al. 2014" beside
"Batista Ferrer et al. 2016". Where the works of a document give one person's names in two orders, with the same
given names and every part of the surname, both are written with both surnames (`citations.name_orders`). Must not
fire where a name is given in one order only, nor on two people whose given names differ."""

from __future__ import annotations

from contextlib import closing

from conftest import DATA

from cmo.bib.citations import citing, reference, short_cite
from cmo.commands.review import open_review
from cmo.models import Source


def test_a_surname_of_two_parts_given_in_two_orders_is_cited_one_way(cmo):
    """Fails on the old code: "Ferrer et al. 2014" beside "Audrey et al. 2018" naming "Batista Ferrer, Harriet"."""
    cmo("init", str(cmo.folder))
    cmo("ingest", str(DATA / "trial_h7" / "europepmc.ris"))
    with closing(open_review(cmo.folder).store) as store:
        sources = {source.key: source for source in store.sources()}
    with citing(sources.values()):
        assert short_cite(sources["ferrer2014barriers"]) == "Batista Ferrer et al. 2014"
        assert reference(sources["ferrer2014barriers"], link=False).startswith("Batista Ferrer, H.; Trotter, C.")
        assert "Batista Ferrer, H.;" in reference(sources["audrey2018impact"], link=False)
    with citing([sources["ferrer2014barriers"]]):  # alone, as written: nothing says it is a surname
        assert short_cite(sources["ferrer2014barriers"]) == "Ferrer et al. 2014"


def test_two_people_whose_given_names_differ_are_cited_as_written():
    """Must not fire (another topic): "Garcia, Maria Lopez" and "Lopez Garcia, J." are two people."""
    one = Source(key="a", authors=["Garcia, Maria Lopez", "Smith, Ann"], year=2019, title="Falls in care homes")
    two = Source(key="b", authors=["Lopez Garcia, J.", "Brown, T."], year=2020, title="Falls prevention")
    with citing([one, two]):
        assert short_cite(one) == "Garcia & Smith 2019"
        assert short_cite(two) == "Lopez Garcia & Brown 2020"

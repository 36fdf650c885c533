"""Trial CC (session 46): RIS's `TT` is the Translated Title (RIS, EndNote), the English one LILACS gives via the BVS
portal beside its original `TI`; MEDLINE's `TT` is the other way round, the original beside a bracketed English `TI`.
Every `TT` was read as MEDLINE's, so a LILACS paper in Spanish or Portuguese was cited by its English translation with
its own title in brackets after it. A title not in brackets is the original, its `TT` the translation in brackets
after it (APA); MEDLINE's records are cited as before.

A tuberculosis paper from Peru, not the trial's stroke rehabilitation."""

from __future__ import annotations

from cmo.bib.citations import reference
from cmo.models import Source

LILACS = """TY  - JOUR
AU  - Quispe Huamán, Rosa
AU  - de la Cruz, Manuel
TI  - Adherencia al tratamiento antituberculoso en comunidades andinas: estudio cualitativo
TT  - Adherence to tuberculosis treatment in Andean communities: a qualitative study
JO  - Rev. peru. med. exp. salud publica
PY  - 2018
VL  - 35
IS  - 2
SP  - 201
EP  - 209
LA  - es
ID  - biblio-987001
DB  - LILACS
ER  -
"""


def test_a_lilacs_paper_is_cited_by_its_own_title_with_the_translation_after_it(cmo, tmp_path):
    export = tmp_path / "lilacs.ris"
    export.write_text(LILACS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(export))
    (listed,) = cmo.json("sources", "list")
    cited = reference(Source.model_validate(cmo.json("sources", "show", listed["key"])))
    assert (
        "Adherencia al tratamiento antituberculoso en comunidades andinas: estudio cualitativo "
        "[Adherence to tuberculosis treatment in Andean communities: a qualitative study]."
    ) in cited, cited


def test_a_medline_translation_in_brackets_still_follows_its_original():
    work = Source(
        key="ruiz2016",
        type="article",
        title="[Adherence to tuberculosis treatment in Andean communities].",
        authors=["Ruiz, Ana"],
        year=2016,
        container="Rev Peru Med Exp Salud Publica",
        extra={"TT": "Adherencia al tratamiento antituberculoso en comunidades andinas."},
    )
    assert (
        "Adherencia al tratamiento antituberculoso en comunidades andinas [Adherence to tuberculosis treatment in Andean "
        "communities]."
    ) in reference(work)

"""Each BibTeX entry type the export writes names what a work is in and who issued it in the fields BibTeX's styles read
for that type (`normalise.bibtex_field`): an article's journal, a paper's or chapter's booktitle, a report's
institution, a thesis's school, a web page's organization; what the record kept beside them stays, and everything reads
back the same. Records on dental care, read and exported through the CLI."""

from __future__ import annotations

from pathlib import Path

import bibtexparser
import pytest

from cmo.bib.readers import bibtex as bibtex_reader
from cmo.models import Source
from cmo.outputs.export import to_bibtex

RECORDS = r"""
@inproceedings{taha2021,
  author = {Taha, Omar}, title = {Chatbot triage for dental pain}, year = {2021},
  booktitle = {Proceedings of the Dental Informatics Meeting 2021},
  series = {Studies in Health Technology and Informatics}, volume = {281}, publisher = {IOS Press},
}
@incollection{ng2020,
  author = {Ng, Wei}, title = {Oral health promotion in schools}, year = {2020},
  booktitle = {Handbook of Dental Public Health}, series = {Springer Handbooks}, publisher = {Springer},
}
@article{khan2019,
  author = {Khan, Aisha}, title = {Fluoride varnish uptake in nurseries}, year = {2019},
  journal = {Community Dental Health}, volume = {36}, pages = {1--9},
}
@techreport{phe2016,
  author = {{Public Health England}}, title = {Dental access for looked-after children}, year = {2016},
  institution = {Public Health England}, organization = {Dental Public Health Unit},
}
@phdthesis{moe2015,
  author = {Moe, Kim}, title = {Dental anxiety in children}, year = {2015},
  school = {University of Leeds}, address = {Leeds},
}
@online{ohf2022,
  author = {{Oral Health Foundation}}, title = {Brushing guide for carers}, year = {2022},
  organization = {Oral Health Foundation}, url = {https://example.org/brushing},
}
"""

OWN_FIELDS = {
    "taha2021": ("inproceedings", "booktitle", "Proceedings of the Dental Informatics Meeting 2021"),
    "ng2020": ("incollection", "booktitle", "Handbook of Dental Public Health"),
    "khan2019": ("article", "journal", "Community Dental Health"),
    "phe2016": ("techreport", "institution", "Public Health England"),
    "moe2015": ("phdthesis", "school", "University of Leeds"),
    "ohf2022": ("online", "organization", "Oral Health Foundation"),
}
WRONG_FOR = {
    "inproceedings": {"journal"},
    "incollection": {"journal"},
    "article": {"booktitle"},
    "techreport": {"journal", "booktitle", "publisher"},
    "phdthesis": {"journal", "booktitle", "publisher"},
    "online": {"journal", "booktitle"},
}


@pytest.fixture
def exported(cmo, tmp_path: Path) -> str:
    (tmp_path / "dental.bib").write_text(RECORDS, encoding="utf-8")
    cmo("init", str(cmo.folder))
    cmo("ingest", str(tmp_path / "dental.bib"), code=None)
    for source in cmo.json("sources", "list"):
        cmo("select", "include", source["key"])
    cmo("export", "-o", str(tmp_path / "out.bib"))
    return (tmp_path / "out.bib").read_text(encoding="utf-8")


def test_each_entry_type_writes_its_container_and_publisher_in_the_fields_its_styles_read(exported):
    entries = {entry.key: entry for entry in bibtexparser.parse_string(exported).entries}
    for key, (entry_type, field, value) in OWN_FIELDS.items():
        entry = entries[key]
        assert entry.entry_type == entry_type
        assert entry.fields_dict[field].value == value, f"{key}: {field}"
        assert not WRONG_FOR[entry_type] & set(entry.fields_dict), f"{key}: {sorted(entry.fields_dict)}"
    assert entries["taha2021"].fields_dict["series"].value == "Studies in Health Technology and Informatics"
    assert entries["phe2016"].fields_dict["organization"].value == "Dental Public Health Unit"


def test_the_export_reads_back_into_cmo_as_the_records_it_was_made_from(exported):
    first = {r.key: r for r in bibtex_reader.read(RECORDS, "dental.bib").records}
    again = {r.key: r for r in bibtex_reader.read(exported, "out.bib").records}
    for key, record in first.items():
        back = again[key]
        assert (back.type, back.container, back.publisher) == (record.type, record.container, record.publisher), key
        assert back.extra == record.extra, key


def test_a_field_the_reader_takes_first_kept_beside_the_container_keeps_the_family_s_first_field():
    """The rule must not fire where it would lose the container on reading back: a chapter whose record kept a journal
    (read first) writes its container in `journal`, as before, and the kept journal's value is not the container."""
    source = Source(key="lee2018", type="chapter", title="Sugar and caries", container="Caries handbook", extra={"journal": "J"})
    text = to_bibtex([source])
    assert "journal = {Caries handbook}" in text
    back = bibtex_reader.read(text, "x.bib").records[0]
    assert back.container == "Caries handbook"


def test_a_container_said_twice_or_repeating_the_title_is_read_once_or_not_at_all():
    """Scopus's @CONFERENCE gives its proceedings as `journal` and `booktitle` alike; Mendeley's @book its own title as
    `booktitle`. Neither is written twice nor as a series; a booktitle saying something else is kept."""
    text = r"""
@CONFERENCE{patel2022, author = {Patel, R.}, title = {Orthodontic waiting lists},
  journal = {Proceedings of the Digital Dentistry Conference}, booktitle = {Proceedings of the Digital Dentistry Conference},
  year = {2022}}
@book{hill2017, author = {Hill, R.}, title = {Dental public health}, booktitle = {Dental public health}, year = {2017},
  publisher = {OUP}}
@article{ross2020, author = {Ross, T.}, title = {Mouth care in hospices}, journal = {Palliative Dentistry},
  booktitle = {Hospice Care Congress}, year = {2020}}
"""
    records = {r.key: r for r in bibtex_reader.read(text, "x.bib").records}
    assert records["patel2022"].container == "Proceedings of the Digital Dentistry Conference"
    assert "booktitle" not in records["patel2022"].extra and "journal" not in records["patel2022"].extra
    assert records["hill2017"].container == "" and "booktitle" not in records["hill2017"].extra
    assert records["ross2020"].container == "Palliative Dentistry"
    assert records["ross2020"].extra["booktitle"] == "Hospice Care Congress"
    exported = to_bibtex([Source(**r.model_dump(exclude={"provenance", "original_type"})) for r in records.values()])
    assert exported.count("Proceedings of the Digital Dentistry Conference") == 1
    assert "series" not in exported


def test_a_source_read_before_keeping_its_container_twice_is_exported_with_it_once():
    """A review ingested before the reader took Scopus's repeated container once keeps it in `extra` too: the export
    writes it once, in the field the entry type takes."""
    container = "Proceedings of the Digital Dentistry Conference"
    source = Source(key="patel2022", type="conference", title="Orthodontic waiting lists", container=container)
    text = to_bibtex([source.model_copy(update={"extra": {"booktitle": container}})])
    assert text.count(container) == 1 and f"booktitle = {{{container}}}" in text and "journal" not in text

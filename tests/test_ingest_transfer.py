"""What a reading process sends the linking one arrives as it was built: de-duplication profiles are pickled as
their fields (`cmo.bib.dedupe`), for speed, and must lose nothing on the way."""

from __future__ import annotations

import pickle

from cmo.bib.dedupe import record_profile
from cmo.bib.linking import prepare_record
from cmo.bib.readers.ris import read

RIS = """TY  - JOUR
AU  - Schlief, M.
AU  - Saunders, K. R. K.
TI  - Synthesis of the evidence on what works  (a review)
PY  - 2022
SP  - 211-6
VL  - 5
IS  - 3-4
T2  - Am J Clin Dermatol
DO  - 10.1000/xyz
KW  - care
access
N1  - a note
ER  -
"""


def test_a_profile_pickles_as_its_fields() -> None:
    record = read(RIS, "a.ris").records[0]
    fingerprint, profile = prepare_record(record)
    assert profile.pages is not None and profile.issue
    assert pickle.loads(pickle.dumps((fingerprint, profile))) == (fingerprint, record_profile(record))

"""A code's own words keep 'applied' (re-check RF 2: the ATLAS.ti code 'O: person-centred knowledge not applied' became
the outcome 'person-centred knowledge not', its meaning reversed); only Dedoose's column header ('Code: … Applied')
carries the word as the export's own."""

from __future__ import annotations

from cmo.sheets.coding import _code_of_part


def test_a_codes_own_applied_is_kept():
    assert _code_of_part("O: discharge guidance not applied") == ("outcome", "discharge guidance not applied")
    assert _code_of_part("M - learning applied on the ward") == ("mechanism", "learning applied on the ward")


def test_dedooses_applied_after_its_code_header_is_the_exports_own():
    assert _code_of_part("Code: Context: staff turnover Applied") == ("context", "staff turnover")

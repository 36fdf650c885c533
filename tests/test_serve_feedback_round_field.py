"""Trial CY (falls prevention, `cmo serve`): a form's download whose answers came in before round 1 was closed (the
team built the form from the configurations and closed the round in cmo later) was refused on the rounds page with
"import the file with --round 1": an option the page's import form did not have, so the public contributor importing
in the browser could go no further. The import form has a Round field, as `--round`, and a refusal or warning naming
`--round` names the field first. Tested on a school-meals review; a file that names its round needs no field.

A real uvicorn server over a real review; the upload posted as a browser posts a file."""

from __future__ import annotations

import urllib.error
import urllib.request

from sheet_reviews import cmo_run, review_from_rows
from test_s40_web import _multipart
from test_serve import Running

ROWS = [
    ("meals2019", "Primary schools in deprived areas", "Pupils eat together with staff", "More pupils eat a hot lunch"),
    ("meals2021", "Primary schools in deprived areas", "Pupils eat together with staff", "More pupils eat a hot lunch"),
]
FORM = (
    '"Timestamp","Your pseudonym","How far does each finding match your experience? [C1: Pupils eat together with staff]",'
    '"C1: What is missing or wrong?"\r\n'
    '"2024/05/14 10:15:32 AM GMT+1","Blue Heron","Somewhat agree","Only where the hall is big enough."\r\n'
)


def _post(running: Running, fields: dict[str, str]) -> tuple[int, str]:
    body, kind = _multipart({"token": running.settings.token, **fields}, "Round 1 (Responses).csv", FORM.encode())
    request = urllib.request.Request(running.url + "/feedback", data=body, method="POST", headers={"Content-Type": kind})
    try:
        response = urllib.request.urlopen(request)
        return response.status, response.read().decode()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode()


def test_the_round_field_imports_answers_given_before_the_round_closed(tmp_path):
    review = review_from_rows(tmp_path, ROWS, appraised=True)
    assert cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review).returncode in (0, 1)
    assert cmo_run("round", "close", "--by", "RT", cwd=review).returncode in (0, 1)
    running = Running(review)
    try:
        assert 'name="round"' in urllib.request.urlopen(running.url + "/rounds").read().decode()
        status, page = _post(running, {"scale": "", "round": ""})
        assert status == 400 and "Round field of the import form" in page, page
        assert "with --round 1" not in page
        status, page = _post(running, {"scale": "", "round": "1"})
        assert status == 200 and "1 answer imported" in page, page
    finally:
        running.stop()
    listed = cmo_run("feedback", "list", "--round", "1", "--json", cwd=review)
    assert "Only where the hall is big enough." in listed.stdout


def test_a_round_that_is_no_number_is_refused_in_one_sentence(tmp_path):
    review = review_from_rows(tmp_path, ROWS, appraised=True)
    assert cmo_run("configs", "new", "--statements", "S1,S2", "--by", "RT", cwd=review).returncode in (0, 1)
    assert cmo_run("round", "close", "--by", "RT", cwd=review).returncode in (0, 1)
    running = Running(review)
    try:
        status, page = _post(running, {"round": "first"})
        assert status == 400 and "is a number" in page and "Traceback" not in page, page
    finally:
        running.stop()
    assert cmo_run("feedback", "list", "--json", cwd=review).stdout.strip() in ("[]", "")

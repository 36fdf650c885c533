"""`cmo serve` with what a bibliography or a browser may send (security probe of session 40):

F6. A source whose key holds "/" (DBLP's `journals/cacm/Knuth74`, or a hostile `../../etc/passwd`) got a link the
    browser resolved elsewhere: the source could not be opened, screened or appraised from the web.
F4. An uploaded feedback file named ".." or with a name longer than the file system allows gave a 500 and a traceback.

A real uvicorn server over a real review; requests as a browser sends them.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from test_serve import Running

BIB = """@article{journals/cacm/Knuth74,
  author = {Knuth, Donald E.},
  title = {Computer programming as an art},
  journal = {Communications of the ACM},
  year = {1974}
}

@article{../../etc/passwd,
  author = {Moreau, Lucie},
  title = {Walking groups for older adults in rural towns},
  journal = {Rural Health},
  year = {2019}
}
"""


@pytest.fixture
def served_keys(cmo, tmp_path):
    cmo("init", str(cmo.folder))
    bib = tmp_path / "dblp.bib"
    bib.write_text(BIB, encoding="utf-8")
    cmo("ingest", str(bib), code=None)
    running = Running(cmo.folder)
    yield cmo, running
    running.stop()


def _links(html: str) -> list[str]:
    return re.findall(r'href="(/sources/[^"?]+)"', html)


@pytest.mark.parametrize("key", ["journals/cacm/Knuth74", "../../etc/passwd"])
def test_a_key_with_slashes_opens_and_is_screened_from_its_link(served_keys, key):
    cmo, running = served_keys
    listing = urllib.request.urlopen(running.url + "/sources").read().decode()
    link = next(link for link in _links(listing) if link.endswith(key.replace("/", "%2F").replace("../", "..%2F")))
    assert "/" not in link[len("/sources/") :]  # one part of the address: nothing for the browser to resolve
    page = urllib.request.urlopen(running.url + link).read().decode()
    assert key in page

    from cmo.commands.guard import current
    from cmo.commands.review import open_review

    review = open_review(cmo.folder)
    seen = current(review, key)
    review.close()
    data = urlencode({"token": running.settings.token, "seen": seen, "decision": "include"}).encode()
    urllib.request.urlopen(urllib.request.Request(running.url + link + "/screen", data=data, method="POST")).read()
    assert next(s for s in cmo.json("sources", "list") if s["key"] == key)["status"] == "included"


def _multipart(fields: dict[str, str], filename: str, content: bytes) -> tuple[bytes, str]:
    boundary = "----cmo-test-boundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: text/csv\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@pytest.mark.parametrize("filename", ["..", "a" * 300 + ".csv", "."])
def test_an_upload_with_a_name_no_file_can_have_is_read_or_refused_in_one_sentence(served_keys, filename):
    _, running = served_keys
    body, kind = _multipart({"token": running.settings.token}, filename, b"name,score\nJo,5\n")
    request = urllib.request.Request(running.url + "/feedback", data=body, method="POST", headers={"Content-Type": kind})
    try:
        status, page = 200, urllib.request.urlopen(request).read().decode()
    except urllib.error.HTTPError as refused:
        status, page = refused.code, refused.read().decode()
    assert status < 500, page
    assert "Traceback" not in page and "cmo-feedback-" not in page

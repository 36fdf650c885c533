"""`cmo serve` says what keeps a configuration as it is, in the words `cmo configs list` uses (`refine.standing`):
after round 1 every configuration the round sent was labelled "decided by a person" (trial CL), though only the
round's freeze pinned it; now it reads "sent in round 1", and one a person changed still reads "decided by a person"."""

from __future__ import annotations

import re
import urllib.request

from test_serve import served  # noqa: F401  (the fixture)


def _meta(html: str) -> str:
    return re.search(r'<p class="meta">(.*?)</p>', html, re.S).group(1)


def test_a_configuration_only_a_round_pinned_says_so_and_one_a_person_decided_says_that(served):  # noqa: F811
    demo, running = served
    listed = {c["id"]: c["standing"] for c in demo.json("configs", "list")}
    sent = next(cid for cid, standing in listed.items() if standing == "sent in round 1")
    page = urllib.request.urlopen(f"{running.url}/configurations/{sent}").read().decode()
    assert "sent in round 1" in _meta(page) and "decided by a person" not in page
    listing = urllib.request.urlopen(f"{running.url}/configurations").read().decode()
    assert f"{sent}</a>" in listing and '<span class="tag">decided</span>' not in listing.split(f"{sent}</a>")[1].split("<li>")[0]
    assert '<span class="tag">sent in round 1</span>' in listing
    # Must not fire: a configuration a person retitled is theirs, said so on its page and in the listing.
    demo("configs", "edit", sent, "--title", "Remote assessment leaves clinicians less sure of risk")
    page = urllib.request.urlopen(f"{running.url}/configurations/{sent}").read().decode()
    assert "decided by a person" in _meta(page) and "sent in round 1" not in _meta(page)
    listing = urllib.request.urlopen(f"{running.url}/configurations").read().decode()
    assert '<span class="tag">decided</span>' in listing.split(f"{sent}</a>")[1].split("</li>")[0]

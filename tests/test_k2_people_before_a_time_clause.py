"""Helper K2 (a deprescribing review): the context "Relatives not told before a drug is stopped" went to the reference
group as "Where relatives not told before a drug is stopped, …": the "is" of the clause of time was read as the
context's own verb, so the context read as a statement missing its verb. People and a participle before "before",
"after" or "since" are whom the context is for ("For relatives not told before a drug is stopped, …"), the verb after
it the clause of time's. Must not fire, on other topics: a context that is a statement before its clause of time ("the
service closed after funding was cut", "staff are trained before the change is made") is still worded as one."""

from __future__ import annotations

from cmo.synthesis.wording import context_frame, framed_as_a_statement


def test_people_before_a_clause_of_time_are_whom_it_is_for():
    for context in (
        "Relatives not told before a drug is stopped",
        "patients discharged before their medicines are reconciled",  # a hospital discharge review
        "carers excluded after the patient is admitted",
    ):
        assert not framed_as_a_statement(context), context
        assert context_frame(context) == "For ", context


def test_a_statement_before_a_clause_of_time_stays_a_statement():
    assert framed_as_a_statement("the service closed after funding was cut")
    assert framed_as_a_statement("staff are trained before the change is made")
    assert framed_as_a_statement("the ward is short-staffed after the merger")

"""What the user taught by moving mail: similar notes follow, others don't; a correction yields to worse mail."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from mailbot.learn import Example, Learned, similarity, tokens
from mailbot.model import Kind, PersonEvent, Verdict
from mailbot.people import rollup

T0 = datetime(2026, 1, 5, tzinfo=timezone.utc)
OPENER = "Hi Alex, fellow controller here. How is your team handling the rolling forecast this year?"


def test_a_similar_note_takes_the_verdict_the_user_gave() -> None:
    learned = Learned((Example("<a>", Verdict.BAD, tokens(OPENER)),))
    twin = "Hello Alex - fellow controller here! How is your team handling the rolling forecast these days?"
    suggestion = learned.suggest(twin)
    assert suggestion is not None and suggestion.verdict is Verdict.BAD
    assert suggestion.reason_text().startswith("you moved a similar note to Bad")


def test_an_unrelated_note_is_left_to_the_rules() -> None:
    learned = Learned((Example("<a>", Verdict.BAD, tokens(OPENER)),))
    assert learned.suggest("Free CPE webinar on lease accounting next Tuesday, two credits.") is None
    assert learned.suggest(OPENER, exclude="<a>") is None, "a note never teaches itself"


def test_tokens_fold_case_and_accents_and_drop_glue_words() -> None:
    assert tokens("Hallo Alex, UNHÖFLICH und für Sie!") == frozenset({"unhoflich"})
    assert similarity({"a", "b"}, {"a", "b"}) == 1.0 and similarity(set(), {"a"}) == 0.0


def _event(days: int, verdict: Verdict, kind: Kind = Kind.MESSAGE) -> PersonEvent:
    return PersonEvent(f"<{days}>", kind, T0 + timedelta(days=days), verdict, frozenset({"connected"}))


def test_a_correction_holds_until_newer_mail_is_worse() -> None:
    events = [_event(0, Verdict.BAD)]
    assert rollup(events, Verdict.GOOD, T0).verdict is Verdict.GOOD
    assert rollup(events + [_event(3, Verdict.BAD)], Verdict.GOOD, T0).verdict is Verdict.BAD
    assert rollup(events + [_event(3, Verdict.GOOD)], Verdict.GOOD, T0).verdict is Verdict.GOOD
    assert rollup([_event(0, Verdict.GOOD)], Verdict.UGLY, T0).recommendation is not None

"""Tests for claimkit.dates: case tables, gold scores and Hypothesis properties."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimkit import DateClaim, extract, extract_dates, parse_date
from claimkit.evaluation import evaluate
from claimkit.strategies import date_surfaces, tensed_date_sentences

HERE = Path(__file__).parent
CASES = HERE / "cases"
FIXTURES = HERE / "fixtures"

SPACES = [" ", "\u00a0", "\u202f"]


def _load(name: str) -> list[dict[str, Any]]:
    with (CASES / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _params(name: str) -> list[Any]:
    out = []
    for case in _load(name):
        marks = []
        if case.get("expect") == "fail":
            marks.append(pytest.mark.xfail(strict=True, reason=case.get("comment") or "known"))
        out.append(pytest.param(case, id=case["label"], marks=marks))
    return out


def _got(case: dict[str, Any]) -> list[dict[str, Any]]:
    claims = extract_dates(case["text"], reference_date=case["reference_date"])
    return [{"text": c.text, "year": c.year, "month": c.month, "day": c.day} for c in claims]


@pytest.mark.parametrize("case", _params("dates.jsonl"))
def test_date_cases(case: dict[str, Any]) -> None:
    assert _got(case) == case["expected"]


@pytest.mark.parametrize("case", _params("dates_negative.jsonl"))
def test_date_negative_cases(case: dict[str, Any]) -> None:
    assert _got(case) == case["expected"] == []


@pytest.mark.parametrize("name", ["dates.jsonl", "dates_negative.jsonl"])
def test_case_files_well_formed(name: str) -> None:
    cases = _load(name)
    labels = [c["label"] for c in cases]
    assert len(labels) == len(set(labels))
    for case in cases:
        assert set(case) == {"label", "text", "reference_date", "expected", "comment", "expect"}
        assert case["expect"] in ("pass", "fail")
        if case["reference_date"] is not None:
            dt.date.fromisoformat(case["reference_date"])
        for exp in case["expected"]:
            assert exp["text"] in case["text"]
            start = case["text"].index(exp["text"])
            DateClaim(start=start, end=start + len(exp["text"]), **exp)


# ---------------------------------------------------------------------------------------------
# Gold scores (targets from the issue)
# ---------------------------------------------------------------------------------------------


def _extractor(text: str, ref: dt.date | None) -> list[DateClaim]:
    return extract_dates(text, reference_date=ref)


@pytest.mark.parametrize(
    ("path", "target"),
    [
        (FIXTURES / "gold" / "seeds.jsonl", 0.95),
        (FIXTURES / "external" / "duckling_fr.jsonl", 0.95),
        (FIXTURES / "external" / "recognizers_fr.jsonl", 0.85),
    ],
    ids=["seeds", "duckling", "recognizers"],
)
def test_gold_strict_f1(path: Path, target: float) -> None:
    report = evaluate(path, _extractor, kinds=["date"])
    score = report.kinds["date"].strict_f1
    assert score >= target, f"{score:.3f} < {target}\n" + "\n".join(
        str(e) for e in report.errors[:30]
    )


def test_registered_in_extract() -> None:
    claims = extract("Le 21 juillet 2023, 87 % des votants.", kinds=["date"])
    assert [(c.kind, c.text) for c in claims] == [("date", "Le 21 juillet 2023")]


# ---------------------------------------------------------------------------------------------
# API behaviour
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [b"le 3 juin", 3, None, ["le 3 juin"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="extract_dates"):
        extract_dates(bad)  # type: ignore[arg-type]


def test_reference_date_forms_agree() -> None:
    text = "Il est parti hier."
    as_date = extract_dates(text, reference_date=dt.date(2023, 7, 27))
    assert as_date == extract_dates(text, reference_date="2023-07-27")
    assert as_date[0].date == dt.date(2023, 7, 26)
    assert as_date[0].relative


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("le 3 juin 2024", None, (2024, 6, 3, "day")),
        ("juin 2024", None, (2024, 6, None, "month")),
        ("fin 2023", None, (2023, None, None, "year")),
        ("l'an dernier", "2023-07-27", (2022, None, None, "year")),
    ],
)
def test_parse_date(text: str, ref: str | None, expected: tuple[Any, ...]) -> None:
    c = parse_date(text, reference_date=ref)
    assert c is not None
    assert (c.year, c.month, c.day, c.granularity) == expected


def test_parse_date_nothing() -> None:
    assert parse_date("87 %") is None
    assert parse_date("") is None


def test_parse_date_dateparser_fallback_needs_reference() -> None:
    text = "dans 3 semaines à compter de ce jour"
    assert parse_date("quinze jours avant la fin") is None
    c = parse_date(text, reference_date="2023-07-27")
    assert c is None or c.year is not None


def test_modifiers() -> None:
    claims = extract_dates("mi-juillet, fin 2023, début juin, courant mai")
    assert {c.text: c.modifier for c in claims} == {
        "mi-juillet": "mid",
        "fin 2023": "end",
        "début juin": "start",
        "courant mai": "current",
    }


# ---------------------------------------------------------------------------------------------
# Hypothesis properties
# ---------------------------------------------------------------------------------------------

FILLER_BEFORE = ["Selon le rapport, ", "Rappel : ", "Les chiffres publiés — ", ""]
FILLER_AFTER = [", les ventes ont reculé.", ". Fin de l'article.", " ; rien de plus.", ""]


@st.composite
def rendered_dates(draw: st.DrawFn) -> tuple[str, dt.date, str]:
    """A date, one French rendering of it (claimkit.strategies), and its granularity."""
    r = draw(date_surfaces())
    v = r.values
    return r.text, dt.date(v["year"], v["month"], v["day"] or 1), v["granularity"]


@settings(max_examples=200, deadline=None)
@given(
    rendered_dates(),
    st.sampled_from(FILLER_BEFORE),
    st.sampled_from(FILLER_AFTER),
)
def test_rendered_dates_round_trip(
    rendered: tuple[str, dt.date, str], before: str, after: str
) -> None:
    surface, d, granularity = rendered
    text = before + surface + after
    claims = extract_dates(text)
    assert len(claims) == 1, (text, claims)
    c = claims[0]
    assert text[c.start : c.end] == c.text == surface
    assert c.granularity == granularity
    assert c.year == d.year
    assert c.month == d.month
    assert c.day == (d.day if granularity == "day" else None)


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2099, 12, 24)),
    st.sampled_from(SPACES),
)
def test_relative_days_follow_reference(ref: dt.date, sp: str) -> None:
    text = f"Hier, il pleuvait ; demain,{sp}il fera beau. Avant-hier aussi."
    got = {c.text.lower(): c.date for c in extract_dates(text, reference_date=ref)}
    assert got == {
        "hier": ref - dt.timedelta(days=1),
        "demain": ref + dt.timedelta(days=1),
        "avant-hier": ref - dt.timedelta(days=2),
    }
    week = extract_dates("il y a trois jours", reference_date=ref)[0]
    assert week.date == ref - dt.timedelta(days=3)
    last = extract_dates("lundi dernier", reference_date=ref)[0].date
    assert last is not None
    assert last.weekday() == 0
    assert 1 <= (ref - last).days <= 7


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.none() | st.dates())
def test_never_raises_and_offsets_hold(text: str, ref: dt.date | None) -> None:
    for c in extract_dates(text, reference_date=ref):
        assert text[c.start : c.end] == c.text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789 /.-,:juinmarsdel'()\u00a0hierdemain", max_size=80))
def test_never_raises_on_date_like_noise(text: str) -> None:
    for c in extract_dates(text, reference_date=dt.date(2020, 2, 29)):
        assert text[c.start : c.end] == c.text


@settings(max_examples=100, deadline=None)
@given(rendered_dates(), st.text(alphabet="abc ,.", max_size=20))
def test_prefix_shifts_offsets(rendered: tuple[str, dt.date, str], prefix: str) -> None:
    surface = rendered[0]
    base = extract_dates(surface)
    shifted = extract_dates(prefix + "\n" + surface)
    assert [(c.start + len(prefix) + 1, c.text) for c in base] == [
        (c.start, c.text) for c in shifted
    ]


# ------------------------------------------------------ start-limited matching = finditer

_DATE_PIECES = st.sampled_from(
    ["le ", "Le ", "du ", "au ", "depuis ", "dès ", "jusqu'au ", "à partir du ", "en ", "fin ",
     "début ", "mi-", "courant ", "il y a ", "dans ", "d'ici ", "lundi ", "Mer. ", "dernier ",
     "prochain ", "1er ", "3 ", "21 ", "vingt et un ", "premier ", "juillet ", "JUIN ", "sept. ",
     "janv ", "mois ", "an ", "l'année ", "jours ", "semaines ", "Noël ", "pâques ", "hier ",
     "lendemain ", "2023", "1992 ", "98 ", "/", "-", ".", ",", " ", "\u00a0", "(", ")", "'", "’",
     "\n", "et ", "ou ", "de ", "d'", "0", "12", "07", "2020", "15 personnes ", "87 % ", "$",
     "plus tard", "plus tôt", "auparavant", "prochaine ", "dernière ", "passée ", "−", "→",
     "■ ", "😀"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_DATE_PIECES, max_size=40).map("".join), st.data())
def test_start_limited_matching_equals_finditer(text: str, data: st.DataObject) -> None:
    """Trying each pass only where a match can start finds what finditer finds."""
    from claimkit.dates import patterns, scan

    if scan._OTHER_CHAR_RE.search(text) is not None:
        return  # such texts take the finditer path
    walk = scan._Walk(text, scan._ANCHORS.hits(text))
    ends = [i for i, c in enumerate(text) if c.isspace()] + [len(text)]
    end = data.draw(st.sampled_from(ends))
    start = data.draw(st.integers(0, end))
    for pattern in [p for p, _ in scan._PASSES] + [patterns._AROUND_RE, patterns._YEAR_LIST_RE]:
        for s, e in ((0, len(text)), (start, end)):
            want = [(m.span(), m.groups()) for m in pattern.finditer(text, s, e, overlapped=False)]
            got = [(m.span(), m.groups()) for m in walk.finditer(pattern, s, e)]
            assert got == want, (pattern.pattern[:60], text[s:e])


# ---------------------------------------------------------------------------------------------
# Resolution by tense (issue 12)
# ---------------------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(tensed_date_sentences())
def test_tense_puts_weekdays_and_months_on_its_side(drawn: tuple[str, str, str, dt.date]) -> None:
    """A weekday or a month in a past (future) sentence resolves on or before (after) the
    reference date, within a week for a weekday and a year for a month."""
    sentence, tense, kind, ref = drawn
    claims = extract_dates(sentence, reference_date=ref)
    assert len(claims) == 1, (sentence, claims)
    c = claims[0]
    assert c.year is not None, (sentence, ref, c)
    assert c.month is not None, (sentence, ref, c)
    if kind == "weekday":
        assert c.day is not None
        gap = (dt.date(c.year, c.month, c.day) - ref).days
        if tense == "past":
            assert -6 <= gap <= 0, (sentence, ref, c)
        else:
            assert 0 <= gap <= 6, (sentence, ref, c)
    else:
        months = (c.year * 12 + c.month) - (ref.year * 12 + ref.month)
        if tense == "past":
            assert -11 <= months <= 0, (sentence, ref, c)
        else:
            assert 0 <= months <= 11, (sentence, ref, c)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le budget a été adopté mardi.", "past"),
        ("Les prix valaient 3 dollars mardi.", "past"),
        ("Le texte sera voté mardi.", "future"),
        ("Le ministre va annoncer mardi son plan.", "future"),
        ("Le vote est prévu mardi.", "future"),
        ("Les prix baissent dès mardi.", "future"),
        ("Le marché ouvre mardi.", None),
        ("Le front a cédé. Le portrait mardi.", None),
    ],
)
def test_tense_reader(sentence: str, expected: str | None) -> None:
    from claimkit.dates.tense import Tenses

    start = sentence.rindex("mardi")
    assert Tenses(sentence).at(start, start + 5) == expected


@pytest.mark.parametrize("odd", ["ğ", "ł", "\u2212", "½", "\U0001f1f2\U0001f1e6", "\u200d"])
def test_uncommon_character_elsewhere_changes_nothing(odd: str) -> None:
    """A character outside the walk's set sends only its own window down the plain scan:
    the dates of the rest of the text are the same (issue 13)."""
    for line in (FIXTURES / "gold" / "dev-money.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text, ref = doc["text"], doc["reference_date"]
        want = [
            (c.start, c.end, c.year, c.month, c.day)
            for c in extract_dates(text, reference_date=ref)
        ]
        padded = text + "\n\n" + "x " * 200 + odd
        got = [
            (c.start, c.end, c.year, c.month, c.day)
            for c in extract_dates(padded, reference_date=ref)
        ]
        assert got == want, doc["id"]


def test_select_is_linear_on_short_dates_before_long_ones() -> None:
    """Many short dates before many long ones: each kept once, in text order (issue 13)."""
    k = 2000
    text = "en 2023 " * k + "le 21 juillet 2023 " * k
    claims = extract_dates(text)
    assert len(claims) == 2 * k
    assert [c.start for c in claims] == sorted(c.start for c in claims)


#: Inputs that stress the resolution stage (with a reference date), repeated to 20 and 40 kB.
_RESOLUTION_HOSTILE = {
    "weekdays": "mardi ",
    "tensed-weekdays": "a eu lieu mardi et sera voté jeudi ",
    "verbs-no-full-stop": "a annoncé valait seront va annoncer ",
    "anaphors": "le 2 février, le lendemain, deux jours plus tard, ",
    "elided-days": "le 4 octobre et le 19 ",
    "months-in-clauses": "ont chuté en novembre. ",
    "weekday-day-lists": "samedi 3 et dimanche 4 février ",
}


@pytest.mark.parametrize("unit", _RESOLUTION_HOSTILE.values(), ids=_RESOLUTION_HOSTILE.keys())
def test_resolution_stays_linear_on_hostile_input(unit: str) -> None:
    """Tense reading, chaining and weekday resolution cost about what prose costs (twice
    the text costs about twice the time; a per-candidate re-read would cost four times)."""
    import time

    def cpu(text: str) -> float:
        start = time.process_time()
        extract_dates(text, reference_date="2024-04-18")
        return time.process_time() - start

    small = (unit * (20_000 // len(unit) + 1))[:20_000]
    big = (unit * (40_000 // len(unit) + 1))[:40_000]
    cpu(small)
    t_small = min(cpu(small) for _ in range(2))
    t_big = min(cpu(big) for _ in range(2))
    assert t_big <= 3 * t_small + 0.2, (t_small, t_big)


# ---------------------------------------------------------------------------------------------
# Patterns compiled on first use (issue 14)
# ---------------------------------------------------------------------------------------------


def test_lazy_pattern_compiles_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads asking for a pattern at once compile it once and all get its matches."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    import regex

    from claimkit.dates import patterns

    calls: list[str] = []
    real = regex.compile
    barrier = threading.Barrier(8)

    def slow_compile(source: str, flags: int = 0) -> regex.Pattern[str]:
        calls.append(source)
        time.sleep(0.02)  # let the other threads arrive while it compiles
        return real(source, flags)

    monkeypatch.setattr(patterns.regex, "compile", slow_compile)
    p = patterns._Lazy(r"(?P<d>\d+)\s+juin", regex.IGNORECASE)

    def use(text: str) -> str | None:
        barrier.wait()
        m = p.search(text)
        return None if m is None else m["d"]

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(use, [f"le {i % 28 + 1} JUIN" for i in range(8)]))
    assert got == [str(i % 28 + 1) for i in range(8)]
    assert len(calls) == 1
    assert p.twin().search("le 3 juin") is not None  # the re twin matches alike


def test_import_compiles_no_date_pattern_and_a_text_only_what_it_needs() -> None:
    """``import claimkit.dates`` compiles no pattern; a year alone compiles no month pass."""
    import subprocess
    import sys

    code = (
        "from claimkit.dates import patterns as p, extract_dates\n"
        "lazies = [v for v in vars(p).values() if isinstance(v, p._Lazy)]\n"
        "assert lazies and not any(v._compiled or v._twin for v in lazies)\n"
        "assert [c.year for c in extract_dates('Né en 2001.')] == [2001]\n"
        "assert p._YEAR_CONTEXT_RE._twin is not None\n"
        "assert not any(v._compiled or v._twin for v in (p._MY_RE, p._DMY_RE, p._HOLIDAY_RE,"
        " p._OFFSET_RE, p._WEEKDAY_REL_RE))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


_TENSE_PIECES = st.sampled_from(
    ["a ", "A ", "ont ", "est ", "été ", "sera ", "Seront ", "va ", "vont se ", "devrait ",
     "adopté ", "réuni ", "annoncée pour ", "prévu ", "valait ", "étaient ", "adoptèrent ",
     "dès ", "d'ici ", "d’ici ", "à partir de ", "pour ", "mardi ", "depuis ", "extra ",
     "front ", "fait ", "jamais ", "pas ", "déjà ", "lundi", "DÉBATTRONT ", "x2sera ", "_ait",
     "voter ", "l'", ". ", "\n", " ", "’", "-", "ſ", "İ", "K", "2023 ", "−", "→ ", "😀"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_TENSE_PIECES, max_size=40).map("".join), st.data())
def test_tense_word_filter_equals_finditer(text: str, data: st.DataObject) -> None:
    """Trying the tense scan only at the words that can open a match finds what finditer
    finds, on any slice (texts with uncommon characters take finditer itself)."""
    from claimkit.dates import tense
    from claimkit.dates.patterns import _OTHER_CHAR_RE

    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    low = text.lower() if _OTHER_CHAR_RE.search(text) is None else None
    want = [(m.span(), m.groupdict()) for m in tense._SCAN.twin().finditer(text, lo, hi)]
    got = [(m.span(), m.groupdict()) for m in tense._marks(text, low, lo, hi)]
    assert got == want
    if low is not None:  # the filter is exact on such texts, whatever their case
        upper = text.upper()
        if _OTHER_CHAR_RE.search(upper) is None and len(upper) == len(text):
            want_up = [m.span() for m in tense._SCAN.twin().finditer(upper, lo, hi)]
            got_up = [m.span() for m in tense._marks(upper, upper.lower(), lo, hi)]
            assert got_up == want_up


def test_symbol_blocks_read_alike_by_every_engine() -> None:
    """Every character of the symbol blocks the walk accepts (``_SYMBOL_RANGES``) is no
    word character, digit or space to :mod:`re` and :mod:`regex` alike, and has no case."""
    import re
    import sys

    import regex

    from claimkit.dates.patterns import _OTHER_CHAR_RE

    latin = regex.compile(r"(?i)[a-z\u00c0-\u024f]")
    for code in range(0x2000, sys.maxunicode + 1):
        c = chr(code)
        if 0xD800 <= code <= 0xDFFF or _OTHER_CHAR_RE.match(c) is not None:
            continue
        if code <= 0x20CF:  # the general punctuation and currency blocks checked before
            continue
        assert not c.isalnum(), hex(code)
        assert re.match(r"[\w\d\s]", c) is None, hex(code)
        assert regex.match(r"[\w\d\s]", c) is None, hex(code)
        assert c.lower() == c.upper() == c.casefold() == c, hex(code)
        assert latin.match(c) is None, hex(code)

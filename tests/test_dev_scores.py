"""Hold the library to its scores on the development gold sets (real articles, many countries).

``dev-money.jsonl`` and ``dev-quotes.jsonl`` (tests/fixtures/gold, see their READMEs) are
scored in two parts: the first two thirds, which rules are tuned on, and the last third, kept
for checking that a rule generalises; ``extra-*.jsonl`` (fresh articles from eight countries
each) are scored whole ("all").  Each floor is the strict F1 measured when it was set,
rounded down: a change that lowers a score fails here, a change that raises one should raise
its floor.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimkit import evaluate

GOLD = Path(__file__).parent / "fixtures" / "gold"

#: (file, part, kind) -> strict F1 floor.
FLOORS: dict[tuple[str, str, str], float] = {
    ("dev-money", "tune", "money"): 0.98,  # measured 0.983
    ("dev-money", "check", "money"): 0.97,  # measured 0.977
    ("dev-money", "tune", "percentage"): 1.0,
    ("dev-money", "check", "percentage"): 1.0,
    ("dev-quotes", "tune", "money"): 1.0,
    ("dev-money", "tune", "date"): 1.00,
    ("dev-money", "check", "date"): 0.98,
    ("dev-quotes", "tune", "date"): 1.00,
    ("dev-quotes", "check", "date"): 1.00,
    ("dev-quotes", "tune", "quote"): 0.95,  # measured 0.953
    ("dev-quotes", "check", "quote"): 0.96,
    ("dev-money", "tune", "quote"): 1.0,
    ("dev-money", "check", "quote"): 0.75,
    ("dev-quotes", "check", "percentage"): 1.0,
    # Fresh articles annotated by hand (extra-*.jsonl, see their READMEs), scored whole.
    ("extra-money", "all", "money"): 1.0,  # measured 1.000 (0.71 before the general rules)
    ("extra-money", "all", "percentage"): 1.0,  # measured 1.000 (0.80 before)
    ("extra-money", "all", "quote"): 1.0,
    ("extra-quotes", "all", "quote"): 0.95,
    ("extra-money", "all", "date"): 0.96,  # measured 0.960 (session 7)
    ("extra-quotes", "all", "date"): 0.96,
    # Blind batches: annotated after the rules were written, never tuned on (extra2-quotes was
    # read once by the quotes work after its blind score of 0.475; extra3-quotes never).
    ("extra2-money", "all", "money"): 0.96,  # measured 0.969
    ("extra2-money", "all", "percentage"): 1.0,
    ("extra2-money", "all", "date"): 0.97,  # measured 0.976 (session 7)
    ("extra2-quotes", "all", "date"): 0.95,
    ("extra2-quotes", "all", "quote"): 0.96,  # measured 0.963 (0.60 before the third round)
    ("extra3-quotes", "all", "date"): 1.0,
    ("extra3-quotes", "all", "quote"): 0.93,  # 0.553 blind, then tuned on in the third round
    ("extra2-money", "all", "quote"): 1.0,
    # Third round (docs/evaluation.md): each batch was scored blind once after the rules of
    # the round so far were written, then tuned on; extra9 was the last one scored blind.
    ("extra4a-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra4a-quotes", "all", "quote"): 0.88,  # measured 0.885
    ("extra4b-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra4b-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra4b-quotes", "all", "quote"): 0.85,  # measured 0.850
    ("extra5c-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra5c-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra5c-quotes", "all", "quote"): 0.92,  # measured 0.921
    ("extra5d-quotes", "all", "date"): 0.88,  # measured 0.889
    ("extra5d-quotes", "all", "quote"): 0.97,  # measured 0.973
    ("extra6e-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra6e-quotes", "all", "date"): 0.92,  # measured 0.923
    ("extra6e-quotes", "all", "quote"): 0.64,  # measured 0.647
    ("extra6f-quotes", "all", "money"): 0.7,  # measured 0.706
    ("extra6f-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra6f-quotes", "all", "quote"): 0.86,  # measured 0.865
    ("extra7g-quotes", "all", "money"): 0.9,  # measured 0.909
    ("extra7g-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra7g-quotes", "all", "date"): 0.95,  # measured 0.955
    ("extra7g-quotes", "all", "quote"): 0.78,  # measured 0.787
    ("extra7h-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra7h-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra7h-quotes", "all", "quote"): 0.92,  # measured 0.929
    ("extra8i-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra8i-quotes", "all", "date"): 0.9,  # measured 0.909
    ("extra8i-quotes", "all", "quote"): 0.81,  # measured 0.812
    ("extra8j-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra8j-quotes", "all", "quote"): 0.81,  # measured 0.812
    ("extra9k-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra9k-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra9k-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra9k-quotes", "all", "quote"): 0.73,  # measured 0.732
    ("extra9l-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra9l-quotes", "all", "quote"): 0.61,  # measured 0.620
    # extra10: the round's last batch, scored blind (quotations 0.678), then tuned on a little.
    ("extra10m-quotes", "all", "date"): 0.9,  # measured 0.909
    ("extra10m-quotes", "all", "quote"): 0.89,  # measured 0.899
    ("extra10n-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra10n-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra10n-quotes", "all", "date"): 0.92,  # measured 0.929
    ("extra10n-quotes", "all", "quote"): 0.77,  # measured 0.778
    # extra11: scored blind once after the round's rules (quotations 0.740), then tuned on a little.
    ("extra11o-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra11o-quotes", "all", "date"): 0.9,  # measured 0.909
    ("extra11o-quotes", "all", "quote"): 0.95,  # measured 0.957
    ("extra11p-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra11p-quotes", "all", "date"): 0.96,  # measured 0.963
    ("extra11p-quotes", "all", "quote"): 0.79,  # measured 0.800 (0.7999… in floating point)
    # extra12: held out at the end of session 4, scored blind (0.709); its errors were read
    # and tuned on in session 6, like extra14v, extra15w and extra18.
    ("extra12q-quotes", "all", "date"): 0.87,  # measured 0.875
    ("extra12q-quotes", "all", "quote"): 0.85,  # measured 0.852 (0.630 at session 5 start)
    ("extra12r-quotes", "all", "money"): 0.66,  # measured 0.667
    ("extra12r-quotes", "all", "date"): 0.74,  # measured 0.750
    ("extra12r-quotes", "all", "quote"): 0.89,  # measured 0.893
    # extra13: scored blind once at the start of session 5 (quotations 0.389 and 0.493), then
    # tuned on.
    ("extra13s-quotes", "all", "date"): 0.96,  # measured 0.968
    ("extra13s-quotes", "all", "quote"): 0.79,  # measured 0.795
    ("extra13t-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra13t-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra13t-quotes", "all", "date"): 0.89,  # measured 0.895
    ("extra13t-quotes", "all", "quote"): 0.89,  # measured 0.892
    # extra14u: scored blind once mid-session 5 (quotations 0.395; session-start code 0.370),
    # then tuned on.
    ("extra14u-quotes", "all", "money"): 0.87,  # measured 0.880
    ("extra14u-quotes", "all", "date"): 0.94,  # measured 0.941
    ("extra14u-quotes", "all", "quote"): 0.8,  # measured 0.809
    # extra15x: scored blind once mid-session 5 (quotations 0.567, session-start code 0.567),
    # then tuned on.
    ("extra15x-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra15x-quotes", "all", "date"): 0.83,  # measured 0.833
    ("extra15x-quotes", "all", "quote"): 0.76,  # measured 0.767
    # extra16: scored blind once late in session 5 (quotations 0.610, money 0.919; the
    # session-start code the same), then tuned on.
    ("extra16y-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra16y-quotes", "all", "quote"): 0.8,  # measured 0.805
    ("extra16z-money", "all", "money"): 0.96,  # measured 0.968
    ("extra16z-money", "all", "percentage"): 1.0,  # measured 1.000
    ("extra16z-money", "all", "date"): 0.94,  # measured 0.947
    ("extra16z-money", "all", "quote"): 0.72,  # measured 0.727
    # extra17b: scored blind once late in session 5 (quotations 0.405, session-start code
    # 0.405), then tuned on.
    ("extra17b-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra17b-quotes", "all", "date"): 0.96,  # measured 0.964
    ("extra17b-quotes", "all", "quote"): 0.73,  # measured 0.734
    # extra17a: scored blind once late in session 5 (quotations 0.790, session-start code
    # 0.750), then tuned on.
    ("extra17a-quotes", "all", "date"): 0.96,  # measured 0.968
    ("extra17a-quotes", "all", "quote"): 0.93,  # measured 0.938
    # extra19: scored blind once late in session 5 (quotations 0.683 and 0.814; session-start
    # code 0.658 and 0.767), then tuned on.
    ("extra19e-quotes", "all", "date"): 0.91,  # measured 0.917
    ("extra19e-quotes", "all", "quote"): 0.9,  # measured 0.902
    ("extra19f-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra19f-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra19f-quotes", "all", "date"): 0.9,  # measured 0.909
    ("extra19f-quotes", "all", "quote"): 0.97,  # measured 0.977
    # Held out in session 5 (scored blind, errors never read: pooled with extra12 0.736 at
    # the end of session 5); read and tuned on in session 6.
    ("extra14v-quotes", "all", "money"): 0.88,  # measured 0.889
    ("extra14v-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra14v-quotes", "all", "quote"): 0.91,  # measured 0.914
    ("extra15w-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra15w-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra15w-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra15w-quotes", "all", "quote"): 0.85,  # measured 0.857
    ("extra18c-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra18c-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra18c-quotes", "all", "quote"): 0.8,  # measured 0.805
    ("extra18d-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra18d-quotes", "all", "date"): 0.95,  # measured 0.957
    ("extra18d-quotes", "all", "quote"): 0.76,  # measured 0.764
    # extra20: scored blind once at the start of session 6 (quotations 0.696 and 0.583; the
    # session-start code the same), then tuned on.
    ("extra20g-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra20g-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra20g-quotes", "all", "quote"): 0.93,  # measured 0.939
    ("extra20h-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra20h-quotes", "all", "date"): 0.91,  # measured 0.913
    ("extra20h-quotes", "all", "quote"): 0.71,  # measured 0.712
    # extra21: scored blind once mid-session 6 (quotations 0.712 and 0.734, the same as the
    # session-start code), then tuned on.
    ("extra21i-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra21i-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra21i-quotes", "all", "quote"): 0.94,  # measured 0.949
    ("extra21j-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra21j-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra21j-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra21j-quotes", "all", "quote"): 0.91,  # measured 0.911
    # extra22: scored blind once mid-session 6 (quotations 0.720 and 0.456; the session-start
    # code the same, no rule of the round had fired on it), then tuned on.
    ("extra22k-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra22k-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra22k-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra22k-quotes", "all", "quote"): 0.9,  # measured 0.907
    ("extra22l-quotes", "all", "money"): 0.9,  # measured 0.909
    ("extra22l-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra22l-quotes", "all", "quote"): 0.62,  # measured 0.625
    # extra23: scored blind once at the end of session 6 (quotations 0.701 and 0.493; the
    # session-start code 0.701 and 0.522), then read: two regressions of the round mended.
    ("extra23m-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra23m-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra23m-quotes", "all", "quote"): 0.8,  # measured 0.805
    ("extra23n-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra23n-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra23n-quotes", "all", "quote"): 0.57,  # measured 0.580
    # extra24: annotated after every rule of session 6 and scored blind at its end
    # (quotations 0.750 and 0.841; the session-start code 0.750 and 0.812). Held out: score
    # a new round before reading its errors.
    ("extra24o-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra24o-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra24o-quotes", "all", "date"): 0.85,  # measured 0.852
    ("extra24o-quotes", "all", "quote"): 0.79,  # measured 0.800 (0.7999… in floating point)
    ("extra24p-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra24p-quotes", "all", "date"): 0.88,  # measured 0.880
    ("extra24p-quotes", "all", "quote"): 0.84,  # measured 0.841
    # Session 7's blind batches, each scored once when it came in with the session-start code
    # (quotations extra25q 0.762, extra25r 0.571, extra26u 0.707, extra27w 0.720; money
    # extra25s 0.901, extra26t 0.834, extra27v 0.866). extra25r and extra27w are held out
    # (never read); the others were read and tuned on.
    ("extra25q-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra25q-quotes", "all", "date"): 0.97,  # measured 0.973
    ("extra25q-quotes", "all", "quote"): 0.93,  # measured 0.935
    ("extra25r-quotes", "all", "date"): 0.93,  # measured 0.933
    ("extra25r-quotes", "all", "quote"): 0.64,  # measured 0.643 (0.571 when first scored)
    ("extra25s-money", "all", "money"): 0.98,  # measured 0.986
    ("extra25s-money", "all", "percentage"): 0.96,  # measured 0.967
    ("extra25s-money", "all", "date"): 1.0,  # measured 1.000
    ("extra25s-money", "all", "quote"): 0.5,  # measured 0.500
    ("extra26t-money", "all", "money"): 0.87,  # measured 0.874
    ("extra26t-money", "all", "percentage"): 1.0,  # measured 1.000
    ("extra26t-money", "all", "date"): 0.9,  # measured 0.902
    ("extra26t-money", "all", "quote"): 0.59,  # measured 0.593
    ("extra26u-quotes", "all", "money"): 0.33,  # measured 0.333
    ("extra26u-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra26u-quotes", "all", "date"): 0.9,  # measured 0.909
    ("extra26u-quotes", "all", "quote"): 0.86,  # measured 0.869
    ("extra27v-money", "all", "money"): 0.91,  # measured 0.913
    ("extra27v-money", "all", "percentage"): 0.92,  # measured 0.923
    ("extra27v-money", "all", "date"): 0.94,  # measured 0.940
    ("extra27v-money", "all", "quote"): 0.56,  # measured 0.562
    ("extra27w-quotes", "all", "date"): 0.88,  # measured 0.880
    ("extra27w-quotes", "all", "quote"): 0.72,  # measured 0.720
    # extra28x (held out, never read; quotations 0.815 when first scored) and extra28y (money
    # 0.897, percentages 0.750, dates 0.841 when first scored; then read and tuned on)
    ("extra28x-quotes", "all", "date"): 0.92,  # measured 0.923
    ("extra28x-quotes", "all", "quote"): 0.81,  # measured 0.815
    ("extra28y-money", "all", "money"): 0.95,  # measured 0.955
    ("extra28y-money", "all", "percentage"): 1.0,  # measured 1.000
    ("extra28y-money", "all", "date"): 0.85,  # measured 0.857
    ("extra28y-money", "all", "quote"): 0.62,  # measured 0.629
    # Session 8's batches, annotated blind during the session: extra29a and extra29b held
    # out (quotations 0.614 and 0.731 when first scored, errors never read); extra29c, 29d
    # (money 0.916 and 0.863 when first scored) and 29e (quotations 0.495) read and tuned on.
    ("extra29a-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra29a-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra29a-quotes", "all", "date"): 0.9,  # measured 0.909
    ("extra29a-quotes", "all", "quote"): 0.61,  # measured 0.614
    ("extra29b-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra29b-quotes", "all", "date"): 0.88,  # measured 0.889
    ("extra29b-quotes", "all", "quote"): 0.73,  # measured 0.731
    ("extra29c-money", "all", "money"): 0.97,  # measured 0.977
    ("extra29c-money", "all", "percentage"): 1.0,  # measured 1.000
    ("extra29c-money", "all", "date"): 0.97,  # measured 0.972
    ("extra29c-money", "all", "quote"): 0.82,  # measured 0.824
    ("extra29d-money", "all", "money"): 0.95,  # measured 0.959
    ("extra29d-money", "all", "percentage"): 1.0,  # measured 1.000
    ("extra29d-money", "all", "date"): 0.5,  # measured 0.500
    ("extra29d-money", "all", "quote"): 0.66,  # measured 0.667
    ("extra29e-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra29e-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra29e-quotes", "all", "date"): 0.93,  # measured 0.933
    ("extra29e-quotes", "all", "quote"): 0.68,  # measured 0.686
    # Session 8's last batches, annotated after the session's rules: extra29f and extra29g held
    # out (quotations 0.796 and 0.589 with the session-start code, 0.796 and 0.568 with the
    # session's rules when first scored); extra29h read (money 0.914 with both).
    ("extra29f-quotes", "all", "date"): 0.95,  # measured 0.952
    ("extra29f-quotes", "all", "quote"): 0.79,  # measured 0.796
    ("extra29g-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra29g-quotes", "all", "percentage"): 1.0,  # measured 1.000
    ("extra29g-quotes", "all", "date"): 1.0,  # measured 1.000
    ("extra29g-quotes", "all", "quote"): 0.56,  # measured 0.568
    ("extra29h-money", "all", "money"): 0.94,  # measured 0.943
    ("extra29h-money", "all", "percentage"): 0.93,  # measured 0.933
    ("extra29h-money", "all", "date"): 0.94,  # measured 0.947
    ("extra29h-money", "all", "quote"): 0.76,  # measured 0.769
    # extra29j: a money batch annotated after all of session 8's rules, held out (errors never
    # read): money 0.824 with the session-start code and with the session's rules.
    ("extra29j-money", "all", "money"): 0.82,  # measured 0.824
    ("extra29j-money", "all", "percentage"): 0.93,  # measured 0.938
    ("extra29j-money", "all", "date"): 0.82,  # measured 0.826
    ("extra29j-money", "all", "quote"): 0.5,  # measured 0.500
    # extra29i: quotations annotated after all of session 8's rules, held out (errors never
    # read): 0.688 with the session-start code and with the session's rules.
    ("extra29i-quotes", "all", "money"): 1.0,  # measured 1.000
    ("extra29i-quotes", "all", "date"): 0.95,  # measured 0.952
    ("extra29i-quotes", "all", "quote"): 0.68,  # measured 0.688
}


def _part(name: str, part: str) -> list[dict[str, Any]]:
    docs = [json.loads(line) for line in (GOLD / f"{name}.jsonl").read_text("utf-8").splitlines()]
    if part == "all":
        return docs
    cut = len(docs) - len(docs) // 3
    return docs[:cut] if part == "tune" else docs[cut:]


@pytest.mark.parametrize(
    ("name", "part", "kind"), sorted(FLOORS), ids=["-".join(k) for k in sorted(FLOORS)]
)
def test_dev_floor(name: str, part: str, kind: str) -> None:
    report = evaluate(_part(name, part), kinds=[kind])
    score = report.kinds[kind].strict_f1
    assert score >= FLOORS[(name, part, kind)], [str(e) for e in report.errors][:30]

"""Weights of the speaker re-ranker (written by benchmarks/train_ranker.py; do not edit).

Trained on 1813 quotations of 489 documents (57 gold files:
every tests/fixtures/gold file but the held-out batches extra24o, extra24p, extra25r,
extra27w, extra28x, extra29a, extra29b, extra29f, extra29g, extra29i, extra29j-money,
the last six lines of dev-quotes and dev-money, and seeds), seed 20261202.  Grouped
5-fold cross-validation (files as groups): strict F1 0.831 by the rules, 0.847 with the
model (nested 0.845).
"""

from __future__ import annotations

from typing import Final

#: The L2 penalty of the fit (chosen by grouped cross-validation).
L2: Final = 0.001
#: Feature weights of the linear score (features of ``claimkit.quotes.ranker``).
WEIGHTS: Final[dict[str, float]] = {
    "is_rules": 1.3878570386815683,
    "rules_after": 0.0,
    "rules_before": 1.5117160102940075,
    "rules_incise": 0.0,
    "rules_selon": 0.0,
    "rules_colon": 0.0,
    "rules_inherited": -0.12385897161243985,
    "rules_none": 0.0,
    "only_rules": 0.1981141571029132,
    "is_person": 1.5306222962555405,
    "is_org": -1.0999199652485034,
    "has_before": 0.3004666557916377,
    "log_dist_before": -0.33848335545853264,
    "has_after": -0.5445987580892271,
    "log_dist_after": 0.16643269839649474,
    "same_sentence_before": 0.33487845875210476,
    "same_sentence_after": 0.5011723478275174,
    "same_paragraph": 0.36535021827587966,
    "paragraph_back_1": 0.35499834949552417,
    "paragraph_back_2": -0.41988191197977537,
    "nearest_before": 0.16981273602617397,
    "nearest_after": 0.1473459893091589,
    "log_rank_before": 0.37052878807676054,
    "subject": 0.3418767182975417,
    "verb_between_before": 0.4369995831314141,
    "verb_between_after": -0.15178691813395556,
    "colon": -0.041691983717501276,
    "selon": 1.3200725644946665,
    "subjects_between": -0.4241695708047249,
    "gender_match": 1.0054435494713096,
    "gender_clash": -0.5064396377284798,
    "log_count": 0.44392880413819874,
    "most_named": 0.36005989988689563,
    "is_previous": 0.10192823721351607,
    "previous_same_paragraph": 0.5374264621444511,
    "credited_before": 0.5538667408995356,
    "in_quote": 0.10761234026433047,
    "titled": 0.4680781657674906,
    "null_bias": -0.4307023310070369,
    "null_rules_after": 0.0,
    "null_rules_before": -0.09291192197061672,
    "null_rules_incise": 0.0,
    "null_rules_selon": 0.0,
    "null_rules_colon": 0.0,
    "null_rules_inherited": -0.08109958764664581,
    "null_rules_none": -0.25669082138977534,
    "null_no_candidates": -0.010948353994131554,
    "null_log_candidates": -0.4734649537566871,
    "null_log_words": -1.0793480484314444,
    "null_question": -0.005986786885201263,
    "null_cue_unresolved": -0.09280511977662216,
}
#: The margin over the rules' answer the model's choice needs.
THRESHOLD: Final = 1.0
#: The softmax probability the model's choice needs.
MIN_PROB: Final = 0.8
#: The rules' attribution kinds the model may override.
OVERRIDABLE: Final = frozenset(["before", "inherited", "none"])
#: Where the model's choice is never taken (see ``ranker.Model.gates``).
GATES: Final = frozenset(["agree", "persons"])

"""Weights of the speaker re-ranker (written by benchmarks/train_ranker.py; do not edit).

Trained on 1739 quotations of 445 documents (53 gold files:
every tests/fixtures/gold file but the held-out batches extra24o, extra24p,
extra25r, extra27w, extra28x, the last six lines of dev-quotes and dev-money, and
seeds), seed 20261202.  Grouped 5-fold cross-validation (files as groups):
strict F1 0.835 by the rules, 0.855 with the model (nested 0.853).
"""

from __future__ import annotations

from typing import Final

#: Regularisation the fit used (chosen by grouped cross-validation): 0.001.
#: Feature weights of the linear score (features of ``claimkit.quotes.ranker``).
WEIGHTS: Final[dict[str, float]] = {
    "is_rules": 1.3969035332412223,
    "rules_after": 0.0,
    "rules_before": 1.452570971425358,
    "rules_incise": 0.0,
    "rules_selon": 0.0,
    "rules_colon": 0.0,
    "rules_inherited": -0.05566743818412873,
    "rules_none": 0.0,
    "only_rules": 0.15533432191872001,
    "is_person": 1.617842627067032,
    "is_org": -1.178510304073772,
    "has_before": 0.22982522818522783,
    "log_dist_before": -0.36446554364460093,
    "has_after": -0.570777636635218,
    "log_dist_after": 0.19548636468410252,
    "same_sentence_before": 0.3198488939147207,
    "same_sentence_after": 0.3958174929125176,
    "same_paragraph": 0.34818097736669446,
    "paragraph_back_1": 0.21301275547945026,
    "paragraph_back_2": -0.3313685046609224,
    "nearest_before": 0.26449427968372174,
    "nearest_after": 0.06961704477446477,
    "log_rank_before": 0.34088404036152614,
    "subject": 0.48790750968638996,
    "verb_between_before": 0.45827736192936547,
    "verb_between_after": -0.301854861421244,
    "colon": -0.05872037582116163,
    "selon": 1.2773936097250875,
    "subjects_between": -0.36411562906068795,
    "gender_match": 0.997473675906342,
    "gender_clash": -0.5335674389890724,
    "log_count": 0.38002583967869397,
    "most_named": 0.45346066024824516,
    "is_previous": 0.05103107443747695,
    "previous_same_paragraph": 0.3330913181489319,
    "credited_before": 0.632737792132162,
    "in_quote": -0.15107760852137497,
    "titled": 0.43470815097192517,
    "null_bias": -0.43933232299326636,
    "null_rules_after": 0.0,
    "null_rules_before": -0.09423046404799162,
    "null_rules_incise": 0.0,
    "null_rules_selon": 0.0,
    "null_rules_colon": 0.0,
    "null_rules_inherited": -0.08701209036280488,
    "null_rules_none": -0.25808976858247035,
    "null_no_candidates": -0.011521056090576793,
    "null_log_candidates": -0.48223704221170255,
    "null_log_words": -1.057375114543775,
    "null_question": -0.001334113384310872,
}
#: The margin over the rules' answer the model's choice needs.
THRESHOLD: Final = 0.5
#: The softmax probability the model's choice needs.
MIN_PROB: Final = 0.7
#: The rules' attribution kinds the model may override.
OVERRIDABLE: Final = frozenset(["before", "inherited", "none"])

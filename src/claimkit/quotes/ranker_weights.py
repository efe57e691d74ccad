"""Weights of the speaker re-ranker (written by benchmarks/train_ranker.py; do not edit).

Trained on 1807 quotations of 477 documents (56 gold files:
every tests/fixtures/gold file but the held-out batches extra24o, extra24p,
extra25r, extra27w, extra28x, the last six lines of dev-quotes and dev-money, and
seeds), seed 20261202.  Grouped 5-fold cross-validation (files as groups):
strict F1 0.832 by the rules, 0.846 with the model (nested 0.844).
"""

from __future__ import annotations

from typing import Final

#: The L2 penalty of the fit (chosen by grouped cross-validation).
L2: Final = 0.1
#: Feature weights of the linear score (features of ``claimkit.quotes.ranker``).
WEIGHTS: Final[dict[str, float]] = {
    "is_rules": 0.8071548200477012,
    "rules_after": 0.0,
    "rules_before": 0.5980442961232167,
    "rules_incise": 0.0,
    "rules_selon": 0.0,
    "rules_colon": 0.0,
    "rules_inherited": 0.20911052392447999,
    "rules_none": 0.0,
    "only_rules": 0.15185959116264522,
    "is_person": 0.5181579280251025,
    "is_org": -0.37893058101522215,
    "has_before": 0.0638417794051305,
    "log_dist_before": -0.08548487680293801,
    "has_after": -0.08112206642090947,
    "log_dist_after": -0.060527722177487295,
    "same_sentence_before": 0.11895438763612229,
    "same_sentence_after": 0.014926099240714157,
    "same_paragraph": 0.16820164928374026,
    "paragraph_back_1": 0.014279321610784842,
    "paragraph_back_2": -0.11863919148939661,
    "nearest_before": 0.07828101204670683,
    "nearest_after": -0.029269786714914495,
    "log_rank_before": -0.03597660482670053,
    "subject": 0.3485549533469764,
    "verb_between_before": 0.062211607013023904,
    "verb_between_after": 0.007418977870089782,
    "colon": -0.0017202321660952668,
    "selon": 0.0874658595753988,
    "subjects_between": -0.2874938203383258,
    "gender_match": 0.16654412383803305,
    "gender_clash": -0.05610427342194374,
    "log_count": 0.3669786873373722,
    "most_named": 0.32405596849287904,
    "is_previous": 0.2822342940555393,
    "previous_same_paragraph": 0.21989657149793485,
    "credited_before": 0.29659609800690223,
    "in_quote": -0.0013724198590824243,
    "titled": 0.2690193539447525,
    "null_bias": -0.13922734700987588,
    "null_rules_after": 0.0,
    "null_rules_before": -0.04874125382516516,
    "null_rules_incise": 0.0,
    "null_rules_selon": 0.0,
    "null_rules_colon": 0.0,
    "null_rules_inherited": -0.037199628828849376,
    "null_rules_none": -0.05328646435586157,
    "null_no_candidates": -0.00474303195711237,
    "null_log_candidates": -0.1729436097596298,
    "null_log_words": -0.35350243268479664,
    "null_question": -0.0025455685437680317,
    "null_cue_unresolved": -0.010605451905438623,
}
#: The margin over the rules' answer the model's choice needs.
THRESHOLD: Final = 1.0
#: The softmax probability the model's choice needs.
MIN_PROB: Final = 0.6
#: The rules' attribution kinds the model may override.
OVERRIDABLE: Final = frozenset(["before", "inherited", "none"])
#: Where the model's choice is never taken (see ``ranker.Model.gates``).
GATES: Final = frozenset(["agree", "persons"])

"""Weights of the speaker re-ranker (written by benchmarks/train_ranker.py; do not edit).

Trained on 1739 quotations of 445 documents (53 gold files:
every tests/fixtures/gold file but the held-out batches extra24o, extra24p,
extra25r, extra27w, extra28x, the last six lines of dev-quotes and dev-money, and
seeds), seed 20261202.  Grouped 5-fold cross-validation (files as groups):
strict F1 0.835 by the rules, 0.850 with the model (nested 0.850).
"""

from __future__ import annotations

from typing import Final

#: The L2 penalty of the fit (chosen by grouped cross-validation).
L2: Final = 0.1
#: Feature weights of the linear score (features of ``claimkit.quotes.ranker``).
WEIGHTS: Final[dict[str, float]] = {
    "is_rules": 0.8060998177167477,
    "rules_after": 0.0,
    "rules_before": 0.5940054500599878,
    "rules_incise": 0.0,
    "rules_selon": 0.0,
    "rules_colon": 0.0,
    "rules_inherited": 0.2120943676567581,
    "rules_none": 0.0,
    "only_rules": 0.1501641317934184,
    "is_person": 0.5196109154364208,
    "is_org": -0.38293365667797685,
    "has_before": 0.061754798538542974,
    "log_dist_before": -0.08933994620422567,
    "has_after": -0.08708703649939069,
    "log_dist_after": -0.062434953739035653,
    "same_sentence_before": 0.12190190232243883,
    "same_sentence_after": 0.003766920891845414,
    "same_paragraph": 0.17174043123465413,
    "paragraph_back_1": -0.003351849479630934,
    "paragraph_back_2": -0.10663378321647725,
    "nearest_before": 0.0884644578602389,
    "nearest_after": -0.03854964256448033,
    "log_rank_before": -0.04185339799945274,
    "subject": 0.36898327668255765,
    "verb_between_before": 0.06520708511731016,
    "verb_between_after": -0.00043839531626022434,
    "colon": -0.0020740238065652594,
    "selon": 0.08921625363832372,
    "subjects_between": -0.2828340777723674,
    "gender_match": 0.17027970384176327,
    "gender_clash": -0.05705729799072351,
    "log_count": 0.3701821146014374,
    "most_named": 0.33485975012709335,
    "is_previous": 0.27782775736156534,
    "previous_same_paragraph": 0.20001549211414738,
    "credited_before": 0.3070657932328249,
    "in_quote": -0.013329836927461536,
    "titled": 0.27768524899531494,
    "null_bias": -0.136677258758433,
    "null_rules_after": 0.0,
    "null_rules_before": -0.05006965953789565,
    "null_rules_incise": 0.0,
    "null_rules_selon": 0.0,
    "null_rules_colon": 0.0,
    "null_rules_inherited": -0.039757095677705856,
    "null_rules_none": -0.04685050354283172,
    "null_no_candidates": -0.005012200615509067,
    "null_log_candidates": -0.17132085307532646,
    "null_log_words": -0.3393329989277397,
    "null_question": -0.0007931110984147501,
    "null_cue_unresolved": -0.011310122568322256,
}
#: The margin over the rules' answer the model's choice needs.
THRESHOLD: Final = 1.0
#: The softmax probability the model's choice needs.
MIN_PROB: Final = 0.6
#: The rules' attribution kinds the model may override.
OVERRIDABLE: Final = frozenset(["before", "inherited", "none"])
#: Where the model's choice is never taken (see ``ranker.Model.gates``).
GATES: Final = frozenset(["agree", "persons"])

"""Scoring the ETL's tables against gold events: `python -m etl.evaluate GOLD.jsonl OUT_DIR`.

The rules are those of ../shared/gold/SCORING.md: per article and type, gold and predicted events
are paired one to one by their actors, dates are right when interval and granularity agree, and
the figures are micro-averaged over every article of the gold file. `names` matches names, `gold`
reads the gold file and the tables, `scoring` pairs and counts, `report` writes the text, `cli`
is the command.
"""

from etl.evaluate.cli import main
from etl.evaluate.gold import EvaluationError, date_right, gold_span, load_gold
from etl.evaluate.names import NameMatcher
from etl.evaluate.scoring import evaluate, figures, max_weight_matching, score

__all__ = [
    "EvaluationError",
    "NameMatcher",
    "date_right",
    "evaluate",
    "figures",
    "gold_span",
    "load_gold",
    "main",
    "max_weight_matching",
    "score",
]

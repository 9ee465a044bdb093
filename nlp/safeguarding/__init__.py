"""Flag answers that tell of risk to a young person now: self-harm, suicide, abuse, exploitation, domestic abuse,
bullying, immediate danger. Recall comes first: a reviewer reads every flag, a missed one is never read.

Four tiers: phrases (nlp.safeguarding.phrases) and broader risk terms (nlp.safeguarding.risk_terms) flag on their
own; single cues that add up (nlp.safeguarding.cues) flag when the learned model (nlp.safeguarding.learned) finds
the answer at least CUE_CONFIRM likely a disclosure; the model alone flags at LEARNED_THRESHOLD, for wordings no
rule anticipated.

    >>> check("he said he'll hurt me if i tell")["flag"]
    True
    >>> check("this homework is killing me")["flag"]
    False
"""

import re
from functools import cache

from nlp.safeguarding import learned
from nlp.safeguarding.cues import CUE_THRESHOLD, CUES
from nlp.safeguarding.phrases import KEEPS_NEGATION, PATTERNS, RAW_PATTERNS
from nlp.safeguarding.risk_terms import RISK_TERMS
from nlp.safeguarding.shorthands import expand
from nlp.safeguarding.spellings import SPELLINGS, lower
from nlp.safeguarding.suppressors import IDIOMS, NEGATORS, PAST, RESOLVED

CATEGORIES = tuple(PATTERNS)
WORD = re.compile(r"[a-z][a-z'-]*")
# A negation counts only close before a finding and in the same clause ("i don't self harm", "nobody hits me").
NEGATION_REACH = 25
CLAUSE_BREAK = re.compile(r"[.!?;,&/\n]|\b(?:but|also|plus)\b")
# "if i don't behave he'll break my arm": the negation is the condition's, not the threat's.
CONDITION = re.compile(r"\b(?:if|unless) (?:i|you|we|she|he) (?:don'?t|dont|do not|didn'?t|won'?t)\b")
# Fixed on heldout.jsonl, never on blind.jsonl. The model alone finds 95% of held-out disclosures at 0.35 (at up
# to 0.41 once train.jsonl grew; kept at 0.35, recall first). Cues alone flagged chat ("my parents argue about
# money", "a fight at the bus stop") that the model did not believe; below CUE_CONFIRM they no longer flag, and
# every held-out disclosure still does.
LEARNED_THRESHOLD = 0.35
CUE_CONFIRM = 0.2
# The model alone flags only an answer about someone: "knife crime is getting worse" is the topic, not a disclosure.
PERSONAL = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|myself|mine|we|us|our|he|she|him|her|they|them|you|someone)\b")


@cache
def _compiled() -> tuple[list, re.Pattern, list]:
    patterns = []
    for category, entries in [*PATTERNS.items(), *RISK_TERMS.items()]:
        for weight, pattern in entries:
            keeps_negation = pattern.startswith(KEEPS_NEGATION)
            patterns.append((category, weight, keeps_negation, re.compile(expand(pattern.lstrip(KEEPS_NEGATION)))))
    idioms = re.compile("|".join(f"(?:{expand(p)})" for p in IDIOMS))
    cues = [(category, weight, re.compile(expand(p))) for category, entries in CUES.items() for weight, p in entries]
    return patterns, idioms, cues


@cache
def _raw_patterns() -> list[tuple[str, float, re.Pattern]]:
    return [(category, weight, re.compile(expand(p))) for category, weight, p in RAW_PATTERNS]


def _normalise(text: str) -> tuple[str, list[int]]:
    """Lower case, straight apostrophes, common spellings written out ("kms" stays, "myslef" becomes "myself").

    Returns the text and, for each of its characters, the offset in the original, so evidence points there.
    """
    low = lower(text)
    parts, offsets, at = [], [], 0
    for m in WORD.finditer(low):
        replacement = SPELLINGS.get(m.group())
        if replacement is None:
            continue
        parts.append(low[at : m.start()])
        offsets.extend(range(at, m.start()))
        parts.append(replacement)
        offsets.extend(min(m.start() + i, m.end() - 1) for i in range(len(replacement)))
        at = m.end()
    parts.append(low[at:])
    offsets.extend(range(at, len(low)))
    offsets.append(len(low))  # the end of the text
    return "".join(parts), offsets


def _negated(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - NEGATION_REACH) : start]
    before = CONDITION.sub(" ", CLAUSE_BREAK.split(before)[-1])
    return bool(NEGATORS.search(before) or NEGATORS.search(text[start:end]))


def check(text: str, *, learned_tier: bool = True) -> dict:
    """`{"flag", "categories", "score" (0-1), "evidence": [{"start", "end", "text"}]}` for one answer.

    learned_tier=False gives the rules alone, the cues unconfirmed (for comparison and for choosing training data).
    """
    patterns, idioms, cues = _compiled()
    normal, offsets = _normalise(text)
    low = idioms.sub(lambda m: " " * len(m.group()), normal)
    hits: dict[str, float] = {}
    evidence = []
    for category, weight, pattern in _raw_patterns():
        for m in pattern.finditer(normal):
            hits[category] = max(hits.get(category, 0.0), weight)
            evidence.append(_evidence(text, offsets, m.start(), m.end()))
    for category, weight, keeps_negation, pattern in patterns:
        for m in pattern.finditer(low):
            if not keeps_negation and _negated(low, m.start(), m.end()):
                continue
            hits[category] = max(hits.get(category, 0.0), weight)
            evidence.append(_evidence(text, offsets, m.start(), m.end()))
    if "bullying" in hits and RESOLVED.search(low):
        del hits["bullying"]
    if not hits:
        hits, evidence = _learned_evidence(normal, low, text, offsets, cues, learned_tier)
    if not hits:
        return {"flag": False, "categories": [], "score": 0.0, "evidence": []}
    score = max(hits.values()) + 0.05 * (len(hits) - 1)
    if PAST.search(low) or RESOLVED.search(low):
        score *= 0.6  # still flagged: a past disclosure is for a reviewer to judge
    evidence = _merge(evidence)
    return {
        "flag": True,
        "categories": [c for c in CATEGORIES if c in hits],
        "score": round(min(score, 1.0), 3),
        "evidence": evidence,
    }


def _evidence(text: str, offsets: list[int], start: int, end: int) -> dict:
    start, end = offsets[start], offsets[end - 1] + 1
    return {"start": start, "end": end, "text": text[start:end]}


def _learned_evidence(
    normal: str, low: str, text: str, offsets: list[int], cues: list, learned_tier: bool
) -> tuple[dict[str, float], list[dict]]:
    """What the phrases missed: cues the model agrees with, or the model alone when it is sure enough."""
    probability = learned.probability(normal) if learned_tier else 1.0
    if learned_tier and low != normal:  # an idiom the rules know: the model must be sure with and without it
        probability = min(probability, learned.probability(low))
    if probability >= CUE_CONFIRM:
        hits, evidence = _cue_evidence(low, text, offsets, cues)
        if RESOLVED.search(low):
            hits.pop("bullying", None)
        if hits:
            return hits, evidence
    if probability < LEARNED_THRESHOLD or not learned_tier or not PERSONAL.search(low):
        return {}, []
    category = learned.category(normal)
    if category == "bullying" and RESOLVED.search(low):
        return {}, []
    start, end = learned.strongest_sentence(normal)
    return {category: round(0.6 * probability, 3)}, [_evidence(text, offsets, start, end)]


def _cue_evidence(low: str, text: str, offsets: list[int], cues: list) -> tuple[dict[str, float], list[dict]]:
    """Categories whose single cues add up to CUE_THRESHOLD, each cue counted once per answer."""
    strength: dict[str, float] = {}
    evidence = []
    for category, weight, pattern in cues:
        m = next((m for m in pattern.finditer(low) if not _negated(low, m.start(), m.end())), None)
        if m is not None:
            strength[category] = 1 - (1 - strength.get(category, 0.0)) * (1 - weight)
            evidence.append(_evidence(text, offsets, m.start(), m.end()))
    if len(evidence) < 2:  # one word alone ("laughing", "self harm") is talk, not yet a disclosure
        return {}, []
    hits = {c: round(s * 0.6, 3) for c, s in strength.items() if s >= CUE_THRESHOLD}
    return hits, evidence if hits else []


def _merge(evidence: list[dict]) -> list[dict]:
    """Overlapping evidence as one span, in text order."""
    merged: list[dict] = []
    for item in sorted(evidence, key=lambda e: (e["start"], -e["end"])):
        if merged and item["start"] <= merged[-1]["end"]:
            if item["end"] > merged[-1]["end"]:
                last = merged[-1]
                text = last["text"] + item["text"][last["end"] - item["start"] :]
                merged[-1] = {"start": last["start"], "end": item["end"], "text": text}
        else:
            merged.append(dict(item))
    return merged


def register_cli(subparsers) -> None:
    """`python -m nlp safeguard INPUT -o OUTPUT`: one {"id", "safeguarding"} line per answer (called by nlp.cli)."""
    from nlp.rows import add_input_arguments, run_rows

    parser = subparsers.add_parser("safeguard", help="flag answers that tell of risk to a young person now")
    add_input_arguments(parser)
    parser.set_defaults(
        handler=lambda args: run_rows(
            args, lambda rows: [{"safeguarding": check(r.text)} for r in rows], verb="checked"
        )
    )

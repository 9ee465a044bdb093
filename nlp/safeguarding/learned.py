"""The fourth tier: a linear model on word and character n-grams, for disclosures in wordings no rule anticipated.

Fitted from nlp/data/safeguarding/train.jsonl: individually written synthetic disclosures and hard ordinary answers
(idioms, jokes, negations, the topic alone), none taken from the sets the bench scores. `make model` writes the
fitted weights to nlp/models/safeguarding.json (`python -m nlp.safeguarding.fit`); without that file, or when
train.jsonl or this code changed since, the model is fitted in memory at first use (under a second of CPU).
scikit-learn fits it; scoring is plain Python over the fitted weights, so `check` stays fast.
"""

import hashlib
import json
import math
import random
import re
from collections import Counter
from functools import cache
from pathlib import Path

from nlp.safeguarding.spellings import respell

HERE = Path(__file__).resolve().parent
TRAIN = HERE.parent / "data" / "safeguarding" / "train.jsonl"
SAVED = HERE.parent / "models" / "safeguarding.json"
TOKEN = re.compile(r"[a-z0-9][a-z0-9']*|[.!?,;]")
# Words a negation reaches ("my dad doesn't hit me", "nobody hurts me") become other features ("~hit"), so the
# model can learn that a negated harm is not a disclosure, and that "don't want to be alive" is one.
NEGATORS = frozenset(
    "not never no nobody noone nothing don't dont doesn't doesnt didn't didnt won't wont wouldn't wouldnt isn't "
    "isnt aren't arent haven't havent hasn't hasnt neither nor".split()
)
NEGATION_SCOPE = 4
SCOPE_BREAKS = frozenset([*".!?,;", "but", "and", "so", "because", "cos", "though"])
SENTENCE = re.compile(r"[^.!?\n]+")
CHAR_NGRAMS = (3, 4, 5)
# Answers are scaled to unit length, but no further than from this length: a short answer with one or two
# mildly concerning words ("every day", "my brother") should stay near the prior, not be blown up to certainty.
NORM_FLOOR = 45.0
C = 4.0  # inverse regularisation: of 1, 4, 8 and 16, the fewest false alarms on heldout.jsonl at equal recall
SEED = 2011
VARIANTS = 2  # varied copies of each training answer

# Training-time variation, so the model sees each answer as young people write it: inside a longer answer, with a
# filler, in text-speak. Applied alike to both classes, so none of it is evidence either way.
OPENERS = ["", "", "honestly ", "tbh ", "idk ", "well ", "i think ", "ok so ", "to be honest "]
CONTEXTS = [
    "",
    "",
    "",
    "the buses are always late. ",
    "i go to the youth club on tuesdays. ",
    "school is alright. ",
    "the doctors is hard to get into. ",
    "more stuff for teenagers to do would be good. ",
]
ENDINGS = ["", "", "", ".", " lol", " x", " tbh", " idk", "!", " and i don't know who to talk to", " thanks"]
TEXT_SPEAK = [
    (r"\byou\b", "u"),
    (r"\bbecause\b", "cos"),
    (r"\bdon't\b", "dont"),
    (r"\bi'm\b", "im"),
    (r"\bcan't\b", "cant"),
    (r"\bmy\b", "ma"),
    (r"\bi've\b", "ive"),
    (r"\bto be\b", "2 b"),
]


def reading(text: str) -> str:
    """The text as the model reads it: lower case, straight apostrophes, young people's spellings written out."""
    return respell(text)


def features(normal: str) -> set[str]:
    """Word uni- and bigrams and in-word character 3-5-grams of text already lower-cased and respelled."""
    tokens, words, scope = [], [], 0
    for token in TOKEN.findall(normal):
        if token in SCOPE_BREAKS:
            scope = 0
            if not token[0].isalpha():
                continue
        elif token in NEGATORS:
            scope = NEGATION_SCOPE
        elif scope:
            scope -= 1
            token = "~" + token
        tokens.append(token)
    words = [t.lstrip("~") for t in tokens]
    found = {f"w {w}" for w in tokens}
    found.update(f"w {a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
    for w in words:
        padded = f" {w} "
        for n in CHAR_NGRAMS:
            found.update(f"c{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return found


def _augmented(rows: list[dict]) -> list[tuple[str, bool, str]]:
    rng = random.Random(SEED)
    out = []
    for row in rows:
        text = row["text"].lower()
        category = row["categories"][0] if row["categories"] else ""
        out.append((text, row["flag"], category))
        if "source" in row:  # borrowed answers come already varied
            continue
        for _ in range(VARIANTS):
            varied = rng.choice(CONTEXTS) + rng.choice(OPENERS) + text + rng.choice(ENDINGS)
            for pattern, short in TEXT_SPEAK:
                if rng.random() < 0.3:
                    varied = re.sub(pattern, short, varied)
            out.append((varied, row["flag"], category))
    return out


Model = tuple[dict[str, tuple[float, float]], float, dict[str, list[float]], list[float], list[str]]


def _fingerprint() -> str:
    """What the fitted weights depend on: the training answers and the code that reads them."""
    digest = hashlib.sha256()
    for path in (TRAIN, HERE / "learned.py", HERE / "spellings.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def _model() -> Model:
    """The saved weights when they were fitted from the current training answers and code, else freshly fitted."""
    try:
        saved = json.loads(SAVED.read_text())
    except (OSError, ValueError):
        return _fit()
    if saved.get("fingerprint") != _fingerprint():
        return _fit()
    names = saved["features"]
    return (
        dict(zip(names, map(tuple, saved["weights"]), strict=True)),
        saved["intercept"],
        dict(zip(names, saved["by_category"], strict=True)),
        saved["category_intercepts"],
        saved["categories"],
    )


def save(path: Path = SAVED) -> None:
    weights, intercept, by_category, category_intercepts, categories = _fit()
    names = sorted(weights)
    payload = {
        "fingerprint": _fingerprint(),
        "features": names,
        "weights": [[round(w, 6) for w in weights[f]] for f in names],
        "intercept": intercept,
        "by_category": [[round(w, 6) for w in by_category[f]] for f in names],
        "category_intercepts": category_intercepts,
        "categories": categories,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, separators=(",", ":")))


def _fit() -> Model:
    """{feature: (weight * idf, idf**2)}, the intercept, {feature: per-category weight * idf}, per-category
    intercepts, the categories.

    Binary tf-idf (smooth idf, l2 norm, features seen in at least two answers), as sklearn's TfidfVectorizer would
    give, built here directly because that is twice as fast.
    """
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from threadpoolctl import threadpool_limits

    rows = [json.loads(line) for line in TRAIN.read_text().splitlines() if line.strip()]
    examples = _augmented(rows)
    docs = [features(reading(text)) for text, _, _ in examples]
    df = Counter(f for doc in docs for f in doc)
    vocabulary = {f: j for j, f in enumerate(sorted(f for f, n in df.items() if n >= 2))}
    idf = np.log((1 + len(docs)) / (1 + np.array([df[f] for f in vocabulary]))) + 1
    indptr, indices = [0], []
    for doc in docs:
        indices.extend(sorted(vocabulary[f] for f in doc if f in vocabulary))
        indptr.append(len(indices))
    data = idf[indices]
    norms = np.maximum(np.sqrt(np.add.reduceat(data**2, indptr[:-1])), NORM_FLOOR)
    data /= np.repeat(norms, np.diff(indptr))
    x = csr_matrix((data, indices, indptr), shape=(len(docs), len(vocabulary)))
    y = np.array([flag for _, flag, _ in examples])
    concerning = np.flatnonzero(y)
    categories = [examples[i][2] for i in concerning]
    with threadpool_limits(1):  # BLAS threads on a small problem cost seconds on a busy machine, not save them
        flag_model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear").fit(x, y)
        category_model = OneVsRestClassifier(LogisticRegression(C=C, solver="liblinear")).fit(x[concerning], categories)
    coef = flag_model.coef_[0] * idf
    by_category = np.vstack([e.coef_[0] for e in category_model.estimators_]).T * idf[:, None]
    weights = {f: (float(coef[j]), float(idf[j] ** 2)) for f, j in vocabulary.items()}
    return (
        weights,
        float(flag_model.intercept_[0]),
        {f: by_category[j].tolist() for f, j in vocabulary.items()},
        [float(e.intercept_[0]) for e in category_model.estimators_],
        [str(c) for c in category_model.classes_],
    )


def probability(normal: str) -> float:
    """How likely the model finds text (as `reading` gives it) a disclosure, 0-1."""
    weights, intercept, _, _, _ = _model()
    total, norm = 0.0, 0.0
    for feature in features(normal):
        known = weights.get(feature)
        if known is not None:
            total += known[0]
            norm += known[1]
    z = intercept + total / max(math.sqrt(norm), NORM_FLOOR)
    return 1 / (1 + math.exp(-z))


def category(normal: str) -> str:
    """The category the model finds likeliest for a disclosure."""
    weights, _, by_category, intercepts, categories = _model()
    scores, norm = [0.0] * len(categories), 0.0
    for feature in features(normal):
        if feature in weights:
            norm += weights[feature][1]
            for i, w in enumerate(by_category[feature]):
                scores[i] += w
    scores = [b + s / max(math.sqrt(norm), NORM_FLOOR) for b, s in zip(intercepts, scores, strict=True)]
    return categories[max(range(len(categories)), key=scores.__getitem__)]


def strongest_sentence(normal: str) -> tuple[int, int]:
    """Start and end of the sentence the model finds most concerning: the evidence for a learned flag."""
    spans = [m.span() for m in SENTENCE.finditer(normal) if m.group().strip()] or [(0, len(normal))]
    start, end = max(spans, key=lambda s: probability(normal[s[0] : s[1]]))
    while start < end and normal[start].isspace():
        start += 1
    return start, end

"""Safeguarding flags: every explicit disclosure flags; idioms, jokes, the topic alone and negations do not.

These are the development examples the rules were tuned on; the measured figures come from the frozen synthetic
sets in bench/bench_safeguarding.py.
"""

import json
from pathlib import Path

import pytest

from nlp.safeguarding import CATEGORIES, check, learned

EXPLICIT = Path(__file__).resolve().parents[2] / "nlp" / "data" / "safeguarding" / "explicit.txt"


def explicit_statements():
    lines = EXPLICIT.read_text().splitlines()
    return [tuple(line.split("\t", 1)) for line in lines if line.strip() and not line.startswith("#")]


def test_the_explicit_list_is_substantial():
    statements = explicit_statements()
    assert len(statements) >= 50
    assert {category for category, _ in statements} == set(CATEGORIES)


@pytest.mark.parametrize(("category", "text"), explicit_statements())
def test_every_explicit_statement_is_flagged(category, text):
    result = check(text)
    assert result["flag"], text
    assert result["score"] >= 0.3


@pytest.mark.parametrize(("category", "text"), explicit_statements())
def test_explicit_statements_flag_in_capitals_and_inside_a_longer_answer(category, text):
    assert check(f"The buses are bad. {text.upper()}. Thanks")["flag"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Honestly i want to die, nothing ever gets better", "suicide"),
        ("i'm gonna kms", "suicide"),
        ("I've been feeling really suicidal since Christmas", "suicide"),
        ("my foster carer slaps me when i'm late", "abuse"),
        ("me dad belts me", "abuse"),
        ("my mates brother makes me carry bags of weed for him", "exploitation"),
        ("there's this 19 year old and he says i'm mature for 13 and not to tell anyone", "exploitation"),
        ("mum's boyfriend punched my mum and the police came round", "domestic_abuse"),
        ("these girls keep telling me to kys", "bullying"),
        ("i get called names every day in form", "bullying"),
        ("my friend is cutting herself", "self_harm"),
        ("I used to self harm but I'm ok now", "self_harm"),
        ("i've taken 20 paracetamol", "immediate_danger"),
        ("my dad said he'll kill me if i tell anyone", "immediate_danger"),
    ],
)
def test_disclosures_are_flagged_with_their_category(text, category):
    result = check(text)
    assert result["flag"]
    assert category in result["categories"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i've been researching painless ways to go", "suicide"),
        ("i gave my xbox to my brother because i won't need it", "suicide"),
        ("i'm going to walk into the sea", "suicide"),
        ("i think about my own funeral a lot", "suicide"),
        ("i feel like a burden to everyone", "suicide"),
        ("there's no reason for me to be here", "suicide"),
        ("i'm counting down the days till i do it", "suicide"),
        ("i don't care if i live or die anymore", "suicide"),
        ("i keep imagining stepping in front of a bus", "suicide"),
        ("i scratch my arms with my nails till they're raw", "self_harm"),
        ("i've got scars all up my legs", "self_harm"),
        ("i hit myself in the head when i mess up", "self_harm"),
        ("i pull my hair out when i'm anxious", "self_harm"),
        ("i've been restricting food to punish myself", "self_harm"),
        ("i take more tablets than i'm meant to so i feel numb", "self_harm"),
        ("my dad throws me against the wall", "abuse"),
        ("mum's boyfriend comes into the bathroom when i'm in there", "abuse"),
        ("i get sent to school without breakfast and no coat in winter", "abuse"),
        ("my uncle sends me messages telling me i'm sexy", "abuse"),
        ("my dad said if i don't behave he'll break my arm", "abuse"),
        ("my mum burns me with her cigarette", "abuse"),
        ("i have to look after myself since mum left and dad's never sober", "abuse"),
        ("my step mum makes me stand in the corner all night", "abuse"),
        ("an older lad says i'm his girlfriend now and makes me go with his friends", "exploitation"),
        ("i get given cannabis to keep quiet", "exploitation"),
        ("i've been asked to hold a knife for someone", "exploitation"),
        ("they make me steal from shops for them", "exploitation"),
        ("a man from tiktok sent me a train ticket", "exploitation"),
        ("someone has my address and says they'll come if i don't do what they say", "exploitation"),
        ("dad broke mum's nose", "domestic_abuse"),
        ("mum has to hide in the bathroom from him", "domestic_abuse"),
        ("i can hear him hitting her through the wall", "domestic_abuse"),
        ("we're not allowed to leave the house without him", "domestic_abuse"),
        ("he smashed mum's phone so she can't call anyone", "domestic_abuse"),
        ("they film me and put it on snap", "bullying"),
        ("people wait for me after school to start on me", "bullying"),
        ("they stole my shoes and threw them in the canal", "bullying"),
        ("they call me a terrorist", "bullying"),
        ("nobody will sit next to me and they throw stuff at me in class", "bullying"),
        ("he's got my location and he's on his way", "immediate_danger"),
        ("i'm hiding in the park because i can't go home", "immediate_danger"),
        ("my brother is threatening me with a knife right now", "immediate_danger"),
        ("i've taken something and i feel weird", "immediate_danger"),
        ("i'm at a party and someone spiked my drink", "immediate_danger"),
        ("sometimes i think the world would be better if i wasn't in it", "suicide"),
        ("i've been looking at the tablets in the cupboard a lot", "suicide"),
        ("i just want to go to sleep and not wake up", "suicide"),
        ("i've thought about ending things a lot recently", "suicide"),
        ("i'm done, i can't do this anymore, this is my last message", "suicide"),
        ("i tried to strangle myself with a belt", "suicide"),
        ("i've been using my mum's razor on my wrists", "self_harm"),
        ("i carve words into my leg", "self_harm"),
        ("i smash my fists into the wall till they bleed", "self_harm"),
        ("my little sister has marks on her arms and says it's the cat", "self_harm"),
        ("when my dad's angry he puts his hands round my throat", "abuse"),
        ("i'm scared of my mum's new boyfriend, he comes in my room when she's asleep", "abuse"),
        ("my parents leave us for days with no money", "abuse"),
        ("my nan hits me with a slipper", "abuse"),
        ("my step brother forces me to do things at night", "abuse"),
        ("i get put outside in the cold as punishment", "abuse"),
        ("i've been selling for some guys since year 9 and i can't stop", "exploitation"),
        ("a man i met at the park gives me money for doing stuff", "exploitation"),
        ("i keep getting messages from an adult who wants to video call when i'm alone", "exploitation"),
        ("they said if i leave the gang they'll hurt my little brother", "exploitation"),
        ("dad strangled mum in front of us", "domestic_abuse"),
        ("mum's boyfriend beats her up when he's drunk", "domestic_abuse"),
        ("my parents fight every night and dad hurts mum", "domestic_abuse"),
        ("i get spat on and pushed down the stairs at school", "bullying"),
        ("they keep sending me pictures of nooses", "bullying"),
        ("people at my school have been cyberbullying me for months", "bullying"),
        ("he knows where i live and is coming round tonight", "immediate_danger"),
        ("i'm scared he'll kill me when he gets home", "immediate_danger"),
        ("i'm stuck at his flat and he won't let me leave", "immediate_danger"),
        ("they've got my brother and said they'll hurt him if i don't come", "immediate_danger"),
    ],
)
def test_indirect_disclosures_are_flagged(text, category):
    """Paraphrases written while widening the lexicon: the phrase rules alone missed most of them."""
    result = check(text)
    assert result["flag"]
    assert category in result["categories"]


@pytest.mark.parametrize(
    "text",
    [
        "me da batters me when he's had a drink",
        "our kid's dad punches me in the stomach so it doesn't show",
        "i have a rope in my wardrobe",
        "i keep writing goodbye letters",
        "i'm planning my exit",
        "i'd be better off six feet under",
        "i've been doing it again, the cutting, more than before",
        "i overdosed on my meds twice this year",
        "i hurt myself so the pain inside stops",
        "he told me to take my clothes off for a photo and not tell my mum",
        "my foster dad says he'll send me back if i don't do what he wants",
        "i sleep in my coat because there's no heating and mum spends it all on drink",
        "i'm 14 and i've been staying at a 30 year old's house",
        "my cousin's mate pays me £50 to take parcels on the train",
        "a guy on instagram is blackmailing me with pictures",
        "i called 999 last night because dad was strangling mum",
        "my step dad threatened mum with a knife",
        "we all sleep in one room with a chair against the door because of him",
        "they make fun of my hijab and pull it off",
        "a group of year 11s beat me up and filmed it",
        "i get death threats on instagram from people at my school",
        "i'm outside and i can't go in, he's going mad",
        "i'm going to hurt someone or myself tonight",
        "please send someone, he's hitting her right now",
        "my family are taking me abroad in the summer to get married and i don't want to",
        "they're going to cut me when we go back home for the holidays",
        "my dad checks my phone and hits me if i talk to boys",
        "a man online keeps sending me videos about joining his group and says my family are the enemy",
        "i'm getting money from a guy for sending pictures",
        "my friend's older brother got me drunk and did stuff i didn't want",
        "the babysitter makes me touch him",
        "my mum's never home and i've been looking after my baby sister on my own for a week",
        "i've been drinking to forget and mixing it with pills",
        "i cut my thighs where nobody can see",
        "if things don't get better by my birthday i'm ending it",
        "i looked up how high the car park is",
        "my brother says he wants to die and he's only 12",
        "i've not been home for three days and my phone's nearly dead",
        "a car keeps following me and the man took a picture of me",
        "the whole year voted me ugliest in the school",
        "they hold me down and take photos",
        "my mum's ex keeps turning up and smashing the windows",
        "my dad is on a restraining order but he still comes round",
        "some lads at the park told me i have to keep their knife at mine or else",
        "bad things happen at my house when mum's at work",
        "home isn't a safe place for me",
        "i'm scared at home all the time",
        "i need to talk to someone urgently about what's happening at home",
        "nobody would believe me if i told them what he does",
        "i can't tell anyone what happens or i'll get in trouble",
        "i don't want to be here anymore, not just school, anywhere",
        "i've started hurting myself again since lockdown",
        "i flinch whenever my dad raises his voice because of what he does",
        "school is hell, they won't leave me alone",
    ],
)
def test_dialect_and_narrative_disclosures_are_flagged(text):
    """A third round of development paraphrases: dialect, euphemism, narrative; the flag matters, not the category."""
    assert check(text)["flag"]


@pytest.mark.parametrize(
    "text",
    [
        "I'd kill for a pizza",
        "this homework is killing me",
        "my mum will kill me if I miss the bus",
        "people get stabbed near the park",
        "there should be more help for people who self harm",
        "I think self harm is a big issue for girls my age",
        "my dad has never hit me",
        "I'm not suicidal, just stressed",
        "I was bullied in year 7 but it's sorted now",
        "we nearly died laughing",
        "my brother beats me at fifa every time",
        "I cut my hair and hate it lol",
        "I don't feel safe walking home in the dark",
        "knife crime is getting worse",
        "the police should do more about domestic abuse",
        "we film tiktoks at lunch and it's fun",
        "my mum hides the biscuits from my dad lol",
        "I gave my old phone to my cousin",
        "if i don't revise i'll fail",
        "i have to leave early or else i miss the bus",
        "i'm ending it with my boyfriend, he's boring",
        "we beat the enemy team in fortnite",
        "my little brother won't leave me alone lol",
        "i need to talk to someone about careers",
    ],
)
def test_idioms_topics_and_negations_are_not_flagged(text):
    assert check(text) == {"flag": False, "categories": [], "score": 0.0, "evidence": []}


@pytest.mark.parametrize(
    "text",
    [
        "i wanna kil myslef",
        "ma stepdad keeps hittin me",
        "im bein bullyed every day",
        "been cuttin again",
        "Selfharm is the only thing that helps",
        "i feel sucidal",
        "gonna unalive tonight",
    ],
)
def test_misspellings_and_text_speak_still_flag(text):
    assert check(text)["flag"]


@pytest.mark.parametrize(
    "text",
    ["i want to k1ll mys3lf", "been thinking about su!c!de again", "i s3lf h@rm most nights", "my stepdad h1ts me"],
)
def test_letters_disguised_as_digits_and_symbols_still_flag(text):
    result = check(text)
    assert result["flag"]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in result["evidence"])


@pytest.mark.parametrize("text", ["help! i'm 14 and the buses are rubbish", "my ps5 broke", "b4 school i get the bus"])
def test_digits_and_symbols_that_are_not_disguise_are_left_alone(text):
    from nlp.safeguarding.spellings import lower

    assert lower(text) == text.lower()


def test_evidence_offsets_survive_respelling():
    text = "Honestly ma stepdad keeps hittin me"
    evidence = check(text)["evidence"]
    assert [text[e["start"] : e["end"]] for e in evidence] == [e["text"] for e in evidence]
    assert any("hittin me" in e["text"] for e in evidence)


def test_evidence_points_at_the_words_that_raised_the_flag():
    text = "The youth club is ok. My stepdad hits me when he drinks."
    evidence = check(text)["evidence"]
    assert evidence
    assert all(text[e["start"] : e["end"]] == e["text"] for e in evidence)
    assert any("hits me" in e["text"] for e in evidence)


def test_a_past_disclosure_scores_lower_than_a_present_one():
    assert check("i used to cut myself")["score"] < check("i cut myself")["score"]


# The learned tier (nlp.safeguarding.learned): written after it was fitted, in wordings neither the rules nor
# train.jsonl hold; the rules alone miss each of these.
UNANTICIPATED = [
    "everyone at home would honestly be fine if i wasn't in the picture anymore",
    "i've been keeping every painkiller i can find in a box under my bed",
    "he's coming up the stairs and i'm really scared",
    "i can't see myself being around by christmas",
]


@pytest.mark.parametrize("text", UNANTICIPATED)
def test_the_learned_tier_flags_wordings_the_rules_miss(text):
    assert not check(text, learned_tier=False)["flag"]
    result = check(text)
    assert result["flag"]
    assert result["categories"]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in result["evidence"])


def test_learned_evidence_is_the_sentence_that_raised_the_flag():
    text = "The buses are fine. I've been keeping every painkiller i can find in a box under my bed. Thanks"
    evidence = check(text)["evidence"]
    assert [e["text"] for e in evidence] == ["I've been keeping every painkiller i can find in a box under my bed"]


def test_the_learned_tier_names_a_likely_category():
    assert check("everyone at home would honestly be fine if i wasn't in the picture anymore")["categories"] == [
        "suicide"
    ]
    assert check("he's coming up the stairs and i'm really scared")["categories"] == ["immediate_danger"]


@pytest.mark.parametrize(
    "text",
    [
        "my parents sometimes argue about money but they always sort it out",
        "my mate got into a fight at the bus stop and got suspended",
    ],
)
def test_single_cues_flag_only_when_the_model_agrees(text):
    """Cues that add up ("argue" + "money", "fight" + "bus stop") flagged chat like this before the model checked."""
    assert check(text, learned_tier=False)["flag"]
    assert not check(text)["flag"]


@pytest.mark.parametrize(
    "text",
    [
        "i want to die my hair green for the summer",
        "my dad hit the roof when he saw the state of my room",
        "i'm finishing it with my girlfriend, we just argue",
        "crime is getting worse in the town centre",
    ],
)
def test_more_idioms_and_topics_are_not_flagged(text):
    assert not check(text)["flag"]


def test_a_negation_stops_at_an_ampersand():
    assert check("my step dad doesn't like me & i cut myself sometimes")["flag"]


def test_no_training_answer_is_in_a_scored_set():
    """train.jsonl must stay apart from what the bench scores, or the figures measure memory."""
    data = EXPLICIT.parent

    def texts(name):
        return {" ".join(json.loads(line)["text"].lower().split()) for line in (data / name).read_text().splitlines()}

    training = texts("train.jsonl")
    for name in ("test.jsonl", "heldout.jsonl", "blind.jsonl", "handwritten.jsonl"):
        if (data / name).exists():
            shared = len(training & texts(name))  # a count, not the texts: handwritten.jsonl stays unread
            assert shared == 0, name
    assert not training & {" ".join(text.lower().split()) for _, text in explicit_statements()}
    rows = [json.loads(line) for line in (data / "train.jsonl").read_text().splitlines()]
    assert all(r["synthetic"] for r in rows)
    assert sum(r["flag"] for r in rows) >= 400


def test_saved_weights_are_used_only_while_they_match_the_training_answers(tmp_path, monkeypatch):
    saved = tmp_path / "safeguarding.json"
    learned.save(saved)
    monkeypatch.setattr(learned, "SAVED", saved)
    text = learned.reading("i can't see myself being around by christmas")
    try:
        learned._model.cache_clear()
        fitted = learned.probability(text)
        payload = json.loads(saved.read_text())
        payload["intercept"] += 5
        saved.write_text(json.dumps(payload))
        learned._model.cache_clear()
        assert learned.probability(text) > fitted + 0.01  # the saved weights are read
        payload["fingerprint"] = "fitted from other answers"
        saved.write_text(json.dumps(payload))
        learned._model.cache_clear()
        assert learned.probability(text) == pytest.approx(fitted, abs=1e-4)  # a stale file is ignored: refitted
    finally:
        learned._model.cache_clear()


def test_make_model_writes_weights_that_check_then_reads(tmp_path, capsys):
    from nlp.safeguarding import fit

    out = tmp_path / "models" / "safeguarding.json"
    fit.main(["-o", str(out)])
    assert json.loads(out.read_text())["fingerprint"] == learned._fingerprint()
    assert str(out) in capsys.readouterr().out

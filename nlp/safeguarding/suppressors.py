"""What makes a match not a disclosure: negation, idioms and jokes, bullying that is over, the past."""

import re

NEGATORS = re.compile(
    r"\b(?:not|never|don'?t|dont|do not|doesn'?t|doesnt|didn'?t|didnt|wouldn'?t|wouldnt|won'?t|wont|"
    r"no one|noone|nobody|isn'?t|aren'?t|haven'?t|hasn'?t|no longer)\b"
)

# Idioms and jokes that only look like a disclosure; what they cover is blanked before the patterns run.
IDIOMS = [
    r"\b(?:is|are|was|were|'s|s|it'?s|its)\s+(?:\w+\s+)?killing me\b(?! inside)",
    r"\b(?:would|'d|d|could|i'?d)\s+(?:literally\s+|honestly\s+)?(?:kill|die|murder)\s+for\b",
    r"\bcould murder an?\b",
    r"\b(?:kill|murder)\s+me\s+(?:if|when)(?! i (?:tell|told|say|speak|grass|snitch|go to))\b",
    r"\b(?:mum|mom|mam|dad|parents?|teachers?|sister|brother|nan|coach|miss|sir)\s+(?:is\s+|'s\s+|s\s+)?"
    r"(?:will|'ll|ll|gonna|going to|would|'d)\s+(?:literally\s+|actually\s+|so\s+)?(?:kill|murder)\s+me"
    r"(?=\s*(?:lol|haha|lmao|😂|!|\.|$))",
    r"\bkill me now\b",
    r"\b(?:died|dying|die|dead)\s+(?:of\s+|from\s+|with\s+)?laugh\w*|\bnearly died\b|\bliterally died\b",
    r"\bi'?m (?:so )?dead\b(?! inside)|\bdying (?:to|for)\b|\bto die for\b|\b(?:i'?ll|i will|i'?d) die if\b",
    r"\b(?:bored|scared|sick) to death\b|\bdead (?:funny|good|nice|easy|hard|bad)\b|\bdeadline\b",
    r"\bkill(?:ed|ing)? it\b|\bkiller\b|\bkill(?:ing)? time\b|\bsuicide squad\b|\bkill(?:ing)? <ME> laughing\b",
    r"\bhit the (?:gym|shops|road|hay|books|roof|ceiling)\b",
    r"\b(?:end|ending|ended|finish|finishing|finished)\s+(?:it|things)\s+with\s+(?:my\s+)?(?:boyfriend|girlfriend|bf|gf|"
    r"partner|him|her)\b",
    r"\bdie (?:my|her|his|your|their|our|me) (?:hair|fringe|roots|eyebrows)\b",  # "dye", as often spelt
    r"\b(?:cut|cuts|cutting)\s+(?:my|me|your|his|her)\s+(?:hair|fringe|nails|finger|thumb|hand|knee|lip)\b",
    r"\b(?:hurt|injured|cut)\s+<ME>\s+(?:playing|in pe|at football|at training|shaving|cooking|on (?:a|the))\b",
    r"\bbeat(?:s)?\s+(?:me|us)\s+(?:at|in)\s+(?:fifa|chess|a race|the race|the game|football|cards|games|\w+ games?)\b",
    r"\b(?:beaten|smashed|battered|thrashed)\s+\d+\s*-\s*\d+",
    r"\bhit by a (?:ball|car|bus)\b|\bhit me with a (?:pillow|ball|cushion)\b",
]

# Bullying that is over: "i was bullied in year 7 but it's sorted now".
RESOLVED = re.compile(
    r"\b(?:but|and|now)\s+(?:it'?s|its|it is|it was|that'?s|things are|everything'?s)\s+(?:all\s+|much\s+|a lot\s+|"
    r"way\s+)?(?:sorted|stopped|over|better|fine|ok|okay|dealt with|good)\b|\b(?:not|no longer)\b[^.!?]{0,30}"
    r"\b(?:anymore|any more)\b|\bmoved schools?\b|\b(?:teachers?|school) sorted it\b|\bi'?m (?:ok|okay|fine"
    r"|better) now\b"
)

PAST = re.compile(r"\bused to\b|\bwhen i was (?:little|younger|small|a kid|\d+)\b|\byears ago\b")

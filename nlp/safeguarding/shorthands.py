"""Shorthands the safeguarding patterns share (<ADULT>, <HIT>, <SELF> ...), expanded before compiling."""

SHORTHANDS = {
    "<ME>": r"(?:my ?self|myself|meself|mself)",
    # A friend or sibling hurting themself is a young person at risk now too.
    "<SELF>": r"(?:my ?self|myself|meself|mself|herself|himself|themselves|themself)",
    "<ADULT>": (
        r"(?:(?:my|our|me|his|her)\s+)?(?:dad|father|step\s?dad|step\s?father|mum|mom|mother|step\s?mum|step\s?mom|"
        r"mum'?s (?:boyfriend|partner|bf|fella)|mom'?s boyfriend|uncle|aunt(?:ie|y)?|nan|nana|gran|grandad|"
        r"granddad|grandma|grandpa|older brother|brother|sister|cousin|carer|foster (?:carer|mum|dad|parent)s?|"
        r"da|mam|old man|"
        r"parents?|teacher|coach|he|she|they|him)"
    ),
    "<HIT>": (
        r"(?:hits?|hitting|beats?|beating|punch(?:es|ed|ing)?|kicks?|kicked|kicking|slaps?|slapped|slapping|"
        r"smacks?|smacked|chokes?|choked|choking|strangle[sd]?|strangling|burns?|burnt|burned|hurts?|hurting|"
        r"attacks?|attacked|batters?|battered|grabs?|grabbed|shoves?|shoved|whips?|whipped|belts?|belted|"
        r"throws? (?:things|stuff) at|threw (?:things|stuff) at)"
    ),
    "<SEX>": (
        r"(?:touch(?:es|ed|ing)?|rape[sd]?|raping|molest(?:s|ed|ing)?|abus(?:e|es|ed|ing)|"
        r"sexually (?:abus\w*|assault\w*)|assault(?:s|ed)?|groom(?:s|ed|ing)?|fiddles? with)"
    ),
    "<FEW>": r"(?:[\w']+\s+){0,3}",
    "<MUM>": r"(?:my |our |me )?(?:mum|mom|mother|mam|step\s?mum|nan)",
}


def expand(pattern: str) -> str:
    for short, long in SHORTHANDS.items():
        pattern = pattern.replace(short, long)
    return pattern

"""The third tier: single cues that add up per category when the phrases find nothing."""

# A third tier for what the phrases miss: single cues that each add a little to a category's weight of evidence
# (combined as 1 - prod(1 - w)). An answer whose evidence reaches CUE_THRESHOLD flags, with the categories that
# carry it. Built from child-protection indicators, not from any test answer.
CUE_THRESHOLD = 0.3  # the lowest at which the seen sets keep precision above 0.4: recall first

CUES: dict[str, list[tuple[float, str]]] = {
    "suicide": [
        (
            0.35,
            r"\b(?:die|dying|death|dead|suicid\w*|kill|killing|end it(?! with)|end my|ending it(?! with)|gone|"
            r"goodbye|goodbyes)\b",
        ),
        (
            0.3,
            r"\b(?:never wake up|sleep forever|not be here|won'?t be here|not around|without me|happier without|"
            r"better without|done with (?:life|everything|it all)|give up on (?:life|everything)|can'?t go on|"
            r"can'?t cope|no way out|no future|pointless|hopeless|a burden)\b",
        ),
        (
            0.3,
            r"\b(?:overdose|od|stockpil\w*|pills|tablets|paracetamol|meds|bridge|train (?:station|tracks?|line)|"
            r"tracks|railway|rope|noose|jump|jumping|stepping off|step off|letters? (?:to|for) my)\b",
        ),
        (
            0.15,
            r"\b(?:tired of (?:everything|life|living|it all)|don'?t see (?:myself|me|a future)|no point|"
            r"nothing matters|decided)\b",
        ),
    ],
    "self_harm": [
        (
            0.35,
            r"\b(?:cut|cuts|cutting|scars?|blades?|razors?|compass|sharpeners?|bleed\w*|blood|burn|burns|burning|"
            r"self[\s-]?harm\w*|sh)\b",
        ),
        (0.25, r"\b(?:arms?|wrists?|thighs?|legs?|skin|sleeves?|hoodie|long sleeves|plasters?|bandages?)\b"),
        (
            0.3,
            r"\b(?:hurt\w* (?:my ?self|myself|my body)|on my body|take it out on (?:my ?self|myself|my body)|"
            r"punish (?:my ?self|myself)|feel something|numb|on purpose|starv\w*|not eat\w*|haven'?t eaten|"
            r"skip(?:ping)? meals|throw(?:ing)? up|purg\w*)\b",
        ),
    ],
    "abuse": [
        (
            0.35,
            r"\b(?:hits?|hitting|smack\w*|slap\w*|punch\w*|kick\w*|belt\w*|beat\w*|bruis\w*|marks|pinned|grabs?|"
            r"grabbed|grabbing|chok\w*|strangl\w*|thr[eo]w\w*|push\w*|shov\w*|drag\w*|lock\w*|hurts? me|"
            r"hurt me|burns? me)\b",
        ),
        (
            0.3,
            r"\b(?:scared (?:to go|of going) home|scared of (?:my|him|her)|scared to go home|what (?:he|she) does|"
            r"does stuff|do stuff|stuff to me|our secret|a secret|touch\w*|private|sexual|makes? me (?:watch|do|"
            r"feel sick)|in care|put me in care|hungry|no food|own food|find (?:our|my) own food|fridge|drinks all|"
            r"drunk|on my own|home alone|nobody'?s there|no one'?s there|when nobody|when no one)\b",
        ),
        (
            0.2,  # who, not what: context for the other cues
            r"\b(?:dad|stepdad|step dad|mum|mam|mom|mother|father|step ?mum|uncle|grandad|granddad|nan|parents?|"
            r"carer|partner|boyfriend|his mates?)\b",
        ),
    ],
    "exploitation": [
        (0.25, r"\b(?:older|adults?|twenties|20s|30s|a man|a guy|men|lads|strangers?)\b"),
        (
            0.3,
            r"\b(?:pay|pays|paid|money|free (?:vapes|stuff|weed|drink)|gifts?|vapes?|weed|drugs|jobs|drops|package"
            r"\w*|keep stuff|stuff in my|hold stuff|county lines|pay (?:him|them|it) back|another way|owe|debt)\b",
        ),
        (
            0.3,
            r"\b(?:nudes?|naked|pics|photos|pictures|videos?|send them|share them|online|roblox|discord|snap|"
            r"snapchat|insta|tiktok|loves me|pick me up|picked up|picking me up|in a car|a car|train to|missed school"
            r"|other (?:towns?|cities)|another (?:town|city)|birmingham|london|manchester)\b",
        ),
    ],
    "domestic_abuse": [
        (
            0.35,
            r"\b(?:mum|mam|mom|mother|her)\b[^.!?]{0,40}\b(?:hit|hits|pushed|pinned|threw|thrown|blood|bruis\w*|"
            r"cries|crying|scared|hurt|hurts|grabbed|strangl\w*|choked|goes for|went for)\b",
        ),
        (
            0.3,
            r"\b(?:police|refuge|find us|can'?t find us|moved? (?:house|away)|fight|fights|fighting|argue\w*|"
            r"shout\w*|scream\w*|won'?t let (?:her|mum|my mum))\b",
        ),
        (0.2, r"\b(?:dad|stepdad|step dad|boyfriend|partner|he)\b"),
    ],
    "bullying": [
        (
            0.35,
            r"\b(?:bull\w*|names|noises|memes? (?:about|of) me|group ?chat|comments|laugh\w*|shout\w* (?:stuff|"
            r"things|at me)|racist|homophobic|slurs?|rumou?rs?|fake account|excluded|ignore\w*)\b",
        ),
        (
            0.2,  # where, not what
            r"\b(?:at school|in my year|in my class|corridor|bus stop|after school|walk past|on the way home|"
            r"people at school|everyone in my|kids at|boys? in my|girls? in my|his mates|their mates)\b",
        ),
        (
            0.3,
            r"\b(?:kicked in|head kicked|jump me|jumped|grabbing me|grab me|waiting outside|threaten\w*|don'?t want "
            r"to go in|don'?t want to go to school|scared to go to school|told everyone)\b",
        ),
    ],
    "immediate_danger": [
        (
            0.35,
            r"\b(?:right now|rn|tonight|before coming here|banging on|outside|waiting for me|waiting outside|"
            r"looking for me|finish me|kill me|nowhere to (?:stay|sleep|go)|freezing|on the streets?)\b",
        ),
        (0.25, r"\b(?:scared|terrified|danger|unsafe|help me|hiding|locked|knife|took|taken|swallowed)\b"),
    ],
}

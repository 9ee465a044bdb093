"""The first tier: phrases that, said about oneself or one's home, are a disclosure.

Each entry is (weight, regex) over lower-cased text with straight apostrophes; the weight says how sure the words
alone make us (0.9 "i want to kill myself", 0.5 "my scars"). A regex starting with KEEPS_NEGATION carries its own
"don't"/"nobody" ("i don't want to live", "nobody looks after me") and is not negated by it.
Shorthands in <ANGLE> brackets are expanded by nlp.safeguarding.shorthands.expand.
"""

KEEPS_NEGATION = "!"  # a pattern starting with this keeps its own negation

PATTERNS: dict[str, list[tuple[float, str]]] = {
    "suicide": [
        (0.95, r"(?<!me to )(?<!you to )\b(?:kill(?:ing)?|kil|end(?:ing)?|unalive|unaliving|hang(?:ing)?)\s+<SELF>"),
        (0.95, r"\b(?:kms|kmsl|sewer ?slide|sewerslide|unalive)\b"),
        (0.9, r"\b(?:i'?m|im|i am|i feel|feeling|felt|been|get|getting)\s+(?:\w+\s+)?suicidal\b"),
        (0.9, r"\bsuicidal (?:thoughts|feelings|again)\b|\bmy suicidal\b"),
        (
            0.9,
            r"\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:suicide|killing <ME>|ending (?:it|my life|"
            r"things|everything)|dying|not being (?:here|alive)|jumping|taking my (?:own )?life)",
        ),
        (
            0.9,
            r"\battempted suicide\b|\bsuicide attempt|\btried to (?:kill <ME>|end (?:it|my life|things)|overdose"
            r"|od\b|"
            r"hang <ME>|take my (?:own )?life)",
        ),
        (
            0.95,
            r"\b(?:want|wanna|wanted|going|gonna|planning|plan|tempted|ready|about|trying)\s+(?:to\s+)?(?:\w+\s+)?"
            r"(?:die|end it(?: all)?|end (?:my life|things|everything)|kill <ME>|be dead|not be here|not exist|"
            r"take my (?:own )?life|jump off|overdose|unalive|take (?:all )?(?:my|the|all the) (?:tablets|pills"
            r"|meds))\b",
        ),
        (
            0.9,
            r"!\b(?:don'?t|do not|dont)\s+(?:\w+\s+)?(?:want|wanna)\s+(?:to\s+)?(?:be alive|live|exist"
            r"|be here anymore|"
            r"be here any more|wake up|carry on|be around)\b",
        ),
        (
            0.9,
            r"!\bwish(?:ed)?\s+i\s+(?:was|were|wasn'?t|weren'?t|had never been|was never|could|would)\s+(?:\w+\s+)?"
            r"(?:dead|born|alive|die|disappear|gone)\b",
        ),
        (
            0.9,
            r"!\bbetter off (?:dead|without me|if i (?:was|were)(?:n'?t| not) (?:here|alive|around)|if i (?:was"
            r"|were) "
            r"(?:dead|gone))|\b(?:if|when) i(?:'?m| was| am) (?:dead|gone)\b",
        ),
        (
            0.85,
            r"!\b(?:no|not any|don'?t see (?:the|any)|dont see (?:the|any)|what'?s the) (?:point|reason) (?:in "
            r"|to |of )?"
            r"(?:me )?(?:living|being alive|live|being here|carrying on|going on|me being)",
        ),
        (0.85, r"\bsuicide note\b|\bgoodbye (?:note|letter)|\bi'?ve written (?:a|my) note\b"),
        (0.85, r"!\b(?:wish|hope|want)\w*\s+(?:i\s+)?(?:wouldn'?t|would not|didn'?t|don'?t|never|not)\s+wake up"),
        (0.9, r"\b(?:ways|how) to (?:kill <ME>|die|end it|commit suicide|end my life)"),
        (0.7, r"\b(?:think|thinking|thought) about jumping|\bjump(?:ing)? (?:off|in front of)\b"),
        (0.85, r"\bend(?:ing)? it all\b|\bend my life\b|\bwant (?:it all )?to (?:stop|end) forever"),
        (0.6, r"\bi (?:wanna|want to|wish i could) disappear\b"),
    ],
    "self_harm": [
        (
            0.9,
            r"\b(?:cut|cutting|cuts|harm|harming|hurt|hurting|burn|burning|burnt|scratch|scratching|hit|hitting|"
            r"punch|punching|starv(?:e|ing)|bruis(?:e|ing)|bite|biting)\s+<SELF>",
        ),
        # "i've been self harming", not "i think self harm is common": no opinion verb, no topic after.
        (
            0.9,
            r"\b(?:i|i'?m|im|i'?ve|ive|my|been|started|start|keep|kept|still|stop|relapsed?)\s+"
            r"(?:(?!think|reckon|believe|know|guess|heard|learn|read|feel like)[\w']+\s+){0,3}self[\s-]?harm"
            r"(?:ing|ed|s)?"
            r"\b(?!\s+(?:is|are|was|should|needs|support|services|awareness|lessons?|rates?|statistics))",
        ),
        (0.85, r"\bself[\s-]?harm(?:s|ed|ing)?\b\s+(?:again|since|every|for \w+ years|to cope|when)"),
        (0.8, r"\b(?:did|do|doing|relapsed?(?: on)?|urges? to|i|my)\s+sh\b|\(sh\)|\bsh (?:again|urges|scars|relapse)"),
        (0.6, r"\brelaps(?:e|ed|ing)\b"),
        (0.6, r"\b(?:my|hide (?:my|the)|hiding (?:my|the)|fresh|new|old)\s+(?:scars|cuts)\b|\bscars (?:on|from) "),
        (0.85, r"\b(?:make|making|made)\s+<ME>\s+(?:sick|throw up|puke|vomit)|\bpurg(?:e|ing)\b"),
        (
            0.85,
            r"\b(?:cut|cutting|cuts|slit|slash(?:ed|ing)?|burn|burnt|burned|burning|scratch(?:ed|ing)?)\s+"
            r"(?:my|me)\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?|body)",
        ),
        (0.85, r"\b(?:started|start|starting|stop|stopped|been|keep|kept|i)\s+cutting\b|\bcutting (?:again|<SELF>)\b"),
        (0.5, r"\b(?:blades?|razors?)\b[^.!?]{0,20}\b(?:on|in|for) (?:my|me)\b"),
        (0.7, r"\bnot eating (?:for days|at all)|\bstopped eating\b"),
    ],
    "abuse": [
        (0.9, r"\b<ADULT>\s+<FEW><HIT>\s+(?:me|us)\b"),
        (0.9, r"\b<ADULT>\s+<FEW><SEX>\s+(?:me|us)\b"),
        (
            0.9,
            r"\b(?:i|i'?m|im|i'?ve|ive)(?: have| am| was| get| got| keep| still)?\s+(?:been\s+|being\s+|getting\s+)?"
            r"(?:\w+\s+)?(?:raped|molested|sexually (?:abused|assaulted)|abused|assaulted|beaten|battered|belted)\b",
        ),
        (0.9, r"\b(?:raped|rape me|sexually abused me|molested me)\b"),
        (0.7, r"\btouch(?:es|ed|ing)? me\b"),
        (
            0.8,
            r"\b(?:makes?|made|forces?|forced)\s+me\s+(?:to\s+)?(?:do (?:stuff|things|sexual)|touch|watch (?:porn|"
            r"videos)|send|have sex|take (?:my|off))",
        ),
        (0.6, r"!\bthings i (?:don'?t|dont|didn'?t) want to do\b"),
        (
            0.85,
            r"!\b(?:no|never any|isn'?t any|never enough|not enough|nothing)\s+(?:\w+\s+)?(?:food|to eat)\s+"
            r"(?:at home|in the house|in the flat|in our house|at ours|for days)",
        ),
        (0.8, r"!\b(?:haven'?t|havent|not|didn'?t|didnt)\s+eaten (?:in|for) (?:days|\d+ days|two days|ages)"),
        (
            0.85,
            r"!\b(?:nobody|no one|noone)\s+(?:at home\s+)?(?:looks after|takes care of|cares for|feeds"
            r"|cooks for) me",
        ),
        (0.6, r"!\b(?:mum|dad|mom|parents?)\s+(?:is|are)\s+never (?:home|in|around)\b"),
        (
            0.8,
            r"\b(?:left|leave|leaves)\s+(?:me\s+)?(?:alone|on my own|home alone)\s+for (?:days|\w+ days"
            r"|the weekend)",
        ),
        (0.8, r"\b(?:locks?|locked|locking)\s+me\s+(?:in|out)\b"),
        (0.7, r"\b(?:make|makes|made)\s+me\s+sleep (?:on the floor|outside|in the)"),
        (
            0.8,
            r"\b<ADULT>\s+<FEW>(?:calls?|called|calling)\s+me\s+(?:\w+\s+)?(?:worthless|useless|a waste|stupid|fat|"
            r"ugly|a mistake|a burden|pathetic|disgusting|nothing)",
        ),
        (
            0.85,
            r"!\b(?:says?|said|tells? me|told me)\s+(?:she|he|they)\s+wish(?:es|ed)?\s+i\s+(?:was|were"
            r"|had)\s+never\s+"
            r"(?:been\s+)?born",
        ),
        (0.85, r"!\b(?:don'?t|dont|do not|never)\s+feel safe\s+(?:at home|in my (?:house|home|room)|around|with)\b"),
        (0.85, r"!\b(?:not|isn'?t)\s+safe\s+(?:at home|in my (?:house|home))"),
        (0.8, r"\bscared (?:to go|of going) home\b"),
        (0.8, r"\bbruises?\s+(?:from|because of|cos of|off)\s+<ADULT>|\b(?:gives?|gave|left) me bruises\b"),
        (0.85, r"\bgrab(?:s|bed)? me by the (?:neck|throat|hair|arm)|\bby the (?:neck|throat)\b"),
        (0.85, r"\b(?:i|we)\s+(?:\w+\s+)?get\s+(?:hit|beaten|smacked|slapped|battered|belted|hurt|kicked)\b"),
        (0.8, r"\b(?:throws?|threw|throwing) (?:things|stuff|\w+) at me\b"),
    ],
    "exploitation": [
        (
            0.9,
            r"\b(?:make|makes|making|made|force|forces|forcing|forced|pay|pays|paid)\s+me\s+(?:to\s+)?(?:sell"
            r"|carry|hold|"
            r"deliver|move|run|drop|stash|hide|do drops)\b",
        ),
        (
            0.9,
            r"\b(?:being|been|getting|got|i'?m|im|am)\s+(?:made|forced|told|paid)\s+to\s+(?:sell|carry|hold|deliver|"
            r"run|do drops|take)\b",
        ),
        (
            0.85,
            r"\b(?:i|me|im|i'?m|i'?ve|ive)\b[^.!?]{0,25}\b(?:sell|selling|sold|run|running|carry|carrying|deliver|"
            r"delivering|do(?:ing)? drops|hold(?:ing)?)\b[^.!?]{0,15}\b(?:drugs|weed|coke|crack|gear|lines"
            r"|packages?|"
            r"parcels?)\b",
        ),
        (
            0.9,
            r"\b(?:i'?m|im|i am|i was|got me|i got|been|i've been)\s+(?:\w+\s+)?(?:in(?:to)?|involved (?:in|with)|"
            r"part of)\s+county lines",
        ),
        (
            0.85,
            r"\bowe (?:them|him|someone|people|a dealer|dealers|those lads)\b|\b(?:said|say|says) i owe\b|"
            r"\bin debt to\b|\bwork (?:it|the debt) off\b|\bdo drops\b",
        ),
        (
            0.85,
            r"\b(?:ask(?:s|ed|ing)?|want(?:s|ed)?|keeps? asking|pressur\w+|beg(?:s|ged)?)\s+(?:me\s+)?"
            r"(?:\w+\s+){0,2}"
            r"(?:for\s+)?(?:nudes|nude pics|naked|pics of me|photos of me|sexy pics)",
        ),
        (0.85, r"\b(?:send|sent|sending|share|shared|post|posted|leak|leaked)\s+(?:\w+\s+){0,2}(?:nudes|nude|naked)\b"),
        (0.85, r"!\b(?:pics|photos|pictures|nudes|videos?)\b[^.!?]{0,25}\b(?:if i don'?t|unless i|if i dont)\b"),
        (0.9, r"\bthreaten\w* to (?:send|share|post|leak|show)\b|\bsextort\w*"),
        (0.7, r"\bwants? me to send (?:\w+\s+)?(?:photos|pics|pictures|videos)\b"),
        (0.9, r"\bgroom(?:ed|ing) me\b|\b(?:i was|i got|i'?m being|im being|been|being|got)\s+groomed\b"),
        (
            0.8,
            r"!\bmeet(?: up| him| them| her)?\b[^.!?]{0,40}\b(?:not to tell|don'?t tell|dont tell|keep it "
            r"(?:a )?secret)",
        ),
        (0.8, r"!\bnot to tell (?:anyone|anybody|any1|no ?one|my (?:mum|mam|mom|dad|parents|teachers?|carer))\b"),
        (0.7, r"\bmature for (?:my age|a 1[0-6]|1[0-6])\b|\bour (?:little )?secret\b"),
        (0.8, r"!\b(?:told|tells|said|says)\s+(?:me\s+)?(?:not to tell|to keep it (?:a )?secret|don'?t tell)"),
        (
            0.85,
            r"\b(?:boyfriend|bf|girlfriend|gf|he|she|guy|man)(?:'s| is| s)\s+(?:1[89]|[2-6]\d)\b[^.!?]{0,25}"
            r"\b(?:i'?m|im|i am)\s+1[0-6]\b",
        ),
        (
            0.85,
            r"\b(?:i'?m|im|i am)\s+1[0-6]\b[^.!?]{0,25}\b(?:boyfriend|bf|he|guy|man)(?:'s| is| s)\s+(?:1[89]"
            r"|[2-6]\d)\b",
        ),
        (
            0.8,
            r"\bolder (?:man|men|guy|guys|lads?|boys?)\b[^.!?]{0,50}\b(?:gives?|gave|buys?|bought|picks?|picked|"
            r"money|weed|vapes?|gifts?|alcohol|drink|cars?|flat|meet|mates|party|parties)\b",
        ),
        (
            0.8,
            r"\b(?:gives?|gave|buys?|bought|sends?|sent)\s+me\s+(?:\w+\s+)?(?:money|weed|gifts?|vapes?|alcohol)\b"
            r"[^.!?]{0,40}\b(?:wants?|asks?|meet|flat|photos|pics|car)\b",
        ),
        (0.7, r"!\b(?:won'?t|wont|don'?t|dont)\s+let me (?:stop|leave|go|out)\b"),
        (0.7, r"\b(?:picked|pick|picks) (?:me )?up by (?:older|men|a man)|\bolder men in cars\b"),
    ],
    "domestic_abuse": [
        (0.9, r"\b(?:<ADULT>|boyfriend|partner)\s+<FEW><HIT>\s+<MUM>\b"),
        (
            0.85,
            r"\bpolice (?:came|come|were called|was called|got called|keep coming|have been)\s+(?:\w+\s+)?"
            r"(?:round|to "
            r"(?:ours|our house|the house|my house))",
        ),
        (0.7, r"\bhide in my room when\b|\b(?:starts? on|kicks? off at|goes for|went for) <MUM>\b"),
        (
            0.8,
            r"\bscared of (?:my )?(?:dad|stepdad|step dad|mum'?s (?:boyfriend|partner)|mums (?:boyfriend|partner)"
            r"|him|"
            r"her boyfriend)\b",
        ),
        (0.9, r"\b(?:strangled|choked|threatens? to kill|threatened to kill)\s+<MUM>"),
        (
            0.6,
            r"\bshouting and (?:hitting|fighting|throwing)\b|\b(?:smash(?:es|ed)?|wreck(?:s|ed)?) (?:the house|the "
            r"place|our house|the flat) up\b",
        ),
        (
            0.7,
            r"\bdomestic (?:abuse|violence)\b[^.!?]{0,30}\b(?:at home|in my (?:house|family)|my (?:mum|dad))|"
            r"\b(?:at home|my (?:mum|dad))\b[^.!?]{0,30}\bdomestic (?:abuse|violence)",
        ),
    ],
    "bullying": [
        (
            0.85,
            r"\b(?:i'?m|im|i am|i was|i get|i got|i've been|ive been|been|being|getting|get)\s+"
            r"(?:\w+\s+)?bullied\b",
        ),
        (0.85, r"\bbull(?:y|ies|ying)\s+me\b|\bthe bullies\b|\bbecause of (?:the )?bull(?:ies|ying)\b"),
        (
            0.9,
            r"\b(?:tell|tells|told|telling|said|say|says)\s+(?:me\s+)?to\s+(?:kys|kill <ME>|go kill <ME>|die|go die|"
            r"unalive <ME>|end it)",
        ),
        (0.6, r"\bkys\b"),
        (
            0.8,
            r"\b(?:call|calls|called|calling)\s+me\s+(?:\w+\s+)?(?:names|a\s+\w+|fat|ugly|gay|the n word|slurs?|"
            r"racist|\w+ names)",
        ),
        (
            0.85,
            r"\b(?:beat|beats|beating|beaten|battered|jumped|jump)\s+(?:me\s+)?up\b|\bjumped me\b|\b(?:they|kids|"
            r"people|lads|girls|boys)\s+<FEW>(?:beat|hit|push|kick|punch|slap|spit on|spat on)\w*\s+me\b",
        ),
        (
            0.8,
            r"\b(?:spread|spreading|spreads)\s+(?:\w+\s+)?rumou?rs\s+about\s+me|\b(?:shared|posted|sent|put)\s+"
            r"(?:\w+\s+){0,2}(?:video|pic|photo|picture|vid|screenshot)s?\s+of me\b",
        ),
        (0.7, r"\blaugh(?:s|ing|ed)? at me\b"),
        (
            0.8,
            r"\b(?:get|getting|got|been|being|am|i'?m|im)\s+called\s+(?:\w+\s+)?(?:names|fat|ugly|gay|slurs?|racist|"
            r"the n word|a \w+|\w+ names)",
        ),
        (
            0.7,
            r"\b(?:everyone|they|people|all)\s+(?:\w+\s+){0,3}(?:ignores?|ignoring|hates?|excludes?"
            r"|excluding)\s+me\b",
        ),
        (0.75, r"\b(?:take|takes|took|taking|steal|steals|stole)\s+my (?:money|dinner money|lunch|stuff|phone)\b"),
        (0.6, r"!\b(?:nobody|no one|noone)\s+(?:\w+\s+)?(?:talks to|likes|sits with|plays with) me\b"),
        (0.8, r"\bpush(?:es|ed)? me\b|\bspit(?:s)? on me\b|\bspat on me\b"),
    ],
    "immediate_danger": [
        (
            0.95,
            r"\b(?:he|she|they|someone|somebody|he'?s|they'?ve|people|lads)\b[^.!?]{0,25}\b(?:said|says|threaten\w*|"
            r"told me|warned)\b[^.!?]{0,20}\b(?:hurt|kill|stab|beat|batter|jump|shoot|burn|get)\s+(?:me|my)\b",
        ),
        (
            0.95,
            r"\b(?:he|she|they|someone|somebody)(?:'ll| will|'d| would| is going to| are going to|'s going to|'re "
            r"going to| gonna)\s+(?:\w+\s+)?(?:hurt|kill|stab|beat|batter|shoot|burn)\s+(?:me|my)\b",
        ),
        (0.95, r"\bthreaten\w*\s+(?:me\s+)?(?:to\s+)?(?:stab|kill|hurt|jump|beat|shoot|batter)\b"),
        (
            0.9,
            r"\b(?:hurt|kill|stab|get|beat|batter)\s+(?:me|my \w+)\s+if\s+i\s+(?:tell|told|say|speak|go to|grass"
            r"|snitch)",
        ),
        (
            0.9,
            r"!\bif i (?:tell|told|say)\b[^.!?]{0,25}\b(?:he'?ll|she'?ll|they'?ll|will|would)\s+(?:kill|hurt|beat"
            r"|stab)\s+me",
        ),
        (0.9, r"\b(?:has|got|had|with|pulled)\s+a (?:knife|blade|gun|weapon)\b[^.!?]{0,30}\b(?:me|use it)\b"),
        (0.9, r"!\b(?:i'?m|im|i am)\s+not\s+safe\b"),
        (
            0.85,
            r"!\b(?:i (?:don'?t|dont|do not) feel safe)(?!\s+(?:walking|in town|at night|in the dark|on the bus|"
            r"in the park|going out|round here|in the area))",
        ),
        (
            0.9,
            r"\b(?:he'?s|she'?s|they'?re|someone'?s|someone is|he is|she is|they are)\s+(?:\w+\s+)?(?:outside "
            r"(?:my|the|"
            r"our)|at the door|following me|coming (?:for me|to get me|round)|waiting for me)",
        ),
        (0.85, r"\bfollowing me home\b|\bfollowed me home\b"),
        (
            0.95,
            r"\b(?:taken|took|swallowed|had)\s+(?:[\w']+\s+){0,4}(?:pills|tablets|paracetamol|ibuprofen|an overdose|"
            r"meds|medication)\b(?!\s+(?:for|from the|prescribed))",
        ),
        (0.7, r"\b(?:do|doing) it tonight\b|\b(?:going to|gonna) do it (?:tonight|today|now)\b"),
        (0.8, r"\b(?:run|ran|running|gonna run|going to run) away\b|\b(?:kicked|thrown|chucked) (?:me )?out\b"),
        (
            0.8,
            r"\bnowhere (?:to go|to sleep|to stay|safe)\b|\bsleeping (?:rough|on the streets?|in (?:a|the) park|on a "
            r"bench)|\bcan'?t go (?:back )?home\b|\bi can'?t go back\b",
        ),
        (0.8, r"\b(?:jump|stab|attack|shoot|batter)\s+me\s+(?:after school|tomorrow|tonight|later|on the way)"),
        (
            0.6,
            r"\b(?:help me please|please help me|someone help me)\b(?!\s+(?:find|with|get|to|out with|revise|learn|"
            r"understand|choose|pick|sort|apply))",
        ),
    ],
}

# Run before the idioms are blanked: fear says a "he'll kill me when ..." is not a figure of speech.
RAW_PATTERNS: list[tuple[str, float, str]] = [
    (
        "immediate_danger",
        0.9,
        r"\b(?:scared|afraid|terrified|frightened|worried|fear)\b[^.!?]{0,20}\b(?:kill|hurt|"
        r"hit|beat|stab|batter)\w*\s+(?:me|us|my \w+)\b",
    ),
]

"""The second tier: broader wordings, at lower weight, added round by round from development paraphrases.

Same form as nlp.safeguarding.phrases.PATTERNS."""

# A second, broad tier: words that, said about oneself or one's home, often mean risk, though less surely than the
# phrases above. Recall comes first and a person reads every flag, so these flag too, with a lower weight.
RISK_TERMS: dict[str, list[tuple[float, str]]] = {
    "suicide": [
        (
            0.6,
            r"\b(?:want|wanna|wanting|wish|rather|should|better|just)\b[^.!?,]{0,15}\b(?:die|be dead|be gone|"
            r"disappear|not exist)\b",
        ),
        (
            0.6,
            r"!\b(?:not|won'?t|wouldn'?t|no longer)\s+(?:be\s+)?(?:around|here|alive)\s+(?:much\s+)?(?:longer|"
            r"anymore|any more|tomorrow|next year)",
        ),
        (
            0.6,
            r"!\b(?:life|living)\b[^.!?,]{0,20}\b(?:not worth|isn'?t worth|pointless|no point|over for me)|"
            r"\bnot worth living\b",
        ),
        (
            0.6,
            r"\bover for good\b|\b(?:it|everything|it all) to (?:be over|end|stop) for good\b|\bwant out of (?:life|"
            r"this life|here)\b|\bcan'?t (?:keep going|go on|carry on|do this) (?:like this|anymore|any more)\b",
        ),
        (0.6, r"!\b(?:notice|care|miss me|be sad) if i (?:was|were|died|disappeared|wasn'?t here)\b"),
        (0.7, r"\bhow many (?:pills|tablets|paracetamol)\b|\b(?:a|the|got a) plan for how\b|\bhow i'?d do it\b"),
        (0.5, r"\bsaid (?:my )?goodbyes?\b|\bgiving (?:away )?my (?:stuff|things) away\b"),
        (0.7, r"\bon (?:the|a) (?:bridge|roof|edge|train tracks?|railway|cliff)\b"),
        (0.6, r"\b(?:nooses?|hang (?:myself|meself))\b"),
    ],
    "self_harm": [
        (
            0.6,
            r"\b(?:pick|picking|scratch|scratching|bang|banging|hit|hitting|punch|punching|bite|biting|burn|burning|"
            r"pull|pulling)\b[^.!?,]{0,25}\b(?:my (?:skin|head|arms?|legs?|wrists?|hair out|body)|till it "
            r"(?:bleeds|hurts)|until it (?:bleeds|hurts))",
        ),
        (
            0.6,
            r"\b(?:blood|bleed|bleeding)\b[^.!?]{0,30}\b(?:my|myself|i)\b|\b(?:my|i)\b[^.!?]{0,30}\b(?:blood|bleed"
            r"|bleeding)\b",
        ),
        (
            0.6,
            r"\bwhat i do to (?:myself|my body)\b|\bwhen i cut\b|\bi cut(?!\s+(?:my hair|the|a|it|out|class|"
            r"school|lessons?|down|back|up|off|in|through|across))\b",
        ),
        (0.5, r"\b(?:sharpener|blade|razor|lighter)s?\b[^.!?]{0,25}\b(?:my|on me|myself)\b"),
        (
            0.6,
            r"\b(?:make|making|made)\s+(?:myself|me)\s+(?:throw up|be sick)|\bthrow(?:ing)? up\b[^.!?]{0,20}"
            r"\b(?:on purpose|after (?:i eat|eating|tea|dinner))",
        ),
        (0.6, r"\b(?:started|start|been|is|she'?s|he'?s|they'?re)\s+cutting\b"),
    ],
    "abuse": [
        (
            0.6,
            r"\b(?:belt|slipper|wooden spoon|stick|cane)\b[^.!?]{0,20}\b(?:out|on me|me|hit|hits)\b|\bgets? "
            r"(?:his|her"
            r"|the) belt\b",
        ),
        (
            0.6,
            r"\b<ADULT>\s+<FEW>(?:pulls?|pulled|drags?|dragged|push(?:es)?|pushed|shoves?|shoved|twists?|twisted|"
            r"pins?|pinned|squeezes?|squeezed|bites?|bit|scratche[sd]|spits? on|spat on)\s+(?:me|my)\b",
        ),
        (
            0.6,
            r"\b(?:black eye|bruises?|bruised|marks|burns?|broken (?:arm|wrist|nose|rib|finger))\b[^.!?]{0,25}"
            r"\b(?:from|off|because of|cos of|after)\b[^.!?]{0,12}\b(?:my|he|she|him|her|them|mum|dad|mam)\b",
        ),
        (
            0.6,
            r"\b(?:comes?|came|coming|gets?|got|climbs?) in(?:to)? (?:my|the) (?:room|bed|bathroom|shower)"
            r"\b[^.!?]{0,15}"
            r"\b(?:at night|when)\b|\bin my (?:bed|room) at night\b",
        ),
        (0.6, r"\bwatch(?:es|ed|ing)? me\b[^.!?]{0,20}\b(?:shower|bath|chang|undress|sleep|getting dressed)"),
        (
            0.6,
            r"\b(?:sexual|sex stuff|private parts|down there|underwear|naked|undress)\b[^.!?]{0,30}\b(?:me|my|him|he"
            r"|us)\b|\b(?:me|my|him|he)\b[^.!?]{0,30}\b(?:sexual stuff|private parts|down there)\b",
        ),
        (
            0.6,
            r"!\b(?:not allowed|never allowed|don'?t get|never get|only get|only allowed)\b[^.!?,]{0,20}\b(?:eat"
            r"|food|"
            r"meals?|leftovers|dinner|tea|scraps)\b",
        ),
        (
            0.6,
            r"!\b(?:haven'?t had|no|not had|never have)\s+(?:a\s+)?(?:proper\s+)?(?:meal|food|dinner|tea)"
            r"\b[^.!?]{0,15}"
            r"(?:in days|for days|since|for \w+ days)",
        ),
        (0.5, r"\b(?:electric|electricity|heating|gas|water) (?:is|has been|got|'s|keeps going) (?:off|cut off)\b"),
        (
            0.6,
            r"\b(?:waste of space|should never have had me|ashamed of me|wish(?:es)? i was dead|wish"
            r"(?:es)? i wasn'?t "
            r"(?:here|born|around))\b",
        ),
        (0.5, r"\b<ADULT>\s+<FEW>(?:hates?|screams? at|swears at)\s+me\b"),
    ],
    "exploitation": [
        (
            0.6,
            r"\b(?:gave|give|gives|given)\s+me\s+(?:a\s+)?(?:phone|burner|sim)\b|\btake (?:stuff|things|bags|"
            r"packages|it) (?:places|round|to people|to other)",
        ),
        (
            0.6,
            r"\b(?:men|man|guys?|lads|blokes?) (?:in their|who are|aged|that are) (?:20s|twenties|30s|thirties|"
            r"[2-6]\d)\b|\b(?:older|adult|grown) (?:men|man|guys?|lads|blokes?)\b",
        ),
        (
            0.6,
            r"\b(?:get on|got on|take|took) a (?:train|bus|coach) to (?:see|meet)\b|\bmet (?:him |her |them )?"
            r"(?:on|online|through) (?:discord|snap|snapchat|insta|instagram|tiktok|an app|roblox|fortnite|a game"
            r"|online)",
        ),
        (0.6, r"\b(?:pay|paying|pays) (?:it|them|him) back\b|\brobbed (?:the|my) (?:stuff|gear|drugs|bag)"),
        (0.6, r"\b(?:in my (?:underwear|bra|pants)|naked|topless)\b"),
        (
            0.6,
            r"\b(?:got|have|has|'ve got|they'?ve got|he'?s got) (?:a |some )?(?:videos?|pics?|photos?"
            r"|pictures?) of me"
            r"\b|\b(?:post|share|send|show|leak)\s+(?:it|them)\b[^.!?]{0,20}\b(?:everyone|online|my)\b",
        ),
        (
            0.6,
            r"\btaken to (?:a|an|another|some) (?:house|flat|town|city|place)\b|\bto (?:another|other) towns? to "
            r"(?:sell|deal)\b",
        ),
        (0.6, r"\b'?(?:boyfriend|bf|girlfriend|gf)'?\s+(?:is|'s|s)\s+(?:1[89]|[2-6]\d)\b"),
        (0.5, r"\bgive (?:us|me) (?:drink|alcohol|drugs|weed|vapes|money)\b"),
    ],
    "domestic_abuse": [
        (
            0.6,
            r"\b(?:he|dad|stepdad|step dad|boyfriend|partner)\b[^.!?]{0,25}\b(?:pushed|shoved|threw|hits?|hurts?|"
            r"hurting|punched|kicked|strangles?|grabbed|slapped|controls?|controlling)\b[^.!?]{0,10}\b(?:my mum|mum|"
            r"her|my mam|mums|mum'?s)\b",
        ),
        (0.6, r"\brefuge\b|\bhands? (?:round|around) (?:mum'?s|her|my mum'?s|my mam'?s) (?:neck|throat)"),
        (0.6, r"\b(?:mum|mam|she)\b[^.!?]{0,20}\b(?:bruises?|black eye|says she fell|said she fell)\b"),
        (
            0.5,
            r"\b(?:when|if) they (?:start )?(?:fight|fighting|kick off)\b|\b(?:start|started|starts) fighting\b"
            r"[^.!?]{0,40}\b(?:hits?|hurts?|her|upstairs|hide)\b",
        ),
        (0.5, r"\bcontrols? (?:all )?(?:mums?|her|our|my mum'?s) (?:money|phone)"),
    ],
    "bullying": [
        (
            0.6,
            r"\b(?:group chat|gc)\b[^.!?]{0,30}\b(?:about me|slag|chat (?:shit|about)|hate|mock|roast|me)\b|"
            r"\bslag(?:ging)? me off\b",
        ),
        (
            0.6,
            r"\b(?:trip|tripped|trips|kick|kicked|kicks|shove|shoved|shoves)\s+me\b|\b(?:shoved|stuck|pushed|put|"
            r"flushed) my head\b",
        ),
        (
            0.6,
            r"\bfake (?:account|profile|page|acc) (?:of|about) me\b|\b(?:horrible|nasty|mean) (?:stuff|things|"
            r"messages|comments) about me\b|\bposts? (?:horrible|nasty|mean) (?:stuff|things)",
        ),
        (
            0.6,
            r"\b(?:hide|hiding|eat (?:my )?lunch|eat|sit)\b[^.!?]{0,15}\bin the (?:toilets?|loos?)\b|\bso they "
            r"can'?t (?:get|find|see) me\b",
        ),
        (0.6, r"\b(?:get|got|getting|been|being)\s+threatened\b"),
        (
            0.6,
            r"\b(?:messages|texts|comments|dms|saying|said|says)\b[^.!?]{0,30}\bi should (?:die|kill myself|"
            r"kms|go die|not exist)\b",
        ),
    ],
    "immediate_danger": [
        (0.6, r"\b(?:looking|coming|searching|out) for me\b|\bhiding (?:from|in)\b|\blocked (?:myself|me) in\b"),
        (0.6, r"\b(?:going to|gonna|will|'ll)\s+kill me\b"),
        (
            0.6,
            r"\b(?:with|has|got|had) a (?:knife|machete|gun|blade|weapon)\b|\bknife\b[^.!?]{0,20}\b(?:outside|at me"
            r"|on me|our|my)\b",
        ),
        (
            0.6,
            r"\bsleeping (?:in|on) (?:a|the) (?:stairwell|car|park|bus station|tent|street|streets|stairs|bench)\b"
            r"|\bsleep(?:ing)? (?:outside|rough|on the street)\b",
        ),
        (
            0.5,
            r"\b(?:right now|rn|atm|at the moment|tonight)\b[^.!?]{0,30}\b(?:scared|danger|knife|hurt|help|bridge|"
            r"pills|kill)\b|\b(?:scared|danger|knife|hurt|bridge|pills|kill)\b[^.!?]{0,30}\b(?:right now|rn|"
            r"tonight)\b",
        ),
        (
            0.5,
            r"\bkicking off\b[^.!?]{0,30}\b(?:locked|hiding|scared|hide)\b|\b(?:locked|hiding|scared|hide)\b"
            r"[^.!?]{0,30}\bkicking off\b",
        ),
    ],
}

# More ways of saying it, added from development paraphrases (tests/nlp/test_safeguarding.py), in general form.
RISK_TERMS["suicide"] += [
    (0.7, r"\b(?:painless|quick|easy) ways? (?:to|of) (?:go|die|do it|end it)\b|\bways to go\b"),
    (
        0.6,
        r"!\bwon'?t (?:need|be needing) (?:it|them|my \w+) (?:anymore|any more|much longer)?\b"
        r"|\b(?:gave|give|giving|given) (?:away )?(?:my|all my) (?:stuff|things|xbox|phone|clothes)\b",
    ),
    (
        0.7,
        r"\b(?:walk|walking|jump|jumping|step|stepping|throw myself) (?:into|in front of|off|under) (?:the|a) "
        r"(?:sea|river|canal|bus|train|car|lorry|traffic|bridge|building|cliff)\b",
    ),
    (0.6, r"\bmy (?:own )?funeral\b|\b(?:a|the) burden\b|\bburden (?:to|on) (?:everyone|my|them|people)\b"),
    (0.6, r"!\bno (?:reason|point) (?:for me )?(?:to be|being) (?:here|alive|around)\b"),
    (0.6, r"\bcounting (?:down )?the days\b|\b(?:till|until|before) i do it\b|\bwhen i do it\b"),
    (0.7, r"!\b(?:don'?t|dont) care (?:if|whether) i (?:live|die|wake up)\b|\blive or die\b"),
    (
        0.5,
        r"\b(?:imagin\w*|picture|picturing|dream\w* (?:of|about)) (?:my ?self )?(?:dying|being dead|not being here|"
        r"stepping|jumping|crashing)\b",
    ),
]

RISK_TERMS["self_harm"] += [
    (
        0.6,
        r"\b(?:restrict\w*|starv\w*|not eat\w*|skip\w* meals)\b[^.!?]{0,25}\b(?:punish|myself|on purpose)\b|"
        r"\bpunish(?:ing)? (?:my ?self|myself)\b",
    ),
    (0.6, r"\b(?:more|extra|too many) (?:tablets|pills|meds) than\b"),
]

RISK_TERMS["abuse"] += [
    (0.6, r"\bwithout (?:any )?(?:breakfast|food|dinner|lunch|a coat|shoes)\b|\bno (?:coat|shoes|clean clothes)\b"),
    (0.6, r"\b(?:uncle|dad|stepdad|step dad|coach|teacher|man|he|mum'?s boyfriend)\b[^.!?]{0,45}\b(?:sexy|hot|fit)\b"),
    (0.7, r"\b(?:break|snap|smash)\s+(?:my|me)\b|\bbreak (?:my|your) (?:arm|legs?|neck|face)\b"),
    (
        0.6,
        r"!\bnever sober\b|\balways (?:drunk|high|off (?:his|her) face)\b|\b(?:mum|dad|parents?)\b[^.!?]{0,15}"
        r"\b(?:left|walked out)\b",
    ),
    (
        0.6,
        r"\b(?:makes?|made) me (?:stand|kneel|sit|stay) (?:in|outside|on)\b[^.!?]{0,25}\b(?:all night|for hours|"
        r"corner|cold|garden)\b",
    ),
    (0.5, r"\bhave to look after (?:my ?self|myself|my (?:little |baby )?(?:brothers?|sisters?))\b"),
]

RISK_TERMS["exploitation"] += [
    (0.6, r"\bhis girlfriend now\b|\b(?:go|sleep) with (?:his|their) (?:friends|mates)\b|\bshare me\b"),
    (
        0.6,
        r"\b(?:given|give|gives|gave) (?:me )?(?:cannabis|weed|drugs|alcohol|vapes|money)\b[^.!?]{0,20}\b(?:keep "
        r"quiet|shut up|not tell|if i)\b|\bto keep (?:quiet|my mouth shut)\b",
    ),
    (
        0.7,
        r"\b(?:hold|holding|keep|hide|hiding|carry|carrying|stash|stashing) (?:a |the )?(?:knife|gun|blade|weapon|"
        r"bag|drugs|package)s? for (?:someone|them|him|people|a lad|an older)\b",
    ),
    (
        0.7,
        r"\b(?:make|makes|made|making) (?:me|us) (?:steal|rob|nick|shoplift)\b|\b(?:steal|rob|nick) (?:\w+ )?(?:"
        r"from \w+ )?for them\b",
    ),
    (0.6, r"\bsent me (?:a )?(?:train|bus|coach) tickets?\b|\b(?:has|got|knows) (?:my|our) (?:address|location)\b"),
    (0.7, r"!\bif i (?:don'?t|dont|do not) do what (?:they|he|she) (?:say|says|want|wants)\b"),
]

RISK_TERMS["domestic_abuse"] += [
    (
        0.8,
        r"\b(?:broke|broken|smashed|split|cut) (?:my )?(?:mum'?s|mam'?s|her|mom'?s) (?:nose|arm|lip|face|head|"
        r"ribs?|phone|jaw|wrist)\b",
    ),
    (
        0.6,
        r"\b(?:mum|mam|mom|she|we)\b[^.!?]{0,25}\bhid(?:e|es|ing)? (?:in|from)\b[^.!?]{0,20}\b(?:from him|him|"
        r"dad|bathroom|bedroom)\b",
    ),
    (0.7, r"\b(?:hear|heard|hearing) (?:him|them|dad|my dad) (?:hitting|hit|hurting|beating|strangling)\b"),
    (
        0.6,
        r"!\bnot allowed (?:to )?(?:leave|go out|see (?:her|our|my) friends|out) (?:the house |of the house )?"
        r"without (?:him|dad)\b|\bwon'?t let (?:us|her|mum) (?:leave|go out|see)\b",
    ),
    (0.6, r"!\bso (?:she|mum|we) (?:can'?t|cannot) (?:call|ring|phone|text) (?:anyone|the police|for help)\b"),
]

RISK_TERMS["bullying"] += [
    (0.6, r"\b(?:film|films|filmed|filming|record|recorded|recording) me\b"),
    (
        0.6,
        r"\b(?:wait|waits|waiting) for me (?:after school|outside|at the gates|at the bus)\b|\bstart(?:s|ed)? on "
        r"me\b",
    ),
    (
        0.6,
        r"\b(?:stole|steal|take|took|threw|throw|chuck\w*) my (?:shoes|bag|coat|phone|stuff|books|lunch|"
        r"clothes)\b",
    ),
    (0.6, r"\b(?:call|calls|called|calling) me a \w+"),
    (0.6, r"\bthrow (?:stuff|things|food|rubbish) at me\b|\b(?:nobody|no one) (?:will )?sits? (?:next to|with) me\b"),
]

RISK_TERMS["immediate_danger"] += [
    (0.7, r"\b(?:on (?:his|her|their) way|coming (?:round|over|here)|my location|where i am|found me)\b"),
    (
        0.7,
        r"\b(?:taken|took|had|swallowed|drunk|drank) (?:something|some stuff|a load|loads)\b[^.!?]{0,25}\b(?:feel|"
        r"weird|funny|sick|dizzy|wrong)\b",
    ),
    (0.8, r"\bspik(?:ed|ing)\b"),
    (0.7, r"\bthreaten\w*\b[^.!?]{0,20}\bwith a (?:knife|gun|weapon|blade|bat)\b"),
]

RISK_TERMS["self_harm"] += [
    (
        0.7,
        r"\b(?:self harm\w*|cutting|sh|hurting (?:my ?self|myself)|burning (?:my ?self|myself))\b[^.!?]{0,20}\b(?:only "
        r"thing that (?:helps|works)|helps me|makes me feel (?:better|something)|calms me|is how i cope)",
    ),
]

RISK_TERMS["suicide"] += [
    (
        0.8,
        r"!\b(?:better|happier|easier)\b[^.!?]{0,25}\bif i (?:wasn'?t|weren'?t|was not|were not|was gone|was dead|"
        r"didn'?t exist|died|wasn'?t (?:here|around|in it))",
    ),
    (
        0.6,
        r"\b(?:looking at|staring at|thinking about|counting|saving|saved|hiding|hoarding|collecting|stockpiling) "
        r"(?:the|my|all the|mum'?s|dad'?s|some|loads of) (?:tablets|pills|meds|paracetamol|razors?|blades?|rope)\b",
    ),
    (0.8, r"!\b(?:sleep|go to sleep|close my eyes)\b[^.!?]{0,15}\b(?:not|never|and not)\s+wake up\b|\bnever wake up\b"),
    (0.9, r"\b(?:strangl\w*|chok\w*|suffocat\w*|drown\w*|poison\w*|hang\w*)\s+<SELF>"),
]

RISK_TERMS["self_harm"] += [
    (
        0.7,
        r"\b(?:carv\w*|slic\w*|scrap\w*|gouge\w*|etch\w*|stab\w*)\b[^.!?]{0,25}\b(?:my|me|her|his) (?:arms?|legs?|"
        r"wrists?|thighs?|skin|stomach|hands?|body)\b",
    ),
    (0.7, r"\b(?:smash\w*|punch\w*|hit\w*|bang\w*)\s+my (?:fists?|hands?|head|knuckles)\s+(?:into|on|against)\b"),
    (
        0.6,
        r"\b(?:marks|cuts|scars|scratches|burns)\s+(?:on|all over|up)\s+(?:her|his|their|my) (?:arms?|legs?|wrists?|"
        r"thighs?|stomach)\b",
    ),
]

RISK_TERMS["abuse"] += [
    (0.8, r"\bhands? (?:round|around|on) (?:my|me) (?:neck|throat)\b"),
    (
        0.6,
        r"\b(?:put|puts|locked|locks|left|leaves|kept|keeps|shut|shuts)\s+(?:me\s+)?(?:outside|in the cold|in the "
        r"garden|in the shed|in the cupboard|under the stairs)\b|\bas (?:a )?punishment\b",
    ),
]

RISK_TERMS["exploitation"] += [
    (
        0.7,
        r"\b(?:selling|dealing|running|shotting|working|holding) (?:for|with) (?:some|these|older|the|a few|them|"
        r"him|a gang|a group)\b",
    ),
    (0.7, r"\b(?:leave|quit|get out of) the (?:gang|group|line|crew)\b"),
]

RISK_TERMS["bullying"] += [
    (0.8, r"\bcyber ?bull\w*|\bbull(?:y|ies|ying) (?:me|us)\b"),
    (0.6, r"\b(?:pictures?|pics?|photos?|videos?|memes?) of (?:nooses?|knives|guns|dead)\b"),
]

RISK_TERMS["immediate_danger"] += [
    (
        0.9,
        r"!\b(?:they'?ll|he'?ll|she'?ll|will|gonna|going to)\s+(?:hurt|kill|stab|beat|batter|shoot)\s+(?:him|her|"
        r"them|my \w+(?: \w+)?)\b[^.!?]{0,20}\b(?:if|unless) i\b",
    ),
    (
        0.8,
        r"\b(?:stuck|trapped|kept|held|locked)\b[^.!?]{0,20}\b(?:at|in) (?:his|their|her|a|the|some) (?:flat|house|"
        r"place|car|room|van)\b",
    ),
]

RISK_TERMS["abuse"] += [
    (0.8, r"\b(?:left|leave|leaves)\s+(?:me|us)\s+(?:[\w']+\s+){0,2}for (?:days|\w+ days|the weekend|a week|weeks)\b"),
]

RISK_TERMS["domestic_abuse"] += [
    (0.9, r"\b(?:mum'?s|mam'?s|mom'?s) (?:boyfriend|partner|husband|fella)\b[^.!?]{0,20}\b<HIT>\s+(?:her|she)\b"),
]

RISK_TERMS["bullying"] += [
    (
        0.7,
        r"\b(?:spat on|pushed|tripped|kicked|punched|hit|beaten|battered|jumped)\b[^.!?]{0,30}\b(?:at|after|"
        r"outside) school\b",
    ),
]

RISK_TERMS["suicide"] += [
    (
        0.6,
        r"\b(?:a|the|some|my) (?:rope|noose|ligature)\b[^.!?]{0,25}\b(?:in my|under my|hidden|ready|wardrobe|room)\b",
    ),
    (
        0.7,
        r"\bplan(?:ning|ned)? my (?:exit|death|suicide|way out|goodbye)\b|\bexit plan\b|\bsix feet under\b|"
        r"\bin my grave\b",
    ),
    (
        0.9,
        r"\b(?:i|i'?ve|i have|i had)\s+(?:\w+\s+)?(?:overdosed|od'?d|taken an overdose|took an overdose)\b|"
        r"\boverdosed\b",
    ),
]

RISK_TERMS["self_harm"] += [
    (
        0.7,
        r"\bthe (?:cutting|self harm|burning|purging|scratching)\b|\bdoing it again\b[^.!?]{0,20}\b(?:cut|harm|"
        r"hurt|burn)",
    ),
]

RISK_TERMS["abuse"] += [
    (0.8, r"\btake (?:my|your|off my) clothes(?: off)?\b|\b(?:undress|get naked|strip) (?:for|in front of)\b"),
    (
        0.6,
        r"\bno heating\b|\bspends? (?:it|all the money|the money|everything|it all) (?:all )?on (?:drink|drugs|"
        r"alcohol|gambling|weed)\b|\bsleep in my coat\b",
    ),
]

RISK_TERMS["exploitation"] += [
    (
        0.7,
        r"\b(?:i'?m|im|i am)\s+1[0-6]\b[^.!?]{0,60}\b(?:[2-6]\d|1[89])[ -]?(?:year|yr)[ -]?olds?\b|"
        r"\b(?:[2-6]\d|1[89])[ -]?(?:year|yr)[ -]?olds?\b[^.!?]{0,60}\b(?:i'?m|im|i am)\s+1[0-6]\b",
    ),
    (0.6, r"\bstaying (?:at|with) (?:a|an|his|some|this) (?:man|guy|older|adult|bloke|\d\d)\b"),
    (
        0.8,
        r"\b(?:pay|pays|paid|give|gives|gave)\s+me\s+(?:£?\d+\w*\s+)?to\s+(?:sell|carry|hold|deliver|move|run|drop"
        r"|take|bring|stash|hide)\b",
    ),
    (0.8, r"\bblackmail\w*"),
]

RISK_TERMS["immediate_danger"] += [
    (0.7, r"\b(?:chair|something|wardrobe|bed|drawers) (?:against|behind|under|in front of) the door\b|\bbarricad\w*"),
    (0.8, r"\bdeath threats?\b|\bthreats? (?:on|from|to|against) (?:me|my)\b"),
]

RISK_TERMS["bullying"] += [
    (0.6, r"\bmak(?:e|es|ing) fun of (?:me|my)\b|\btak(?:e|es|ing) the (?:piss|mick|mickey) out of (?:me|my)\b"),
    (0.7, r"\bpull(?:ed|s|ing)? (?:off )?my (?:hijab|headscarf|turban|wig|patka|scarf)\b|\bpull(?:ed|s)? it off\b"),
]

# Fourth round: forced marriage and FGM, mixing drink and pills, deadlines, heights, going missing, stalking exes.
RISK_TERMS["abuse"] += [
    (
        0.8,
        r"\b(?:get|getting|be|being|make me|making me|force me|forcing me)\s+married\b|\bforced (?:to )?marr\w*|"
        r"\barranged (?:for me|marriage)\b|\bmarry (?:a man|someone|my cousin|him)\b",
    ),
    (
        0.8,
        r"\b(?:cut|cutting) me (?:when|down there|there)\b|\bfgm\b|\b(?:get|be|being) cut\b[^.!?]{0,30}\b(?:home|"
        r"abroad|holiday|country)\b",
    ),
    (0.6, r"\b(?:hold|held|holding|pin|pinned) me down\b"),
]

RISK_TERMS["self_harm"] += [
    (
        0.7,
        r"\b(?:drink\w*|alcohol|vodka)\b[^.!?]{0,30}\b(?:pills|tablets|meds)\b|\bmix\w* (?:it |them )?with "
        r"(?:pills|tablets|drink|alcohol)\b|\bdrinking to forget\b",
    ),
]

RISK_TERMS["suicide"] += [
    (
        0.8,
        r"\b(?:i'?m|im|i am|i'?ll|i will|gonna|going to) end(?:ing)? it\b(?! with| all off)"
        r"|\bby my birthday\b[^.!?]{0,30}\b(?:end|gone|over|done)\b"
        r"|\b(?:end|gone|over|done)\b[^.!?]{0,30}\bby my birthday\b",
    ),
    (
        0.7,
        r"\bhow (?:high|tall|far (?:down|up)|deep)\b[^.!?]{0,30}\b(?:car park|bridge|building|roof|cliff|drop|"
        r"fall|water)\b|\b(?:top|roof) of (?:the|a) (?:car park|multi ?storey|building|flats)\b",
    ),
    (
        0.7,
        r"\b(?:he|she|they|brother|sister|friend|mate)\b[^.!?]{0,20}\b(?:wants?|wanted|going|trying) to (?:die|"
        r"kill (?:him|her|them)sel(?:f|ves))\b",
    ),
]

RISK_TERMS["immediate_danger"] += [
    (
        0.7,
        r"!\b(?:not|haven'?t|havent) been (?:home|back home|to school)\b[^.!?]{0,15}\b(?:days|nights|weeks|since)\b|"
        r"\bmissing from (?:home|care)\b|\b(?:ran|run) off\b",
    ),
    (
        0.7,
        r"\b(?:car|van|man|guy|someone)\b[^.!?]{0,20}\b(?:following|followed|watching|photograph\w*|took a "
        r"(?:picture|photo|pic))\b[^.!?]{0,15}\bme\b",
    ),
]

RISK_TERMS["bullying"] += [
    (0.6, r"\bvoted me\b|\b(?:rate|rated|ranking|ranked) me\b|\bugliest\b|\bfattest\b"),
    (0.6, r"\b(?:take|took|taking) (?:photos|pictures|pics|videos|vids) (?:of me|while|when)\b|\btake photos\b"),
]

RISK_TERMS["domestic_abuse"] += [
    (
        0.7,
        r"\b(?:mum'?s|mam'?s|her|my) (?:ex|ex-boyfriend|ex boyfriend|ex-partner|ex partner)\b[^.!?]{0,30}\b(?:turn\w*"
        r" up|smash\w*|threat\w*|follow\w*|hurt\w*|hit\w*|stalk\w*|comes? round)",
    ),
    (
        0.8,
        r"\b(?:restraining|non[- ]molestation|protection) order\b|\bnot (?:meant|supposed|allowed) to (?:come|be) "
        r"(?:near|round|here)\b",
    ),
]

RISK_TERMS["exploitation"] += [
    (
        0.8,
        r"\b(?:keep|hide|hold|stash) (?:their|his|a|the) (?:knife|gun|blade|weapon|drugs|stuff|bag|phone)\b[^.!?]{0,25}"
        r"\b(?:at mine|at my (?:house|place)|in my room|or else|for them)\b",
    ),
    (
        0.7,
        r"\b(?:money|paid|pays|£\d+)\b[^.!?]{0,25}\bfor (?:sending|send|taking) (?:pictures|pics|photos|videos|"
        r"nudes)\b",
    ),
    (0.7, r"\bgot me (?:drunk|high|wasted|stoned)\b|\bdid (?:stuff|things) (?:i|to me)\b"),
    (0.6, r"\bjoin(?:ing)? (?:his|their|the) (?:group|cause|fight|side)\b|\bmy family (?:are|is) the enem\w*"),
]
# Fifth round: vague hints, the way many disclosures start. Low weight, still a flag: a person decides.
RISK_TERMS["abuse"] += [
    (
        0.5,
        r"\b(?:bad|horrible|weird|scary) (?:things|stuff) (?:happen|go on|goes on)\b[^.!?]{0,20}\b(?:at home|at my "
        r"(?:house|dad'?s|mum'?s)|in my house|when)\b",
    ),
    (
        0.6,
        r"!\bhome (?:isn'?t|is not|never feels|doesn'?t feel) (?:a )?safe\b|\b(?:scared|frightened|afraid|terrified) "
        r"(?:at|of being at|to be at|to go) home\b",
    ),
    (
        0.5,
        r"!\b(?:can'?t|cannot|not allowed to) tell (?:anyone|anybody|no ?one)\b[^.!?]{0,25}\b(?:what (?:happens|he|she"
        r"|they)|or i'?ll|or he|or she|or they)\b|\bwhat (?:he|she|they) does (?:to me|at night|when)\b",
    ),
]
RISK_TERMS["immediate_danger"] += [
    (
        0.5,
        r"\b(?:need|want) to (?:talk|speak) to (?:someone|somebody|an adult)\b[^.!?]{0,30}\b(?:urgent\w*|now|"
        r"today|serious|happening|at home)\b|\burgent(?:ly)?\b[^.!?]{0,20}\bat home\b",
    ),
]
RISK_TERMS["bullying"] += [
    (
        0.6,
        r"!\b(?:they|people|kids|girls|boys|lads|a group|them|everyone)\b[^.!?]{0,15}\b(?:won'?t|wont|don'?t|never) "
        r"leave me alone\b|\bschool is (?:hell|a nightmare|torture)\b",
    ),
]

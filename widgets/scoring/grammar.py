"""The grammar the scorer relies on, as named word sets (VADER keeps its constants the same way).

These are words of English grammar that trainers rarely need to change; the words they do edit
(cue phrases, qualities, states, tags) live in data/lexicon.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------
# Clauses, sentences and questions
# --------------------------------------------------------------------------------------------

#: Words that negate a cue when they come shortly before it in the same clause.
NEGATORS = frozenset({"not", "never", "no", "nobody", "nothing", "neither", "nor", "without"})
#: How many tokens before a cue a negator still reaches (within one clause).
NEGATION_WINDOW = 3
#: After a negator, these verbs mean "I'm not going to tell you / I'm not saying ...": the
#: negation then reaches every cue later in the clause.
NEGATED_SPEECH = frozenset(
    {
        "tell", "say", "saying", "suggest", "suggesting", "advise", "advising", "going",
        "here", "trying", "want", "mean", "meaning", "asking", "judge", "judging", "lecture",
    }
)  # fmt: skip
#: Question words. "what" and "how" open an open question (it invites a story); the others ask
#: for a specific fact (a person, a time, a place, a choice between things), which MITI codes as
#: a closed question, as it does a question answered by a number ("how many", "how often").
WH_WORDS = frozenset({"what", "how", "which", "who", "whom", "whose", "where", "when", "in"})
#: Question words that ask for one fact: a closed question.
WH_CLOSED = frozenset({"which", "who", "whom", "whose", "where", "when"})
#: After a question word that asks for a fact (who, where, when...), these make it a question
#: that invites thinking: "Who could help you?", "Where would you like to start?" (open).
IMAGINING = frozenset({"would", "could", "might", "can", "should"})
#: After "can/could/would you", verbs that ask them to tell their story: an open question.
TELLING = frozenset(
    {"think", "tell", "describe", "say", "share", "repeat", "explain", "elaborate", "walk",
     "talk", "give", "expand", "help"}
)  # fmt: skip
#: Opening words of a question that asks for more of their own: "Anything else?" (open).
ANYTHING = frozenset({"anything", "any", "anyone", "anybody", "something"})
#: After those, words that make it an invitation rather than a yes/no check.
MORE_OF_THEIRS = frozenset({"else", "other", "thoughts", "ideas", "more", "thought"})
#: After "what kind/sort/type of", words that ask for their view rather than one fact.
BROAD = frozenset({"things", "stuff", "ways", "situations", "feelings", "thoughts", "help"})
#: After "how", words that ask for a number or a degree: a closed question ("how many...", and
#: the rulers of motivational interviewing: "how confident are you, 0 to 10?").
HOW_CLOSED = frozenset(
    {"much", "many", "long", "often", "old", "far", "soon", "likely", "confident", "ready",
     "sure", "willing", "motivated", "interested"}
)  # fmt: skip
#: After "what", nouns that ask for one fact: a closed question ("what time...", "what kind...").
WHAT_FACT = frozenset(
    {"time", "day", "date", "age", "number", "year", "month", "percentage", "dose", "name",
     "colour", "color", "size", "kind", "sort", "type", "brand"}
)  # fmt: skip
#: After "what" or "how", words that turn the question into a suggestion or a choice: closed
#: ("what about a walk?", "what if you tried...?", "how about we start there?"). After "about",
#: a word that names their own topic keeps it open ("what about your drinking do you not like?").
SUGGESTING = frozenset({"about", "if"})
#: After "what about" / "how about", words that name the person's own topic: an open question.
THEIR_TOPIC = frozenset({"your", "yours", "you", "that", "this", "those", "the", "his", "her",
                         "their", "it", "then"})  # fmt: skip
#: "..., do you think?" at the end of a question is an aside, not a second question.
ASIDE_VERBS = frozenset({"think", "reckon", "suppose", "guess", "feel", "imagine"})
#: Question words that open a clause about time or place rather than ask, when a subject
#: follows: "when she's at work, what happens then?" asks with "what".
SUBORDINATING = frozenset({"when", "where", "whenever", "while", "if", "as", "once"})
#: Words in a question that ask for a number on a scale: "how confident are you, 1 to 10?".
SCALE_WORDS = frozenset({"scale", "rate"})
#: Verbs that show a sentence opened by a question word is a statement, not a question, when no
#: question mark says otherwise: "What I mean is...", "How you feel matters".
STATEMENT_VERBS = frozenset({"is", "was", "matters", "means", "makes", "depends", "counts"})
#: Auxiliary verbs that open a closed (yes/no) question when followed by a subject.
AUXILIARIES = frozenset(
    {
        "do", "does", "did", "are", "is", "am", "was", "were", "can", "could", "would", "will",
        "have", "has", "had", "should", "shall", "may", "might", "must",
    }
)  # fmt: skip
#: Subjects that follow an auxiliary in a yes/no question.
SUBJECTS = frozenset(
    {
        "you", "i", "we", "they", "he", "she", "it", "there", "that", "this", "your", "anyone",
        "someone", "anybody", "somebody", "things", "people", "everyone", "anything",
    }
)  # fmt: skip
#: Words skipped at the start of a clause before deciding what the clause opens with.
DISCOURSE_MARKERS = frozenset(
    {
        "so", "and", "but", "ok", "okay", "well", "oh", "hey", "hi", "hello", "also", "then",
        "just", "now", "yes", "yeah", "no", "right", "alright", "hmm", "um", "ah", "or",
        "maybe", "perhaps", "please", "honestly", "really", "anyway", "first", "next",
        "finally", "plus", "again", "always", "definitely", "guys", "uh", "er", "erm", "mm",
        "mhm", "mmh", "huh",
    }
)  # fmt: skip
#: Tokens that end a clause (negation and gaps never reach across them).
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "but", "though", "although"})
#: Where a negation stops reaching: a clause break, or a word that opens a suggestion of its own
#: ("If he doesn't want it maybe you could ask": the "not" is his, not the suggestion's).
NEGATION_BREAKS = CLAUSE_BREAKS | {"maybe", "perhaps"}
#: Tokens that end a sentence.
SENTENCE_ENDS = frozenset({".", "!", "?", "…", "\n"})
#: Verbs that introduce someone else's words; what follows them is reported, not the learner's.
REPORTING_VERBS = frozenset(
    {
        "said", "says", "told", "tells", "telling", "saying", "asked", "asks", "suggested",
        "suggests", "recommended", "recommends", "advised", "advises", "reckons", "insisted",
        "insists", "keeps", "kept", "wrote", "writes", "say",
    }
)  # fmt: skip
#: Subjects whose reporting verbs introduce the learner's own words, not someone else's.
OWN_VOICE = frozenset({"i", "we", "would", "might", "could", "will", "to"})
#: How many tokens after a clause start may be discourse markers.
MAX_MARKERS = 3
#: Quotation marks: a quotation opened after a reporting verb stays reported until it closes.
QUOTES = frozenset({'"', "“", "”", "«", "»", "„"})
#: Words after "how" that make it a question without a question mark ("how much...").
HOW_NEXT = frozenset({"much", "many", "long", "often", "else", "about", "far", "old"})
#: Words after a dotted abbreviation ("3 a.m.") that show the sentence carries on past it.
ABBREVIATION_GOES_ON = frozenset(
    {"because", "cause", "since", "or", "and", "but", "when", "while", "so", "if", "until",
     "before", "after", "every", "each", "on", "in", "at", "to", "then", "is", "was", "for",
     "with", "the", "that", "which", ","}
)  # fmt: skip
#: Clauses longer than this (in tokens) are checked for negation with precomputed tables, so
#: a long paste without punctuation stays linear; shorter ones are simply read backwards.
SHORT_CLAUSE = 40
#: Gap length for ".." in a phrase.
GAP_MAX = 3

# --------------------------------------------------------------------------------------------
# Contractions
# --------------------------------------------------------------------------------------------

#: Contraction endings and the words they stand for.
CLITICS = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}
#: Stems before n't, where the stem is not itself the word ("won't" -> "will not").
NT_STEMS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
#: Words before 's that make it "is" rather than a possessive.
S_IS = frozenset(
    {"it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "everything",
     "nothing", "this", "which", "why", "when", "life", "someone", "everyone"}
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# Other people: kind explanations of what someone did, and naming their strengths
# --------------------------------------------------------------------------------------------

#: Words for someone else (not the learner, not the person they are talking to).
THIRD_PERSON = frozenset(
    {"he", "she", "they", "him", "her", "them", "his", "their", "himself", "herself",
     "themselves", "hers", "theirs"}
)  # fmt: skip
#: Words for the learner or the person they are talking to: after a hedge they make the
#: sentence about "you" or "me", not about someone else ("Maybe you should call her" is advice,
#: not a kind reading of her). "your"/"my" are not here: "maybe your brother..." is about him.
SELF_OR_YOU = frozenset(
    {"you", "yours", "yourself", "yourselves", "i", "we", "me", "us", "myself", "ourselves"}
)  # fmt: skip
#: Capitalised words that are not names (a capital at the start of a sentence proves nothing).
NOT_NAMES = S_IS | SUBJECTS | DISCOURSE_MARKERS | frozenset({"a", "an", "the", "my", "your"})
#: Words that open a tentative reading: "maybe", "perhaps", "I wonder if", "it could be that".
#: "could", "might" and "may" count only before "be" and at the start of a clause or after
#: it/this/that ("it might be that..."), so "you might be right" is not a hedge.
HEDGE_WORDS = frozenset({"maybe", "perhaps", "wonder", "wondering", "could", "might", "may"})
#: Words that give a reason for what someone did: the heart of a generous reading.
REASON_WORDS = frozenset({"because", "cause", "since"})
#: After "or", words that open another possible explanation ("..., or doesn't feel welcome",
#: "or is going through something"), unlike "or" between two things ("cake or biscuits").
#: Grammar, so it stays here: verbs and pronouns that start a clause. What someone might be
#: going through ("scared", "busy") is the "state" list of data/lexicon/words.csv.
OR_EXPLANATION = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "not", "he", "she",
     "they", "feels", "felt", "needs", "needed", "wants", "wanted", "just", "might", "may"}
)  # fmt: skip
#: Words that turn a hedge into a plan or a verdict ("maybe she should apologise because...").
DIRECTIVE_WORDS = frozenset({"should", "ought", "must", "can", "shall"})
#: How many tokens after a hedge the third person and the reason must come within.
GENEROUS_REACH = 24
#: Subjects of "is" that are someone else (a capitalised name also counts; "who" is left out:
#: "those who are patient" is a saying, not a person described).
PERSON_SUBJECTS = frozenset({"he", "she", "they"})

# --------------------------------------------------------------------------------------------
# Reflections said plainly ("So you're trying to cut back.")
# --------------------------------------------------------------------------------------------

#: After "you", words that tell, predict or hedge rather than describe: not a reflection.
NOT_REFLECTING = frozenset(
    {"should", "could", "can", "might", "must", "ought", "will", "shall", "may", "too",
     "guys", "all", "lot", "bet", "welcome", "see", "mean", "think"}
)  # fmt: skip
#: After "you", verbs said as an instruction or a leave-taking ("you take care", "you go").
IMPERATIVE_AFTER_YOU = frozenset(
    {"take", "go", "try", "get", "give", "make", "call", "let", "keep", "stay", "look", "be",
     "do", "just", "never", "always"}
)  # fmt: skip
#: After "you would", words that describe what they want: "you'd like a bit more support".
LIKING = frozenset({"like", "love", "rather", "prefer", "want", "wish", "hate"})

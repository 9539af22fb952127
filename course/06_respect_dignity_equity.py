# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% jupyter={"source_hidden": true}
from widgets.exercises import demo, progress_view, show, start

start("06_respect_dignity_equity")

# %% [markdown]
# # 06 · Respect, dignity and equity
#
# Welcome! This notebook is about a simple idea with big consequences: every person has worth,
# and the way we listen, speak and set things up should show it.
#
# **Time:** about 40 minutes, plus some optional extra practice. You can stop at any point and
# come back later: your work is saved.
#
# **Content note:** this notebook talks about trauma in general terms (never in detail), about
# hurtful labels people get called, and about unfair treatment. One optional exercise shows a
# young person's gender identity being brushed aside; it shows its own note first. Every
# exercise can be skipped, and you can take a break whenever you need one.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a 90-minute group session:
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. |
# | 5-15 min | "Every person has worth" and cultural humility: read aloud, then a quick round: *one thing about your own culture that people often get wrong* (passing is fine). |
# | 15-35 min | Trauma-informed approach: walk through the six principles, then the sort exercise in pairs and the "Choice in small things" pair activity below. |
# | 35-50 min | Generosity of assumption and personal bias: the glossary quote, the worked example, then the reframe exercise. |
# | 50-60 min | Break. |
# | 60-75 min | Meeting people where they are, equity and person-first language, with the "Three stories" group activity. |
# | 75-83 min | Private reflection, in silence. Nobody is asked to share it. |
# | 83-90 min | "Try it this week" and a closing round: one word for how you're leaving. |
#
# **Materials:** a shared screen or projector; six cards or flipchart sheets headed *Safety*,
# *Trustworthiness and transparency*, *Peer support*, *Collaboration and mutuality*,
# *Empowerment, voice and choice* and *Cultural, historical and gender issues*; the sort items printed on
# cards (optional); sticky notes and pens; information on local interpreting services and
# step-free venues, to show what equity looks like in practice; a quiet space people can step
# into.
#
# This topic can touch people personally. Some learners will have lived through racism,
# homophobia, transphobia, disability discrimination or poverty. Don't ask them to teach the
# group about their own experience; let them choose if and how they share. Some learners may
# also feel ashamed when talking about bias. Keep the tone warm: noticing a bias is a skill,
# not a confession.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - explain why every person has worth that doesn't need to be earned, and how peer support
#   shows it;
# - describe cultural humility, a trauma-informed approach and generosity of assumption in
#   plain words, with an example of each;
# - notice your own quick assumptions and biases without shame, and get curious instead;
# - tell equity from equality, and use person-first language (or the words people choose for
#   themselves).

# %% [markdown]
# ## Every person has worth
#
# > "All human beings have intrinsic value."
# > — *Core Values of Peer Support*
#
# *Intrinsic* means built in. Your worth is part of you, the way your heartbeat is. Nobody
# earns it by getting a job, staying well, being polite or "doing recovery right", and nobody
# loses it by being unwell, unhoused, in prison, angry or stuck.
#
# That sounds obvious, but many people we support have been treated as if their worth were up
# for debate: talked about instead of talked to, made to wait, judged on sight. **Dignity** is
# what it feels like when your worth is respected. **Respect** is how we show it.
#
# The core values name four ways peer support workers honour that deep worth:
#
# 1. practising **cultural humility** and sensitivity;
# 2. serving with a **trauma-informed** approach;
# 3. offering **generosity of assumption** in communication and conflict;
# 4. mindfully addressing our own **biases**.
#
# And two more ideas sit alongside them: **meeting people where they are**, and serving with a
# knowledge of **equity**. We'll take each one in turn.

# %% [markdown]
# ## Cultural humility and sensitivity
#
# **Culture** is much more than the country someone comes from. It includes faith, family
# roles, language, class, age and generation, gender, sexuality, disability, where you grew up,
# and the unwritten rules about things like eye contact, food, names and asking for help.
# Everyone has culture, including you.
#
# You may have heard of *cultural competence*: learning facts about groups so you know how to
# work with them. It has its uses, but it can suggest there's a finish line, as if you could
# complete a course and then "know" a culture. Two doctors, Melanie Tervalon and Jann
# Murray-García, suggested **cultural humility** instead: a lifelong habit of learning, where
# the person in front of you is the expert on their own life and culture.
#
# | A "competence" mindset | A "humility" mindset |
# |---|---|
# | "I did the training, so I know about families like yours." | "I know a little. You're the expert on your family." |
# | Learns facts about groups. | Learns from *this* person. Two people from the same background can live it very differently. |
# | Has a finish line. | Never finishes: always curious, always learning. |
# | Looks only at the other person's culture. | Also looks at my own culture, assumptions and power. |
#
# **Cultural sensitivity** is the everyday side of humility: noticing what matters to someone
# and adjusting. Using their name and pronouns, and saying the name the way they say it.
# Checking whether a time clashes with prayer or a religious festival. Offering an interpreter.
# Not assuming that your way of doing family, faith or feelings is the "normal" one.
#
# Humility doesn't mean making people teach you everything. Do some learning of your own too,
# then let the person correct and deepen it.

# %% [markdown]
# ### Worked example: whose culture is it?
#
# Farhana has told a peer worker that caring for her mother-in-law all day is what a
# daughter-in-law does in her family, and that she is exhausted. Here's a response that slips.
# Run the cell to see what the feedback helper notices.

# %% jupyter={"source_hidden": true}
demo("Trust me, I know your culture. You should just tell your mother-in-law no.")

# %% [markdown]
# "Trust me, I know your culture" claims to know her world better than she does, and "you
# should" hands her an answer from outside it. Even if the worker shares her background, they
# don't share her family, her marriage or her choices.
#
# Here is a response that practises humility:

# %% jupyter={"source_hidden": true}
demo("I don't want to guess. What does family mean to you?")

# %% [markdown]
# It admits what the worker doesn't know, and asks Farhana to be the teacher of her own life.

# %% [markdown]
# ### Exercise: a daughter-in-law's duty
#
# Now it's your turn. Rewrite the draft so it reflects both what Farhana values and how tired
# she is. The helper will point out what you did well, then one thing you could try next. Like
# every exercise in this course, you can skip it.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-rewrite-family-duty")

# %% [markdown]
# ## A trauma-informed approach
#
# **Trauma** is the lasting effect that very frightening or overwhelming experiences can have
# on a person, especially when they had no control and nobody kept them safe. It can show up
# long afterwards: in the body, in sleep, in trust, in how safe a room or a raised voice feels.
#
# Being **trauma-informed** means we work on the basis that anyone we meet may have been
# through trauma, whether or not they tell us, and we take care not to add to the harm. A
# helpful shift is moving from *"What's wrong with you?"* to *"What has happened to you, and
# what helps you now?"* That's a way of **thinking**, not a question to ask: people never owe
# us their story.
#
# One widely used description of a trauma-informed approach, from SAMHSA (a United States
# government agency for mental health and substance use), names six principles. One of them
# is peer support itself:
#
# | Principle | In plain words | What it can look like |
# |---|---|---|
# | **Safety** | The person feels physically and emotionally safe with you. | A calm space, no surprises, saying what you're about to do before you do it. |
# | **Trustworthiness and transparency** | What you say and what you do match, and nothing is hidden. | Being clear about notes and privacy, turning up when you said you would. |
# | **Peer support** | People with lived experience support each other. | Sharing a little of your own story, with a purpose, when it helps. |
# | **Collaboration and mutuality** | You do things *with* them, not *to* or *for* them, and power is shared. | Planning the next step together. |
# | **Empowerment, voice and choice** | Their strengths, their voice and their choices are at the centre. | "Would you rather talk, walk, or just sit for a bit?" Noticing out loud the skills they already use. |
# | **Cultural, historical and gender issues** | Culture, history and gender shape what feels safe; services name and respond to them. | Offering a woman worker when asked; taking seriously that services have let some communities down. |
#
# (An earlier, shorter list by Maxine Harris and Roger Fallot names five ideas: safety,
# trustworthiness, choice, collaboration and empowerment. The six principles build on it.)
#
# None of this needs anyone to share details of what happened to them. It's about how we are
# with people, every time.

# %% [markdown]
# ### Worked example: asking for the story
#
# Someone has just arrived at a peer support drop-in after a very hard night. A well-meaning
# worker says:

# %% jupyter={"source_hidden": true}
demo("Tell me exactly what happened that night. Why didn't you tell anyone?")

# %% [markdown]
# This asks for details the person hasn't offered, and the "why" question can sound like
# blame. Pressing someone to retell a painful event can make them feel unsafe again.
#
# A trauma-informed response hands over control:

# %% jupyter={"source_hidden": true}
demo("You don't have to share anything you don't want to. What would you like to talk about today?")

# %% [markdown]
# The person decides what, if anything, they share. That is safety and choice in one sentence.

# %% [markdown]
# ### Exercise: near the door
#
# Joanne asked to see a peer supporter, but she's standing by the door and doesn't want to sit
# down. Rewrite the draft so it offers her safety and choice. You can skip it if you'd rather.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-rewrite-door-open")

# %% [markdown]
# ### Exercise: what trauma-informed looks like
#
# Sort these small, everyday actions under the six principles. They overlap in real life, so
# look for the principle each one shows *most* clearly. There are hints if you want them.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-sort-trauma-informed")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing humility and trauma-informed practice (click to open)</summary>
#
# Discussion questions (choose one or two):
#
# - When has someone assumed they knew about your culture, faith, family or background? What
#   would humility have looked like instead?
# - Which of the six trauma-informed principles is easiest for you to offer? Which is hardest in
#   your setting (a busy ward, a text line, a shelter)?
# - Where in your service do people have to tell their story before they get help? What could
#   change?
#
# Pair activity: **"Choice in small things"** (12 minutes)
#
# 1. (2 min) In pairs, one person is the peer worker and one is arriving for a first meeting.
#    Keep it light: no personal stories needed.
# 2. (3 min) The worker welcomes them and offers at least three small, real choices (where to
#    sit, door open or closed, tea or water, talk or walk, what to call them).
# 3. (2 min) The arriving person says which choice made the biggest difference, and why.
# 4. (3 min) Swap roles.
# 5. (2 min) Whole group: list the choices people offered on a flipchart under the six
#    headings.
#
# </details>

# %% [markdown]
# ## Generosity of assumption
#
# Our brains are quick. When we don't know why someone did something, they fill in the gap,
# often with the least kind explanation. The core values' glossary puts it like this:
#
# > "Assumptions happen when we don't know the whole story and allow our brains to fill in the
# > blanks. [...] Generosity of assumption means that we extend someone the most generous
# > interpretation of their intent, actions, or words."
# > — *Core Values of Peer Support*, glossary of terms
#
# In other words: when you don't know the whole story, choose the kindest reasonable version,
# and stay curious about the real one.
#
# The core values ask for this **in communication and in conflict**: with the people we
# support, with group members who clash, with colleagues, with families, with people who think
# differently from us, and with ourselves.
#
# | What happened | The quick, unkind story | A more generous story |
# |---|---|---|
# | Someone misses three meetings. | "He doesn't care." | "Maybe things have been a lot for him." |
# | A group member doesn't reply to a post. | "She can't stand me." | "Perhaps she missed it, or was having a hard week." |
# | A colleague forgets to hand something over. | "She's careless." | "She might have been stretched thin on that shift." |
#
# Generosity of assumption has limits. It doesn't mean ignoring harm, putting up with
# abuse, or explaining away unfair treatment someone is living with. If a person tells you
# they've been treated unfairly, believe them. Generosity is for filling in the blanks, not for
# rewriting what someone has told you. And when you can, check your story gently by asking.

# %% [markdown]
# ### Worked example: filling in the blanks
#
# A colleague talks about a group member who left early two weeks running:

# %% jupyter={"source_hidden": true}
demo("He's just lazy. He obviously doesn't care about the group.")

# %% [markdown]
# The colleague doesn't know why he left, but the blanks got filled with "lazy" and "doesn't
# care". Now the same situation with generosity of assumption:

# %% jupyter={"source_hidden": true}
demo("Maybe he was overwhelmed this week. I wonder if there is more to the story.")

# %% [markdown]
# Nothing about the facts has changed. The difference is the story we tell about them, and
# that story shapes how we greet him next week.

# %% [markdown]
# ### Exercise: posting at 3 a.m.
#
# Reframe a colleague's words about a member of an online chat, offering the most generous
# reading of what she does. Skip it if you'd rather.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-reframe-night-posts")

# %% [markdown]
# ### Exercise: three missed meetups
#
# Callum said he'd come to the last three meetups and didn't. Today he walks in near the end.
# Rewrite the draft as one open question that assumes the best of him. Skip it if you'd
# rather.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-rewrite-missed-sessions")

# %% [markdown]
# ## Mindfully addressing our own biases
#
# A **bias** is a mental shortcut: a quick judgement about a person or a group, often picked up
# without us noticing, from family, school, news, social media and the world around us.
# Everyone has biases. Having them doesn't make you a bad person; acting on them without
# noticing can hurt people.
#
# *Mindfully* means paying attention on purpose, honestly and without beating yourself up.
# Here is one way to practise:
#
# 1. **Notice** a quick reaction: a tensing up, a judgement, a story that arrives fast. ("Oh,
#    he'll be trouble.")
# 2. **Name it** to yourself: "I'm filling in the blanks."
# 3. **Get curious:** what do I actually know? What else could be true? Would I think the same
#    about someone of a different age, race, gender, class or background?
# 4. **Learn:** read, listen to people with lived experience, and seek out voices that are
#    different from yours, without making the person in front of you do all the teaching.
# 5. **Repair** when you get it wrong: a simple, honest "I'm sorry, I assumed. Can I try
#    again?" goes a long way.
#
# Biases show up in who we warm to, who we believe, who we call "difficult", and whose
# lateness we forgive. Addressing them is part of treating people with equal worth.

# %% [markdown]
# ## Meeting people where they are
#
# > "Peer support is about meeting people where they are at and serving others with a
# > knowledge of equity."
# > — *Core Values of Peer Support*
#
# **Meeting people where they are** means starting from someone's life as it is today: their
# priorities, their pace, their words, their goals. Not from where we think they *should* be.
#
# Sometimes that's literal: peer support happens in car parks, at hospital bedsides, on text
# lines and in online groups, because that's where people are. Often it's about readiness. A
# person doesn't have to be sober, housed, medicated, "motivated" or polite to deserve our
# support. If someone isn't ready for the shelter, the group or the plan, we can still ask what
# would help today.

# %% [markdown]
# ## Equity, not only equality
#
# These two words sound alike, but they mean different things:
#
# - **Equality** gives everyone the *same* thing.
# - **Equity** gives each person what *they* need to have a fair chance.
#
# Picture a group that meets up two flights of stairs. Treating everyone equally (same room,
# same stairs) looks fair, but a person who uses a wheelchair still can't get in. Equity moves
# the group to a step-free room, and asks her what else would help.
#
# Serving with a **knowledge of equity** means understanding that people start from different
# places, often because of unfair systems rather than anything they did: racism, poverty,
# ableism (unfair treatment of disabled people), sexism, homophobia and transphobia, having a
# criminal record, not speaking the main language, living far from services. Knowing this, we
# notice who isn't in the room, and we change what we can so they have a fair chance to be.

# %% [markdown]
# ### Exercise: two flights of stairs
#
# Yvonne uses a wheelchair and would love to join a group that meets upstairs. Choose the
# reply that best serves her with a knowledge of equity.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-choose-stairs")

# %% [markdown]
# ## Words matter: person-first language
#
# Words can honour someone's worth or shrink it. A **label** defines a whole person by one
# thing: a diagnosis, a housing situation, a past. **Person-first language** puts the person
# first and the situation second.
#
# | A label | Person-first |
# |---|---|
# | "a schizophrenic" | "a person living with schizophrenia" |
# | "the homeless" | "people experiencing homelessness", "someone without a home right now" |
# | "an ex-con" | "a person with a criminal record" |
# | "non-compliant" | "chose not to take the medication", "has concerns about it" |
#
# One important exception: the person's own words come first. Many Deaf people, autistic
# people and disabled people prefer *identity-first* words ("a Deaf woman", "an autistic
# man", "disabled people"), because it's part of who they are. If someone uses a word about
# themselves, follow their lead, and when in doubt, ask.

# %% [markdown]
# ### Worked example: a label and a person
#
# Someone at a community meeting says:

# %% jupyter={"source_hidden": true}
demo("The homeless in this town never want help. They are just lazy.")

# %% [markdown]
# "The homeless" turns many different people into one group, and "lazy" fills in the blanks
# with the least generous story. Here's the same concern, spoken with respect:

# %% jupyter={"source_hidden": true}
demo(
    "Some people in our town are without a home right now. Maybe they have had bad "
    "experiences with services before. What would make our drop-in feel safe for them?"
)

# %% [markdown]
# Person-first words, a generous assumption, and a question that looks for barriers the
# service could change.

# %% [markdown]
# ### Exercise: the man by the door
#
# At a community meal, a volunteer uses a label and assumes the worst about a newcomer.
# Reframe it with person-first words and generosity of assumption. You can skip it.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-reframe-person-by-the-door")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing assumptions, equity and language (click to open)</summary>
#
# Discussion questions:
#
# - Read the glossary quote aloud. When did someone extend you a generous assumption you didn't
#   expect? How did it change things?
# - Where does generosity of assumption stop? (For example: when someone describes racism or
#   abuse, we believe them rather than "see both sides".)
# - Who is missing from your groups or service? What would equity look like for them?
# - Which labels are still used in your workplace's notes, meetings or forms?
#
# Group activity: **"Three stories"** (15 minutes, groups of 3-4)
#
# 1. (2 min) Give each group a card with an invented, ambiguous moment, for example: *a group
#    member walks out halfway through without a word*; *a peer doesn't answer three texts*;
#    *a colleague rolls their eyes in a team meeting*.
# 2. (4 min) Write down the first, quickest story that comes to mind, then two more generous
#    stories that could also be true.
# 3. (4 min) Write one open question you could ask to find out more, without blame.
# 4. (5 min) Groups share. Others listen for: *which story would make it easiest to
#    reconnect?*
#
# </details>

# %% [markdown]
# ## When respect and the rules pull apart
#
# Cultural humility can pull against an organisation's rules, even rules made with
# good reason. The next two exercises are dilemmas: situations with no single right
# answer.
#
# Each one works the same way: choose the way you lean, write a sentence or two about why,
# then read how three experienced peer workers weigh it. They are fictional but true to life,
# and they don't agree. Nothing is marked right or wrong, your reasoning stays private, and
# you can skip either one.

# %% [markdown]
# ### Dilemma: a gift at Eid
#
# Nasreen brings you homemade sweets at Eid, and your service has a rule about
# gifts.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-dilemma-eid-sweets")

# %% [markdown]
# ### Dilemma: "I don't want a stranger in the room"
#
# Vikram wants his son to interpret, and your service books professional
# interpreters.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-dilemma-son-interprets")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: the respect, dignity and equity dilemmas (click to open)</summary>
#
# Run one of them as "Lean and listen" (see the notes in notebook 01). If the room
# includes people from the communities in these dilemmas, don't ask them to speak for
# their community; everyone speaks for themselves. Ask: *who wrote the rule, and who
# was in the room when it was written?*
#
# </details>

# %% [markdown]
# ### Extra practice (optional)
#
# If you have time and energy, here are five more. They are all optional. The sort exercise
# lists some hurtful labels, and the "new name" exercise shows a young person being brushed
# aside; each shows its own content note first.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-choose-car")

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-rewrite-no-reply")

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-rewrite-tablet")

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-sort-person-first")

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-spot-new-name")

# %% [markdown]
# ### More lives, more moments (optional)
#
# Four more. Ellie has asked you not to lecture her; a ward handover calls Frank a label;
# Rhian's GP surgery wants her teenage daughter to interpret for her; and a sort about harm
# reduction: supporting people to be safer, whether or not they stop using drugs or alcohol.
# The exercises about self-harm, drinking and drug use show a content note first, and you
# can skip any of them.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-rewrite-no-lecture")

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-reframe-bay-three")

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-choose-interpreter")

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-sort-harm-reduction")

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and it
# stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("respect-dignity-equity-reflect-filling-blanks")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Catch a blank-filler.** Once a day, notice a quick story you told yourself about
#    someone. Write down two more generous stories that could also be true.
# 2. **Offer one real choice.** In each conversation, offer at least one small, real choice:
#    where to sit, what to talk about, phone or text, now or later.
# 3. **Check your words.** Reread one note, message or form you wrote about someone. Swap any
#    labels for person-first words, or for the words the person uses about themselves.

# %% [markdown]
# ## Summary
#
# - Every person has intrinsic worth: nobody has to earn it, and nobody can lose it.
# - Cultural humility means learning from each person as the expert on their own life, and
#   looking honestly at our own culture and assumptions.
# - A trauma-informed approach offers safety, choice, collaboration, trustworthiness and
#   empowerment, without asking anyone to retell their story.
# - Generosity of assumption fills in the blanks with the most generous story; noticing our
#   biases, without shame, helps us do it.
# - We meet people where they are, serve with a knowledge of equity (what each person needs for
#   a fair chance), and use words that put people first.
#
# Here is your progress so far. When you're ready, the next notebook is
# **07 · Belonging and community**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 07 · Belonging and community](07_belonging_and_community.ipynb)

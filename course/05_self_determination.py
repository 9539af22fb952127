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
from widgets.exercises import demo, mirror, progress_view, show, start

start("05_self_determination")

# %% [markdown]
# # 05 · Self-determination
#
# Welcome! This notebook is about people being in charge of their own lives, and about
# what we do with the very human urge to fix things for them.
#
# **Time:** about 35 minutes. You can stop at any point and come back later: your work is saved.
#
# **Content note:** this notebook talks about risk, hard decisions and, briefly, what to do
# when you are worried about someone's safety. It stays general and has no clinical detail.
# Every exercise can be skipped, and you can take a break whenever you need one.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a 70-minute group session:
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. |
# | 5-15 min | "An ecology for inner motivation": read aloud, then a quick round: *something you did because you wanted to, not because you were told* (passing is fine). |
# | 15-30 min | "We don't fix or save" and the urge to rescue: the Doreen rewrite on a shared screen, then the "Pause before you rescue" pair activity. |
# | 30-45 min | Dignity of risk, offering options and respecting decisions you disagree with: the choose and sort exercises in pairs, then a group debrief. |
# | 45-55 min | Practice in pairs: the Tom and Chen rewrites, the spot exercise. |
# | 55-62 min | Private reflection, in silence. Nobody is asked to share it. |
# | 62-70 min | "Try it this week", a reminder of your organisation's safety policy, and a closing round. |
#
# **Materials:** a shared screen or projector; sticky notes and pens; a copy of your
# organisation's policy on safety concerns (who to talk to, and when), so you can point to it
# without going into detail; a list of local support services to hand out; a quiet space
# people can step into.
#
# Many people in the room will have had decisions taken away from them at some point, by
# services, families or systems. Talking about choice can bring that up. Name it gently at
# the start, and remind people they don't have to share personal stories to take part.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - explain what self-determination means and why peer support workers don't fix or save;
# - notice your own urge to rescue, and choose what to do with it;
# - offer options without steering, and respect the dignity of risk;
# - stay respectful and supportive when someone makes a decision you disagree with.

# %% [markdown]
# ## What self-determination means
#
# **Self-determination** means people deciding for themselves how to live their own lives:
# what they want, what they try, what they say no to, and when. It is the opposite of
# someone else deciding for them, however kindly.
#
# People who have lived with mental health challenges, poverty, disability or
# homelessness have often had many choices made *for* them. Peer support tries to be a
# place where the choices come back home to the person.

# %% [markdown]
# ## An ecology for inner motivation
#
# > "We support the facilitation and creation of an ecology where people can feel free to
# > tap into their inner motivation."
# > — *Core Values of Peer Support*
#
# A few words explained: an **ecology** is a whole living environment, like a garden or a
# forest, where many things affect how well something grows. **Inner motivation** is the
# energy that comes from inside us: what we care about, what we want, what feels worth it.
#
# Think about a garden. You can't make a seed grow by pulling on it. What you *can* do is
# look after the conditions: soil, water, light, space. The growing happens by itself.
#
# Peer support is a bit like that. We can't hand someone motivation, and pushing usually
# makes people push back. What we can do is help create conditions where they feel **free**:
# free from pressure, free to think out loud, free to want what they want. In that kind of
# space, people's own reasons for change have room to show up. Those reasons tend to last
# much longer than reasons borrowed from someone else.

# %% [markdown]
# ### Exercise: everyone has a plan for me
#
# Beverley has advice coming from all sides. Rewrite the draft so there is room for her own
# motivation. The helper will point out what you did well, then one thing you could try
# next. Like every exercise in this course, you can skip it.

# %% jupyter={"source_hidden": true}
show("self-determination-rewrite-everyone-says")

# %% [markdown]
# ## We don't fix or save
#
# > "Peer support workers don't fix or save."
# > — *Core Values of Peer Support*
#
# This can be surprising. Isn't helping the whole point? It is, but **fixing** (solving the
# problem for someone) and **saving** (rescuing them from it) are different from supporting.
# When we fix or save, even with the best intentions:
#
# - we can quietly send the message *"you can't manage this"*;
# - the person loses the chance to use, and grow, their own skills;
# - the solution is ours, so it may not fit their life;
# - they may come to rely on us instead of on themselves and their own community.
#
# Supporting means walking alongside. The person stays in the driving seat. We can offer to
# help, *if they want it and in the way they choose*. Often the most useful question is
# simply: **"What would you like to do?"**

# %% [markdown]
# ### Worked example: taking over
#
# A peer says: *"The council still hasn't fixed the damp in my flat. I've rung them four
# times."*
#
# Here is a response that means well but slips. Run the cell to see what the feedback helper
# notices.

# %% jupyter={"source_hidden": true}
demo("Don't worry, leave it to me. I'll call the council for you first thing tomorrow.")

# %% [markdown]
# "Leave it to me" and "I'll call the council for you" take the problem out of the person's
# hands. They have already rung four times: they clearly know how to chase this up.
#
# Now a response that lives the value:

# %% jupyter={"source_hidden": true}
demo(
    "That sounds so stressful. What would you like to do? "
    "If you want, I can sit with you while you make the call."
)

# %% [markdown]
# This response hears the stress, asks what *they* want, and offers support that keeps them
# in charge: sitting alongside, not taking over. And the word "if" leaves them free to say no.

# %% [markdown]
# ## The urge to rescue, and what to do with it
#
# If you care about people, you will feel the urge to rescue. That is not a flaw. It often
# comes from kindness, from our own history, or from how hard it is to watch someone
# struggle. The urge is not the problem. What matters is what we **do** with it.
#
# A simple pause you can practise:
#
# 1. **Notice.** "I really want to fix this for them."
# 2. **Breathe.** Give yourself a moment before you speak or act.
# 3. **Get curious.** Ask what *they* want, and what has helped them before.
# 4. **Offer, don't take.** If you have something to offer, offer it and let them choose.
# 5. **Debrief.** Bring the feeling to supervision, a colleague or your own support later.
#    You don't have to carry it alone.

# %% [markdown]
# ### A moment that comes back
#
# You may have met this phone call before: one detail is different this time. Reply as you
# would on the day; your replies stay private and meet again at the end of the course.

# %% jupyter={"source_hidden": true}
mirror("missed-sessions-diagnosis")

# %% [markdown]
# ### Exercise: the heating is broken again
#
# Doreen has dealt with landlords for most of her life. Rewrite the draft so she stays in
# charge of what happens next. Skip it if you'd rather.

# %% jupyter={"source_hidden": true}
show("self-determination-rewrite-cold-flat")

# %% [markdown]
# ### Exercise: the urge to rescue
#
# Jess is short of money this week, and you feel a strong pull to make it all better.
# Choose the most helpful thing to do with that urge.

# %% jupyter={"source_hidden": true}
show("self-determination-choose-urge-to-rescue")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing fixing, saving and the urge to rescue (click to open)</summary>
#
# Discussion questions (choose one or two):
#
# - When has someone fixed something for you that you wanted to do yourself? How did it
#   feel?
# - What tends to set off your urge to rescue? Certain people, situations, times of day?
# - What is the difference between *offering* help and *taking over*? Where is the line for
#   you?
#
# Pair activity: **"Pause before you rescue"** (15 minutes)
#
# 1. (2 min) Each person thinks of a *low-stakes*, made-up problem a peer might bring: a
#    broken phone, a missed bus pass renewal, a confusing letter.
# 2. (3 min) One person plays the peer and shares the problem. The listener practises the
#    pause out loud: notice, breathe, get curious, offer don't take. No fixing allowed!
# 3. (2 min) The "peer" says how it felt: did they feel in charge?
# 4. (5 min) Swap roles and repeat.
# 5. (3 min) Whole group: what was hardest about not fixing? What did you do instead?
#
# </details>

# %% [markdown]
# ## Holding space for resilience and inner wisdom
#
# > "We acknowledge and hold space for resilience and inner wisdom."
# > — *Core Values of Peer Support*
#
# A few words explained: **resilience** is our ability to get through hard things and keep
# going, even when it is messy. **Inner wisdom** is what a person knows about their own life,
# body, relationships and needs, often better than anyone else. **Holding space** means
# staying present with someone, without judging, rushing or taking over, so there is room
# for what is inside them to come out.
#
# Holding space can look quite quiet from the outside: listening, reflecting back what you
# hear, leaving a pause, asking one open question. It says: *I trust that you know things
# about your life that I don't.*

# %% [markdown]
# ### Exercise: deciding for Ray
#
# This reframe is about a team meeting where people are tempted to decide for Ray. Rewrite
# the note so it recognises his inner wisdom. You can skip it if you like.

# %% jupyter={"source_hidden": true}
show("self-determination-reframe-ray")

# %% [markdown]
# ## Choice and the dignity of risk
#
# Every real choice carries some risk. A new job might not work out. A trip might go wrong.
# Telling your family something important might not go well.
#
# The **dignity of risk** is the idea that adults have the right to take reasonable risks
# in their own lives, and that there is dignity (worth and respect) in being allowed to try,
# even if things don't go to plan. Being protected from *every* risk can quietly take away a
# person's dignity, their chance to learn, and a lot of life's joy.
#
# This doesn't mean we stay silent if we are worried. It means we are curious about what the
# choice means to the person, and we trust them to weigh it up.

# %% [markdown]
# ### Exercise: a trip on his own
#
# Tom, who uses a wheelchair, wants to go camping by a lake on his own. Rewrite the draft so
# it honours his dignity of risk.

# %% jupyter={"source_hidden": true}
show("self-determination-rewrite-camping-trip")

# %% [markdown]
# ## Offering options without steering
#
# Sometimes people *ask* for ideas or information. Self-determination doesn't mean we never
# share what we know. It means we share it in a way that leaves the choice with them:
#
# - **Ask first.** "Would it help to hear about some options, or would you rather think it
#   through first?"
# - **Offer several, evenly.** No favourite, no "honestly, this one's the best".
# - **Hand it back.** "What kind of thing would you like for yourself?"
# - **Be fine with "none of these".** Their own idea may be better than any on your list.
#
# **Steering** is when we nudge someone towards the answer we prefer, often without
# noticing. It can hide in leading questions ("Don't you think it would be better
# to...?"), in tone of voice, or in which option we describe most warmly.

# %% [markdown]
# ### Worked example: a leading question
#
# A peer says: *"I'm thinking about moving back in with my mum for a while."*

# %% jupyter={"source_hidden": true}
demo("Don't you think it would be safer to stay with your sister?")

# %% [markdown]
# It sounds like a question, but it carries the answer the speaker wants. Here is a response
# that offers a view only if it's wanted, and leaves the decision clearly with the person:

# %% jupyter={"source_hidden": true}
demo(
    "It's your call. I've got some thoughts if you'd like to hear them, "
    "and I'll support whatever you decide."
)

# %% [markdown]
# ### Is offering your thoughts advice?
#
# You might remember from notebook 02 that the core values say peer workers *always* avoid
# advice-giving. So is "I've got some thoughts if you'd like to hear them" a slip? Seen from
# self-determination, what matters is where the choices sit. Here there are two, and both are
# the person's: whether to hear your thoughts at all, and what to do with them if they do.
# "I'll support whatever you decide" says the second one out loud.
#
# It stops fitting when:
#
# - you are hoping they'll pick your idea, and you would be disappointed if they didn't;
# - "no" isn't really free: they rely on you for something (a referral, a place in a group),
#   or they are used to pleasing the people who help them;
# - you offer your thoughts before you have asked what *they* think.
#
# If any of those is true, stay with questions for now. Holding an idea lightly means being as
# glad to hear "no thanks" as "yes please".

# %% [markdown]
# ### Exercise: offering options
#
# Fatima has asked what's out there for her. Choose the response that offers options
# without steering her.

# %% jupyter={"source_hidden": true}
show("self-determination-choose-options")

# %% [markdown]
# ### Exercise: holding space, steering or rescuing?
#
# Sort the responses a peer worker might give Luis, who is deciding whether to tell his
# family that he is gay.

# %% jupyter={"source_hidden": true}
show("self-determination-sort-space-steer-rescue")

# %% [markdown]
# ## Respecting decisions you disagree with
#
# This is where self-determination gets real. It is easy to respect a choice we agree with.
# It is harder when someone turns down the flat, goes back to the relationship, leaves the
# course, or does the thing we were worried about.
#
# A few things that help:
#
# - **Get curious, not judging.** "What went into your decision?" opens a door. "Why would
#   you do that?" can make someone defend themselves.
# - **Look for the value underneath.** Choices that puzzle us usually make sense from inside
#   the person's life: loyalty, freedom, faith, family, pride.
# - **Stay in the relationship.** Respecting a decision doesn't mean walking away. "Whatever
#   you decide, I'm here" keeps the door open.
# - **Notice your own feelings** and take them to supervision rather than into the
#   conversation.

# %% [markdown]
# ### Worked example: a decision you disagree with

# %% jupyter={"source_hidden": true}
demo("Why would you do that? That's a terrible idea.")

# %% [markdown]
# "Why would you...?" can sound like a demand to justify themselves, and "a terrible idea"
# is our judgement, not theirs. Compare:

# %% jupyter={"source_hidden": true}
demo("It sounds like you've thought hard about this. What went into your decision?")

# %% [markdown]
# ### Exercise: turning down the flat
#
# Chen has turned down a supported flat so he can stay with his partner. You might not have
# made the same choice. Rewrite the draft so it respects his.

# %% jupyter={"source_hidden": true}
show("self-determination-rewrite-turned-down-flat")

# %% [markdown]
# ### Exercise: spot the taking over
#
# Nadia is thinking about coming out at work. Find the phrases in the reply that take over or
# steer instead of leaving the choice with her.

# %% jupyter={"source_hidden": true}
show("self-determination-spot-coming-out-at-work")

# %% [markdown]
# ## When you are worried about someone's safety
#
# Self-determination doesn't mean you are on your own when you are seriously worried about
# someone's safety, or someone else's. Every peer support organisation has a policy for
# these moments. **Follow your organisation's policy, and talk to your supervisor.** Where you
# can, be open with the person about what you need to do and why, and keep them as involved
# as possible. That is respect too.
#
# If you don't know your organisation's policy yet, finding it is a great small step for this
# week.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing risk, options and disagreement (click to open)</summary>
#
# Discussion questions:
#
# - Think of a risk you took that others worried about. What did it give you, whatever the
#   outcome?
# - Where does steering sneak into your conversations: tone of voice, which option you
#   describe first, your face?
# - What helps you stay warm and connected when someone makes a choice you wouldn't make?
# - Where can people find your organisation's safety policy, and who do they talk to? Keep
#   this practical and brief; it is not the place for clinical detail.
#
# Group activity: **"Three options, no favourite"** (15 minutes, groups of 3)
#
# 1. (2 min) Give each group an invented situation where a peer has *asked* for ideas, for
#    example finding a hobby, somewhere to volunteer, or a group to join.
# 2. (3 min) Together, write three options the peer worker could offer.
# 3. (5 min) Take turns: one person offers the options to another, while the third listens
#    for steering (a favourite, a warmer voice, a "but honestly...").
# 4. (5 min) Whole group: what gave steering away? How did the speaker hand the choice back?
#
# </details>

# %% [markdown]
# ## When choice and safety pull apart
#
# Self-determination is where the hardest dilemmas in peer support live: someone's
# right to choose can pull against their safety, a family's worry, or what your
# organisation expects of you. The next two exercises are dilemmas: situations with no
# single right answer.
#
# Each one works the same way: choose the way you lean, write a sentence or two about why,
# then read how three experienced peer workers weigh it. They are fictional but true to life,
# and they don't agree. Nothing is marked right or wrong, your reasoning stays private, and
# you can skip either one.

# %% [markdown]
# ### Dilemma: "My body, my choice"
#
# Yusuf has decided to stop his medication and asks you to keep it to yourself
# for now. It has a content note, and you can skip it.

# %% jupyter={"source_hidden": true}
show("self-determination-dilemma-stopping-medication")

# %% [markdown]
# ### Dilemma: a weekend of her own
#
# Lowri wants to go to a festival on her own, and her mum asks you to talk her
# out of it: the dignity of risk, in real life.

# %% jupyter={"source_hidden": true}
show("self-determination-dilemma-festival")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: the self-determination dilemmas (click to open)</summary>
#
# Run one of them as "Lean and listen" (see the notes in notebook 01). Yusuf's
# dilemma is a good moment to show where your organisation's policy on sharing
# information is, without going into clinical detail. Ask: *what would you want to
# have told Yusuf about your limits before he told you anything?*
#
# </details>

# %% [markdown]
# ### Extra practice (optional)
#
# If you have time and energy, here is one more. It is optional.

# %% jupyter={"source_hidden": true}
show("self-determination-rewrite-apprenticeship")

# %% [markdown]
# ### More lives, more moments (optional)
#
# Four more choices that belong to the person making them. Shaun isn't ready to stop using
# and wants clean equipment; Harold, who has early dementia, wants to keep taking the bus to
# his bowls club; Oskar wants to talk to his psychiatrist about his dose; Mei wants to sit
# her exams in the hall with her friends. Shaun's exercise mentions injecting drug use and
# shows a content note first. You can skip any of them.

# %% jupyter={"source_hidden": true}
show("self-determination-rewrite-clean-kit")

# %% jupyter={"source_hidden": true}
show("self-determination-choose-bowls-club")

# %% jupyter={"source_hidden": true}
show("self-determination-rewrite-band-practice")

# %% jupyter={"source_hidden": true}
show("self-determination-rewrite-exam-hall")

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and
# it stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("self-determination-reflect-own-choice")

# %% [markdown]
# If you'd like one more, this prompt is about your own urge to rescue. It is private too.

# %% jupyter={"source_hidden": true}
show("self-determination-reflect-urge-to-rescue")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Ask before you help.** Once this week, before you do something for someone, ask:
#    "What would you like to do?" or "Would you like a hand with that?"
# 2. **Practise the pause.** When you feel the urge to fix, notice it, breathe, and ask one
#    curious question instead. Jot down afterwards what happened.
# 3. **Find your policy.** Look up your organisation's policy for safety concerns, so you
#    know where it is before you need it.

# %% [markdown]
# ## Summary
#
# - Self-determination means people deciding for themselves how to live their own lives.
# - We help create an ecology, like a garden, where people feel free to find their own
#   inner motivation.
# - Peer support workers don't fix or save. The urge to rescue is human: notice it, pause,
#   get curious, and offer rather than take over.
# - We hold space for people's resilience and inner wisdom, honour the dignity of risk, and
#   offer options without steering.
# - We respect decisions we disagree with, and when we're worried about safety we follow our
#   organisation's policy and talk to a supervisor.
#
# Here is your progress so far. When you're ready, the next notebook is
# **06 · Respect, dignity and equity**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 06 · Respect, dignity and equity](06_respect_dignity_equity.ipynb)

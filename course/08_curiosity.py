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

start("08_curiosity")

# %% [markdown]
# # 08 · Curiosity
#
# Welcome! This notebook is about asking questions that bring people closer: questions
# asked with genuine interest, that open doors without pushing through them.
#
# **Time:** about 40 minutes. You can stop at any point and come back later: your work is saved.
#
# **Content note:** the exercises touch on moving countries, sleeping rough, family
# disagreements and returning to work after burnout, without going into detail. One optional
# exercise mentions the death of a husband; it shows its own note first. Every exercise can
# be skipped, and you can take a break whenever you need one.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a 75-minute group session:
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. |
# | 5-15 min | "Curiosity on purpose" and "Curious for them, not for us": read aloud, then a quick round: *a question someone asked you that you still remember* (passing is fine). |
# | 15-25 min | "Curious, not invasive": worked example on a shared screen, then the long-road rewrite. |
# | 25-45 min | Powerful questions and the questions that get in the way: worked examples, then the choose, sort and bus-station exercises in pairs. |
# | 45-55 min | Challenging assumptions and generosity of assumption: rewrite and reframe exercises. |
# | 55-67 min | Group activity: "One question only" (see the notes after the powerful-questions section). |
# | 67-71 min | Private reflection, in silence. Nobody is asked to share it. |
# | 71-75 min | "Try it this week" and a closing round: one question you'd like to ask more often. |
#
# **Materials:** a shared screen or projector; each learner on their own computer (or pairs
# sharing one); a timer; cards with the four marks of a powerful question (open, short, one
# at a time, towards strengths or the future) for each table; a list of local support
# services to hand out; a quiet space people can step into.
#
# Questions can feel intrusive to people who have been questioned a lot by services,
# officials or border staff. Make it clear that in practice activities anyone may answer
# "pass", and that this is exactly the kind of boundary the value asks us to respect.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - explain how intentional curiosity supports connection, growth, learning and engagement;
# - tell curiosity that serves connection from curiosity that serves us, and stay curious
#   without being invasive;
# - ask powerful questions (open, short, one at a time) and avoid judging "why" questions,
#   stacked questions and leading questions;
# - challenge assumptions gently, and offer generosity of assumption to people who think
#   differently from you.

# %% [markdown]
# ## Curiosity on purpose
#
# Curiosity is the wish to know and understand. We all have it. In peer support, we use it
# **intentionally**, which means on purpose and with care.
#
# > "We are always intentional about how curiosity and inquiry support connection, growth,
# > learning and engagement."
# > — *Core Values of Peer Support*
#
# (*Inquiry* just means asking and exploring.) Good curiosity does four things:
#
# - **Connection:** a genuine question tells someone "you interest me; I want to understand
#   you". That is how trust begins.
# - **Growth:** the right question can help a person notice something new about themselves,
#   such as a strength, a wish or a way forward.
# - **Learning:** both people learn. We learn about their world, and they often hear their
#   own thinking more clearly as they answer.
# - **Engagement:** people stay involved in conversations where they feel interesting, not
#   inspected.
#
# Being intentional means asking yourself, before a question: *what is this question for?*

# %% [markdown]
# ## Curious for them, not for us
#
# > "This curiosity isn't fueled by personal gain but by a genuine interest in connection."
# > — *Core Values of Peer Support*
#
# Sometimes our curiosity is really about us. We want to know a juicy detail, we are
# fascinated by someone's unusual job, we want to prove we understand, or we want to fill
# an awkward silence. That's human! But questions asked for our own sake pull the
# conversation towards what *we* want, not what *they* need.
#
# A simple check: **whose need does this question meet?** If the honest answer is "mine",
# you can let the question go.

# %% [markdown]
# ### Exercise: whose curiosity is it?
#
# Dele played professional football, and the peer worker is a big fan of his old club.
# Choose the question that serves Dele rather than the worker. Like every exercise in this
# course, you can skip it.

# %% jupyter={"source_hidden": true}
show("curiosity-choose-whose-curiosity")

# %% [markdown]
# ## Curious, not invasive
#
# > "We are continually curious, but not invasive..."
# > — *Core Values of Peer Support*
#
# **Invasive** means pushing into a space that isn't ours. The core values ask us to
# encourage curiosity *while* respecting people's boundaries and protecting their privacy.
#
# Some things are private unless the person chooses to bring them up: a diagnosis,
# medication, details of trauma, sex life, money, immigration status, a criminal record,
# someone's birth name, or exactly how someone died. Many people have been asked about
# these things again and again by officials and services, often without any choice.
#
# The way through is simple: **follow their lead.** They offer; we receive. If a door is
# closed, we can let them know it can open whenever they want, without trying the handle.

# %% jupyter={"source_hidden": true}
demo("What's your diagnosis? Are you on medication?")

# %% [markdown]
# Two questions about private medical matters, asked before the person offered anything.
# Compare a question that leaves the person in charge of what they share:

# %% jupyter={"source_hidden": true}
demo("What would you like me to know about that time?")

# %% [markdown]
# ### Exercise: some of it I don't talk about
#
# Samir has just told you where his boundary is. Rewrite the draft so your curiosity
# respects it. The helper will point out what you did well, then one thing to try next.

# %% jupyter={"source_hidden": true}
show("curiosity-rewrite-long-road")

# %% [markdown]
# ### Exercise: curious, not invasive (optional)
#
# This exercise mentions the death of a husband, and shows a note before it starts. Skip it
# if today isn't the day.

# %% jupyter={"source_hidden": true}
show("curiosity-choose-what-was-he-like")

# %% [markdown]
# ## Powerful questions
#
# > "We ask powerful questions."
# > — *Core Values of Peer Support*
#
# A **powerful question** is not a clever or complicated one. It's usually simple, and it
# opens something up. Powerful questions tend to be:
#
# - **Open.** They invite a story, not a yes or no. They often start with *what* or *how*,
#   or "Tell me about...".
# - **Short.** The fewer words we use, the more room there is for theirs.
# - **One at a time.** Ask one question, then wait. Silence is fine: it's thinking time.
# - **Turned towards strengths and the future.** "What has helped before?" "What would a
#   good week look like?" These help people notice what they can already do, and what they
#   want.
#
# | Closed question | Open, powerful question |
# |---|---|
# | "Are you OK?" | "How are you doing, really?" |
# | "Did that help?" | "What helped, even a little?" |
# | "Do you have any plans?" | "What are you hoping for?" |
# | "Is it hard?" | "What's the hardest part?" |

# %% [markdown]
# ## Questions that get in the way
#
# Three kinds of questions often close doors, even when we mean well.
#
# **"Why" questions that sound judging.** "Why did you do that?" can sound like *you must
# justify yourself*, especially to people who have been blamed a lot. Try "What led to...?"
# or "How did you come to...?"

# %% jupyter={"source_hidden": true}
demo("Why did you quit your job?")

# %% jupyter={"source_hidden": true}
demo("How did you come to leave that job?")

# %% [markdown]
# The facts asked about are the same, but the second question is curious about the
# person's path rather than asking them to defend it.
#
# **Stacked questions** are several questions at once. The person doesn't know which to
# answer, may feel rushed, and often answers only the last, easiest one.

# %% jupyter={"source_hidden": true}
demo("Why did you stop going to the group? Was it the people? The time? Did something happen?")

# %% jupyter={"source_hidden": true}
demo("What has it been like, being away from the group?")

# %% [markdown]
# One open question gives them space to tell you what actually matters, which might be
# something none of the stacked questions guessed.
#
# **Leading questions** carry the answer we want: "Don't you think...?", "Wouldn't it be
# better...?", "Surely you...?" They sound curious, but they steer. A good test: *would I be
# happy with any answer?*

# %% [markdown]
# ### Exercise: a powerful question
#
# Dolores is raising her two grandchildren. Choose the most powerful question.

# %% jupyter={"source_hidden": true}
show("curiosity-choose-powerful-question")

# %% [markdown]
# ### Exercise: does the question open or close?
#
# Ash has just come out to their family as non-binary, and it didn't go as they hoped.
# Sort each question: does it open the door, or close and push?

# %% jupyter={"source_hidden": true}
show("curiosity-sort-opens-or-closes")

# %% [markdown]
# ### Exercise: a night at the bus station
#
# Joe left his shelter bed and slept at the bus station. Rewrite the "why" question as a
# curious, open one with no judgement in it.

# %% jupyter={"source_hidden": true}
show("curiosity-rewrite-bus-station")

# %% [markdown]
# ### Exercise: four at once
#
# Min-jun has moved to a new city and doesn't know anyone yet. The draft fires four
# questions at him. Rewrite it as one.

# %% jupyter={"source_hidden": true}
show("curiosity-rewrite-new-town")

# %% [markdown]
# ### Exercise: questions that push
#
# Priyanka is going back to work after burnout. Spot the questions in this reply that judge,
# pry, steer or advise.

# %% jupyter={"source_hidden": true}
show("curiosity-spot-questions-that-push")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing powerful questions (click to open)</summary>
#
# Discussion questions (choose one or two):
#
# - What is a question someone asked you that changed how you saw something? What made it
#   powerful?
# - When do you notice yourself stacking questions? What is happening for you in those
#   moments (nerves, wanting to help, filling a silence)?
# - Which private topics come up in your setting? How do you let people know they can raise
#   them, without asking?
#
# Group activity: **"One question only"** (12 minutes, groups of 3)
#
# 1. (1 min) Roles: a speaker, a listener and an observer with a timer.
# 2. (3 min) The speaker talks about a low-stakes topic of their choice (a hobby, a recent
#    trip, a small decision they're making). The listener may ask only **one question per
#    minute**: open, short, and about the speaker. Between questions, they just listen.
# 3. (2 min) The observer shares: which question opened the most? Were there moments the
#    listener wanted to stack, lead or give advice?
# 4. (5 min) Rotate roles twice more, with a quick debrief each time.
# 5. (1 min) Each person names one question they want to keep using.
#
# Remind everyone that "pass" is always an acceptable answer, and that choosing a light
# topic is part of respecting their own boundaries.
#
# </details>

# %% [markdown]
# ## Challenging assumptions and narratives
#
# > "...while challenging assumptions and narratives."
# > — *Core Values of Peer Support*
#
# An **assumption** is something we take to be true without checking. A **narrative** is a
# story, about ourselves or the world, that we tell so often it starts to feel like fact:
# "I'm useless at friendships", "People like me don't get better", "Nobody in my family
# talks about feelings".
#
# Curiosity can gently loosen these stories, and it starts with our own. Before we assume
# we know what someone means, what they need or why they did something, we can ask.
#
# When a person shares a painful story about themselves, we don't argue with it ("Don't be
# silly, you're great!"), and we don't agree with it either. We get curious about the
# exceptions: "When has it been even a little different?" "What has helped before?" The
# person finds the evidence in their own life, which is far more convincing than anything
# we could say.

# %% [markdown]
# ### Exercise: "I've never been any good at friends"
#
# Colin has a story about himself. Rewrite the draft as one open question that gets
# curious about it, gently.

# %% jupyter={"source_hidden": true}
show("curiosity-rewrite-not-a-people-person")

# %% [markdown]
# ## Generosity of assumption towards people who think differently
#
# > "We offer generosity of assumption to those who think differently than we do."
# > — *Core Values of Peer Support*
#
# When we don't know the whole story, our brains fill in the blanks, and often with the
# least kind explanation. The glossary of the core values puts it like this:
#
# > "Generosity of assumption means that we extend someone the most generous interpretation
# > of their intent, actions, or words."
# > — *Core Values of Peer Support*, glossary
#
# This matters most with people whose views, faith, politics or choices are different from
# ours. Curiosity and generosity work together: instead of deciding what someone is like, we
# wonder what matters to them.

# %% jupyter={"source_hidden": true}
demo("My colleague wants stricter group rules. She obviously doesn't care about the members.")

# %% jupyter={"source_hidden": true}
demo(
    "My colleague and I see group rules differently. Maybe she has seen something go wrong "
    "before. I wonder what matters most to her."
)

# %% [markdown]
# The first version decides what the colleague is like. The second admits we don't know the
# whole story, offers a kinder explanation, and ends in curiosity, which we could turn
# into a real conversation with her.

# %% [markdown]
# ### Exercise: someone who sees it differently
#
# Deborah says prayer keeps her well and she doesn't want medication. Rewrite the peer
# worker's thought with generosity of assumption.

# %% jupyter={"source_hidden": true}
show("curiosity-reframe-prayer-not-pills")

# %% [markdown]
# ## Listening matters more than answers
#
# > "We know that listening and asking questions are more important than providing answers."
# > — *Core Values of Peer Support*
#
# This line ties the whole value together. We don't need to have the answers. Our job is
# to listen closely, ask the next good question, and trust that the person can find their
# own way. A good question followed by real listening is one of the most generous things
# one person can offer another.

# %% [markdown]
# ## When curiosity pulls against privacy
#
# Curiosity supports connection, and it also has to respect what people keep to
# themselves. The next two exercises are dilemmas: situations with no single right
# answer.
#
# Each one works the same way: choose the way you lean, write a sentence or two about why,
# then read how three experienced peer workers weigh it. They are fictional but true to life,
# and they don't agree. Nothing is marked right or wrong, your reasoning stays private, and
# you can skip either one.

# %% [markdown]
# ### Dilemma: something said in passing
#
# Tobias mentions prison in passing, and carries on. Do you follow him or ask?

# %% jupyter={"source_hidden": true}
show("curiosity-dilemma-in-passing")

# %% [markdown]
# ### Dilemma: the empty boxes on the form
#
# Your manager asks you to find out what Saoirse left off her referral form.

# %% jupyter={"source_hidden": true}
show("curiosity-dilemma-empty-boxes")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: the curiosity dilemmas (click to open)</summary>
#
# Run one of them as "Lean and listen" (see the notes in notebook 01). Ask: *whose
# curiosity is it, and who is it for?* Saoirse's dilemma works well alongside your
# organisation's own referral form, with any real details removed.
#
# </details>

# %% [markdown]
# ### Extra practice (optional)
#
# If you have time and energy, here is one more. Esperanza's son wants to leave college;
# the draft is full of leading questions.

# %% jupyter={"source_hidden": true}
show("curiosity-rewrite-leading-college")

# %% [markdown]
# ### More lives, more moments (optional)
#
# Curiosity that follows the person. Sinead went sea swimming for the first time since her
# panic attacks started; Gloria's pottery came out lopsided; Neville, who served in the Army,
# is tired of one question; Clive's husband's family called him "his friend" at the funeral.
# The exercises about war and bereavement show a content note first, and you can skip any of
# them.

# %% jupyter={"source_hidden": true}
show("curiosity-rewrite-sea-swim")

# %% jupyter={"source_hidden": true}
show("curiosity-rewrite-lopsided-bowl")

# %% jupyter={"source_hidden": true}
show("curiosity-rewrite-the-question-everyone-asks")

# %% jupyter={"source_hidden": true}
show("curiosity-rewrite-his-friend")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing assumptions and generosity (click to open)</summary>
#
# Discussion questions:
#
# - What is a narrative you once told about yourself that turned out not to be the whole
#   truth? What helped it shift?
# - Think of a group of people who think very differently from you. What assumptions do you
#   notice yourself making? What are you genuinely curious about?
# - Where is the line between gently challenging someone's story and arguing with it?
#
# Pair activity: **"The generous guess"** (10 minutes)
#
# 1. (2 min) Each person writes down a fictional, everyday annoyance: "a neighbour never
#    says hello", "a colleague replies to emails in one word".
# 2. (4 min) Swap. Write three generous explanations for your partner's example, then one
#    curious question you could ask the person involved.
# 3. (4 min) Share. Which explanation surprised you? How did your feeling about the person
#    change as you wrote?
#
# </details>

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and
# it stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("curiosity-reflect-my-curiosity")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **One question, then wait.** In one conversation each day, ask a single open question
#    and then count to five in your head before saying anything else.
# 2. **Swap one "why".** When you notice a "Why did you...?" forming, change it to "What
#    led to...?" or "How did you come to...?"
# 3. **A generous guess.** When someone annoys or puzzles you, think of one generous
#    explanation for what they did, and one thing you're curious to know about them.

# %% [markdown]
# ## Summary
#
# - We are curious on purpose, so that our questions support connection, growth, learning
#   and engagement.
# - Our curiosity comes from wanting to connect, not from personal gain. We respect
#   boundaries, protect privacy, and follow the person's lead: curious, not invasive.
# - Powerful questions are open, short, asked one at a time, and turned towards strengths
#   and the future. Judging "why" questions, stacked questions and leading questions get in
#   the way.
# - We gently challenge assumptions and narratives, starting with our own, and offer
#   generosity of assumption to people who think differently.
# - Listening and asking questions matter more than providing answers.
#
# Here is your progress so far. When you're ready, the last notebook is
# **09 · Putting it together**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 09 · Crisis and safety](09_crisis_and_safety.ipynb)

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
from widgets.exercises import my_data, progress_view, self_check, start

start("00_welcome")

# %% [markdown]
# # 00 · Welcome to the course
#
# Welcome! This is a hands-on course about the core values of peer support. We're glad you're
# here, whether you are new to peer support or have been doing this work for years.
#
# **Time:** about 15 minutes.
#
# In this first notebook you'll find out how the course works, how your information is kept
# private, how the feedback works, and you'll do a short "before" self-check.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: using this notebook in a workshop (click to open)</summary>
#
# Suggested plan for a 30-minute opening session:
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome and introductions: names, pronouns if people want to share them, and one thing that brought them here. |
# | 5-12 min | Group agreements (see below), and how to look after yourself during the course. |
# | 12-20 min | Walk through the course map, privacy and how the feedback works, on a shared screen. |
# | 20-27 min | Everyone runs the "before" self-check on their own computer. Answers stay private. |
# | 27-30 min | Questions, and what to expect next session. |
#
# **Materials:** a shared screen or projector; each learner on their own computer (or pairs
# sharing one, each with their own user account so their progress stays separate); flip chart
# for group agreements; a printed list of local support services, including crisis lines.
#
# **Group agreements** to suggest and build on together: what's shared here stays here; speak
# from your own experience; anyone can pass or step out at any time; practise on low-stakes
# stories, not your hardest ones; be kind to yourself and others while learning.
#
# Cells tagged `facilitator` (like this one) hold notes for whoever is leading a group.
# Learners working on their own can read them too; they are a peek behind the curtain.
#
# </details>

# %% [markdown]
# ## What this course is about
#
# Peer support is support offered by people who have lived experience of their own, such as
# mental health challenges, recovery, or other hard times. It rests on a set of shared
# values. This course explores eight of them, based on a document called *Core Values of Peer
# Support*. We explain each value in our own words, with short quotes from the original.
#
# The course is for peer support workers, trainers, facilitators and anyone curious about
# peer support. You don't need to know anything about computers or coding.
#
# The people in the exercises live in Britain: money is in pounds (£), a GP is a family
# doctor, and the council runs local services such as housing. *Core Values of Peer Support*
# is American, so a few words differ. If a term is new to you, the short
# [glossary](../docs/glossary.md) explains it.

# %% [markdown]
# ## How to use the course
#
# The course is made of **notebooks** like this one. A notebook is a page made of **cells**:
# some cells hold text to read, and some show an exercise. The code behind the exercises is
# folded away: you never need to see it or change it.
#
# - To start a notebook, open the **Run** menu at the top and choose **Run All Cells**. Every
#   exercise comes alive, and the page takes you back to the top (or to the first exercise you
#   have not done yet). Then read from top to bottom.
# - If something looks strange, choose **Run All Cells** again: your answers are kept.
# - Each notebook takes about 20 to 40 minutes.
#
# You can use the course in two ways:
#
# - **Self-paced:** work through it on your own, in your own time. Stop whenever you like:
#   your progress is saved, and you can pick up where you left off.
# - **In a workshop:** a facilitator guides a group through the notebooks, with discussions
#   and pair activities. The notes for facilitators are in cells marked
#   **Facilitator notes**.

# %% [markdown]
# ## The course map
#
# | Notebook | What it's about |
# |---|---|
# | **01_hope_and_wholeness** | Hope as the spark for change, how it differs from optimism, and seeing people as whole. |
# | **02_mutuality** | Building relationships as equals, where both people shape the connection and nobody gives advice from above. |
# | **03_acknowledgement** | Helping people feel seen and deeply heard, without trying to fix or save them. |
# | **04_strength_based** | Building on the strengths people already have, and moving toward what they want. |
# | **05_self_determination** | Trusting people's own inner wisdom and choices, and not fixing or saving. |
# | **06_respect_dignity_equity** | Honouring everyone's worth: cultural humility, trauma-informed practice and generous assumptions. |
# | **07_belonging_and_community** | Everyone's need to belong, and working to remove the barriers that keep people out. |
# | **08_curiosity** | Asking powerful, open questions that are curious but never invasive. |
# | **09_crisis_and_safety** | Staying with someone in distress, asking directly and caringly about suicide, safety planning *with* the person, and looking after yourself afterwards. |
# | **10_ethics_and_boundaries** | Confidentiality and its limits, strengths-based case notes, boundaries made together, gifts, social media and knowing people in more than one way. |
# | **11_conversations** | Whole conversations: pacing and silence, a rupture and its repair, a crisis night, an ending, a group in conflict, a text line; and practice with a partner. |
# | **12_putting_it_together** | Bringing all the values together in longer scenarios, and an "after" self-check. |
#
# You can do the notebooks in order, or start with the value that interests you most.

# %% [markdown]
# ## A content note, and looking after yourself
#
# Peer support deals with real life, so some exercises touch on hard experiences such as
# grief, drug and alcohol use, discrimination, violence or thoughts of suicide. We never
# describe these in graphic detail. Exercises that touch on them show a short content note
# first.
#
# Learning about this work can still bring up feelings, especially if you have lived through
# something similar. That's normal, and it's OK. Some ways to look after yourself:
#
# - **Take breaks.** Stand up, stretch, get a drink of water, step outside. The course will
#   wait for you.
# - **Skip anything.** Every exercise has a way to skip it. Skipping is not failing; it is
#   choosing what's right for you today.
# - **Go at your own pace.** There are no deadlines and no scores to beat.
# - **Reach out.** This course is not a support service. If you need support, talk to someone
#   you trust: a friend, a peer, a supervisor or a health professional.
# - **In a crisis,** contact your local crisis line or emergency services. Most places have a
#   free crisis line you can call or text at any time. If you're in a workshop, your
#   facilitator can tell you the local numbers.

# %% [markdown]
# ## Your privacy
#
# **What is saved:** your attempts at exercises (including any you skip), your private journal
# entries, your self-check ratings, and any feedback you flag as seeming wrong. This is so you
# can see your progress and come back later.
#
# **Where it is saved:** in one file in your own user data folder on this computer. It is not
# sent anywhere. The box below shows exactly what is kept, and where.
#
# **It is yours, with buttons, not code:** in the box you can see everything that is kept, save
# a copy of it, or erase it, at any time.
#
# - An **anonymous copy** leaves out the words you wrote and your journal, keeps only the day
#   (not the time), and uses a random number instead of your name. It is the one to give a
#   facilitator, if you choose to.
# - A **full copy** holds everything, your own words too. It is for you.
# - **Erasing** asks you once more, listing exactly what will be deleted, before it deletes
#   anything. It can't be undone.
#
# Nothing leaves this computer unless you save a copy and hand it over yourself.

# %% jupyter={"source_hidden": true}
my_data()

# %% [markdown]
# **You don't need to save the notebook.** Your answers are saved in your progress store the
# moment you press a button such as *Check* or *Save*. So if JupyterLab asks "Save your work?"
# when you close a notebook, either answer is fine: *Discard* loses nothing of yours, because
# the notebook file holds only the course's pages.

# %% [markdown]
# ## How the feedback works
#
# In many exercises you'll write a response, and a feedback helper will comment on it. It's
# worth knowing what it is, and what it isn't.
#
# - **It's a rule-based helper, not a judge.** It looks for certain words and phrases, such as
#   "it sounds like" (a reflection), "you should" (advice) or "at least" (minimising), and
#   points at them in your own text. It doesn't understand you the way a person does.
# - **Strengths first.** It always starts with what you did well, then offers one or two next
#   steps.
# - **"Not yet", never "wrong".** Learning a new way of talking takes practice. A suggestion
#   means *not yet*, not *bad*.
# - **It can miss things.** It may not notice something good you wrote, or it may flag words
#   that were fine in context. You know the situation better than it does. Trust yourself,
#   and use the example answers as one good way to respond, not the only way.
# - **Private journal prompts are never scored.**

# %% [markdown]
# ## Your course map
#
# This shows your progress through the course, value by value. Right now it will be mostly
# empty, and that's how it should be. Come back to it any time.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## Before you start: a self-check
#
# How confident do you feel about each value right now? Give each one a number from 1 (not
# yet confident) to 5 (very confident). There are no right answers, and nobody else sees this.
# At the end of the course you'll do the same check again and see how things have changed.

# %% jupyter={"source_hidden": true}
self_check("before")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: after the self-check (click to open)</summary>
#
# Discussion questions (keep it general; nobody needs to share their ratings):
#
# - Which value feels most familiar to you already? Which feels newest?
# - What do you hope to take from this course into your work or life?
#
# Pair activity: **"What brought me here"** (10 minutes)
#
# 1. (1 min) Form pairs. Each person thinks of one reason they joined the course.
# 2. (3 min) Person A shares for up to two minutes; Person B just listens, with no advice.
# 3. (3 min) Swap.
# 4. (3 min) Whole group: what was it like to be listened to without advice? This is a taste
#    of the values ahead.
#
# </details>

# %% [markdown]
# ## Next step
#
# When you're ready, open **01_hope_and_wholeness**. Take your time, and be kind to yourself
# along the way.

# %% [markdown]
# ## [Next: 01 · Hope and wholeness for all](01_hope_and_wholeness.ipynb)

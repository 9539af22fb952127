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

# %% [markdown] tags=["template-help"]
# **The template for a new course notebook.** `python -m widgets new-notebook "Title"` writes
# `course/NN_slug.py` from this file, cell by cell, in this order. Change the words freely. This
# first cell (tagged `template-help`) is left out, and the lines between `# ---` at the top are
# copied as they are.
#
# **Fields.** A name in curly brackets is filled in: `{number:02d}` (the notebook's number, two
# digits) and `{title}` always; `{value_title}` and `{value_notebook}` (for example
# `02_mutuality`) when the author gives `--value`; `{exercise_title}` and `{exercise_id}` when
# the scenario bank has an exercise for that value; `{reflection_id}` when it has a private
# reflection; `{draft}` (the exercise's first response) and `{answer}` (its first model answer).
# Only plain names work. To write a curly bracket itself, write it twice: `{{` or `}}`.
#
# **Cells for one case.** A cell tagged `if-value` is kept only when the author gives `--value`,
# and a cell tagged `if-no-value` only when they don't. The same goes for `if-exercise`,
# `if-reflection`, `if-draft` and `if-answer`, and their `if-no-` forms. These tags are not
# copied into the notebook; any other tag (such as `facilitator`) is.
#
# **Code cells.** The first cell must stay first: it starts the notebook for the learner
# (`start(...)`). A code cell that only calls the course (`show(...)`, `demo(...)`,
# `progress_view()`) is written with its code hidden, so a learner sees the exercise, not the
# code. A code cell that is one call with one quoted field, such as `demo("{draft}")`,
# gets the text as a Python string: quotes escaped, and long text split over lines the way
# `ruff format` keeps it. Text lines longer than the course's 100 characters are wrapped.

# %%
from widgets.exercises import demo, progress_view, show, start

start("{notebook}")

# %% [markdown]
# # {number:02d} · {title}
#
# Welcome! *Write here: two or three warm sentences on what this notebook is about and why it
# matters in peer support.*
#
# **Time:** about 30 minutes. *(Write here: your own estimate once you have tried it.)* You can
# stop at any point and come back later: your work is saved.
#
# **Content note:** *write here which hard topics the notebook or its exercises touch on, in
# general terms, or say that it stays with everyday situations.* Every exercise can be skipped,
# and you can take a break whenever you need one.

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - *write here: one thing learners can explain in their own words;*
# - *write here: one thing learners can recognise in a response;*
# - *write here: one thing learners can practise saying differently.*

# %% [markdown] tags=["if-value"]
# ## {value_title}, in our own words
#
# *Write here: what **{value_title}** means in everyday words, with a short example from peer
# support. Say it in the course's own words; a short quotation is fine when it is marked and
# attributed, for example:*
#
# > "A short quotation."
# > — *Core Values of Peer Support*
#
# The notebook `{value_notebook}` teaches this value in depth; link back to it where it helps.

# %% [markdown] tags=["if-no-value"]
# ## The value in our own words
#
# *Write here: the value or skill this notebook is about, in everyday words, with a short example
# from peer support. Say it in the course's own words; a short quotation is fine when it is marked
# and attributed, for example:*
#
# > "A short quotation."
# > — *Core Values of Peer Support*

# %% [markdown]
# ### Worked example
#
# *Write here: who is speaking, where, and what they said. Then run the cell to see what the
# feedback helper notices in a natural first response.*

# %% tags=["if-draft"]
demo("{draft}")

# %% tags=["if-no-draft"]
demo("Have you tried yoga? It really helped me.")

# %% [markdown]
# *Write here: what is kind about that response, and what gets in the way. Then compare a
# response that lives the value:*

# %% tags=["if-answer"]
demo("{answer}")

# %% tags=["if-no-answer"]
demo("What tends to be on your mind when you can't switch off?")

# %% [markdown] tags=["if-exercise"]
# ### Exercise: {exercise_title}
#
# *Write here: one or two sentences that set the scene. Like every exercise in this course, it
# can be skipped.*
#
# The cell below shows `{exercise_id}`, a scenario from the bank for this value.
# To show one of your own instead, add it to `data/scenarios/` (see `data/scenarios/SCHEMA.md`),
# check it with `python -m widgets validate`, and put its id in the cell.

# %% tags=["if-exercise"]
show("{exercise_id}")

# %% [markdown] tags=["if-no-exercise"]
# ### Exercises
#
# *Write here: the exercises for this notebook.* Each one is a scenario in the bank: add it to a
# file in `data/scenarios/` following `data/scenarios/SCHEMA.md`, check it with
# `python -m widgets validate`, then show it in a code cell of its own with
# `show("your-scenario-id")` as the last line. Every exercise can be skipped.

# %% [markdown] tags=["if-reflection"]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and it
# stays on this computer. Write as much or as little as you like, or skip it.

# %% tags=["if-reflection"]
show("{reflection_id}")

# %% [markdown] tags=["if-no-reflection"]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and it
# stays on this computer. Write as much or as little as you like, or skip it.
#
# *Write here: a `reflect` scenario in the bank (a private journal prompt), shown in a code cell
# with `show("your-reflect-id")`.*

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. *Write here: a small thing to notice in everyday conversations.*
# 2. *Write here: a small thing to try saying differently.*
# 3. *Write here: a small kindness towards yourself.*

# %% [markdown]
# ## Summary
#
# - *Write here: the main idea, in one sentence.*
# - *Write here: what to do instead of the common slip.*
# - *Write here: one thing to remember when it is hard.*

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a group session (write here: adjust the minutes once you have run it):
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. |
# | 5-15 min | The value in our own words: read aloud, then a quick round (passing is fine). |
# | 15-35 min | Worked example on a shared screen, then the exercises in pairs. |
# | 35-45 min | Pair or group activity: *write here its name, steps and minutes.* |
# | 45-52 min | Private reflection, in silence. Nobody is asked to share it. |
# | 52-60 min | "Try it this week" and a closing round. |
#
# **Materials:** a shared screen or projector; each learner on their own computer (or pairs
# sharing one); sticky notes and pens; a list of local support services to hand out; a quiet
# space people can step into.
#
# *Write here: what this topic may stir up for people in the room, and how to name it gently at
# the start. Keep practice on low-stakes, invented stories.*
#
# </details>

# %% [markdown]
# Here is your progress so far.

# %%
progress_view()

# %% [markdown]
# ## [Back to the start: {first_title}]({first_file})

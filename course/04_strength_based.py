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

start("04_strength_based")

# %% [markdown]
# # 04 · Strength-based
#
# Welcome! This notebook is about noticing what is already strong in people, and moving
# *towards* the lives they want, not only away from what hurts.
#
# **Time:** about 35 minutes. You can stop at any point and come back later: your work is saved.
#
# **Content note:** this notebook talks about hard times in general terms. One optional
# exercise mentions racist comments at work; it shows its own note first. Every exercise can
# be skipped, and you can take a break whenever you need one.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a 70-minute group session:
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. |
# | 5-15 min | "Towards, not only away": read aloud, then the away-or-towards sort in pairs. |
# | 15-30 min | Building on strengths: the four places strengths hide (skills, values, relationships, survival), then the "Strength spotting" pair activity. |
# | 30-40 min | Deficit and strength language: the sort exercise, then the Ana reframe together on a shared screen. |
# | 40-55 min | Practice in pairs: the Ivor rewrite, the winter choice, the spot exercise. |
# | 55-62 min | Private reflection, in silence. Nobody is asked to share it. |
# | 62-70 min | "Try it this week" and a closing round: one strength you noticed in someone today. |
#
# **Materials:** a shared screen or projector; the deficit and strength phrases printed on
# cards (optional, for groups who like to move things around on a table); sticky notes in two
# colours; a list of local support services to hand out; a quiet space people can step into.
#
# Talking about strengths can feel uncomfortable for people who have mostly been described
# by their problems, including some of your learners. Go gently, model it yourself, and never
# ask anyone to list their own strengths out loud if they'd rather not.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - explain why moving *towards* something is more motivating than only moving away from a
#   problem;
# - notice strengths people already have: skills, values, relationships and survival;
# - turn deficit language into strength language, without ignoring pain;
# - ask questions that help people build on what has helped them before.

# %% [markdown]
# ## Towards, not only away
#
# Think about two goals:
#
# - "I want to stop being so lonely."
# - "I'd like a couple of friends I can call for a walk."
#
# Both come from the same real pain. But the second one gives you something to *walk
# towards*. You can picture it. You can take a first small step. The first one only tells
# you what to get away from.
#
# The core values put it simply:
#
# > "It is more motivating to move towards something rather than away from a problem."
# > — *Core Values of Peer Support*
#
# *Motivating* means it gives us energy and a reason to keep going. When all our attention
# is on a problem, the problem can start to fill the whole picture. When we have something
# we are moving towards, we have a direction.
#
# This doesn't mean "away" goals are wrong. They often name something that really hurts, and
# they deserve to be heard. A strength-based peer worker hears the "away" goal first, then
# gently invites the "towards" side, for example: *"What would you like instead?"* or
# *"What would a good day look like for you?"*

# %% [markdown]
# ### Exercise: away from, or towards?
#
# Sort each goal. There is no shame in "away" goals; the point is to notice the difference.
# Like every exercise in this course, you can skip it.

# %% jupyter={"source_hidden": true}
show("strength-based-sort-away-or-towards")

# %% [markdown]
# ## Building on strengths that are already there
#
# > "We intentionally build on already existing strengths."
# > — *Core Values of Peer Support*
#
# Two words in that sentence matter a lot.
#
# - **Intentionally** means on purpose. Noticing strengths doesn't always happen by itself,
#   especially when someone is in a hard place and everyone around them is talking about
#   problems. We choose to look for strengths.
# - **Already existing** means we don't hand people new strengths. They arrive with them. Our
#   job is to notice them, name them, and help people build on them.
#
# Strengths often hide in four places:
#
# | Where to look | What it might sound like |
# |---|---|
# | **Skills** | Cooking on a tiny budget, speaking two languages, calming a crying baby, fixing an engine. |
# | **Values** | Loyalty, faith, fairness, caring for family, humour, honesty. |
# | **Relationships** | A sister who always answers, a neighbour, a faith community, a dog, an online friend. |
# | **Survival** | Getting through the night, getting through a winter, getting through years most people never see. |
#
# Survival is a strength. Someone who has lived through a lot knows things about getting
# through that nobody can teach from a book.
#
# One of the simplest strength-based questions is: **"What has helped before?"** It tells the
# person that they have done hard things before, and that the answers may already be inside
# their own life.

# %% [markdown]
# ### Worked example: noticing strengths
#
# A peer says: *"I've been job hunting for months. I'm so tired of it."*
#
# Here is a response that means well but slips. Run the cell to see what the feedback helper
# notices.

# %% jupyter={"source_hidden": true}
demo("You can't cope with work right now. You should take a break from job hunting.")

# %% [markdown]
# "You can't cope" describes the person by what is missing. Then "you should" brings our
# own plan. The person's months of effort, the thing that shows their strength, goes
# unnoticed.
#
# Now a response that lives the value:

# %% jupyter={"source_hidden": true}
demo(
    "It sounds like job hunting has really worn you down. You've kept going for months. "
    "What has helped you keep going?"
)

# %% [markdown]
# This response hears the tiredness first. Then it names a real strength (months of keeping
# going) and asks what has helped. The person gets to notice their own resources, in their
# own words.

# %% [markdown]
# ### A moment that comes back
#
# You may have met this phone call before: one detail is different this time. Reply as you
# would on the day; your replies stay private and meet again at the end of the course.

# %% jupyter={"source_hidden": true}
mirror("missed-sessions-name")

# %% [markdown]
# ### Exercise: forty harvests
#
# Ivor farmed for fifty years before his stroke. Rewrite the draft as an open question
# that invites him to notice a strength he still carries. The helper will point out what you
# did well, then one thing you could try next. You can skip it if you'd rather.

# %% jupyter={"source_hidden": true}
show("strength-based-rewrite-farmer")

# %% [markdown]
# ### Exercise: getting through winter
#
# Morag says she gets through winters "somehow". Choose the response that best builds on
# what she already has.

# %% jupyter={"source_hidden": true}
show("strength-based-choose-winters")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing strengths (click to open)</summary>
#
# Discussion questions (choose one or two):
#
# - Think of a goal you've had that was all "away from". What changed when (or if) it became
#   a "towards" goal?
# - Which of the four places (skills, values, relationships, survival) do you find easiest to
#   notice in others? Which is hardest? Why might that be?
# - When has someone noticed a strength in you that you hadn't seen yourself?
#
# Pair activity: **"Strength spotting"** (15 minutes)
#
# 1. (1 min) Each person picks a *low-stakes* story: something a bit hard that they got
#    through recently, like a difficult week at work, a broken boiler, a busy school holiday.
# 2. (3 min) One person tells their story. The listener says nothing, and writes one strength
#    they hear on a sticky note for each of the four places: skills, values, relationships,
#    survival.
# 3. (2 min) The listener reads the notes out. The storyteller can keep them.
# 4. (5 min) Swap roles.
# 5. (4 min) Whole group: how did it feel to hear your strengths named? Was anything a
#    surprise?
#
# </details>

# %% [markdown]
# ## Towards flourishing, without ignoring pain
#
# > "We thoughtfully and purposefully move in the direction of flourishing, rather than only
# > responding to pain and oppression."
# > — *Core Values of Peer Support*
#
# A few words explained: to **flourish** means to grow well and live a full, meaningful
# life, the way a plant flourishes in good soil. **Oppression** means people being treated
# unfairly, again and again, by others or by systems that have more power over them:
# racism, poverty, homophobia and ableism are some examples.
#
# Look carefully at the word **only**. Peer support does respond to pain and oppression. We
# don't pretend they aren't there. But if all we ever do is respond to the next crisis, we
# can lose sight of where the person wants to go. Strength-based work keeps one eye on the
# direction of flourishing, on purpose.
#
# This is where strength-based practice can slip. Jumping to "look at all your strengths!"
# before someone feels heard can feel like being told their pain doesn't count. Strengths sit
# **next to** the pain, not on top of it.

# %% [markdown]
# ### Worked example: strengths too soon
#
# A peer says: *"Another week of being turned away by landlords. I'm so angry I could
# scream."*

# %% jupyter={"source_hidden": true}
demo("Look on the bright side! Focus on your strengths and you'll be fine.")

# %% [markdown]
# It mentions strengths, but it rushes past the anger and the unfairness. The feedback helper
# notices the minimising, and the advice.

# %% jupyter={"source_hidden": true}
demo("That sounds really hard, and so unfair. What would you like more of in your life?")

# %% [markdown]
# This response stays with the anger first, then turns gently towards what the person wants.
# The pain is heard and the direction of flourishing is still there.

# %% [markdown]
# ## Deficit language and strength language
#
# The words we use about people shape how they are seen, and how they see themselves.
#
# **Deficit language** describes a person by what is missing or wrong: "non-compliant",
# "unmotivated", "can't cope", "a lost cause". (A *deficit* is a gap or a shortage.) It
# often turns up in notes, team meetings and quick chats between workers.
#
# **Strength language** describes the same person by what they do, know, value or have
# survived. It doesn't hide the hard parts. It puts them inside a fuller picture.
#
# | Deficit language | Strength language |
# |---|---|
# | "She's non-compliant." | "She has her own reasons for choosing a different path." |
# | "He's unmotivated." | "He hasn't yet found something that feels worth the effort, and he comes every week to the art group." |
# | "They can't cope." | "They're finding ways to get through a really hard time." |
# | "She's a frequent flyer." | "She knows where to come when she needs support." |
#
# A good test: *would the person be glad to read this about themselves?*

# %% [markdown]
# ### Exercise: deficit or strength?
#
# Sort each phrase. There are hints if you want them.

# %% jupyter={"source_hidden": true}
show("strength-based-sort-deficit-or-strength")

# %% [markdown]
# ### Exercise: a note about Ana
#
# Now reframe a handover note from deficit language into strength language. Stay honest
# about what isn't working. You can skip it if you like.

# %% jupyter={"source_hidden": true}
show("strength-based-reframe-ana")

# %% [markdown]
# ### Exercise: spot the deficit language
#
# Callan lost his job after his workplace changed everything at once. Find the phrases in the
# reply that use deficit language or give advice.

# %% jupyter={"source_hidden": true}
show("strength-based-spot-job-loss")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing deficit and strength language (click to open)</summary>
#
# Discussion questions:
#
# - Where do you hear deficit language most in your work: notes, meetings, forms, or in the
#   way people talk about themselves?
# - Can strength language ever go too far, and sound fake or skip past pain? What keeps it
#   honest?
# - What is one word or phrase your team uses that you'd like to retire?
#
# Group activity: **"Same person, new words"** (15 minutes, groups of 3-4)
#
# 1. (2 min) Give each group two invented deficit phrases on cards (from the table above, or
#    make up your own fictional ones). Never use real notes about real people.
# 2. (6 min) Each group rewrites them in strength language, keeping them honest.
# 3. (5 min) Groups read their versions aloud. Others listen for: *would the person be glad
#    to read this about themselves?* and *is anything hard being hidden?*
# 4. (2 min) Close by asking everyone to write one phrase they will try to use this week.
#
# </details>

# %% [markdown]
# ## When strengths pull against other things
#
# Being strength-based can pull against honesty about what is hard, or against what a
# system needs to hear. The next two exercises are dilemmas: situations with no single
# right answer.
#
# Each one works the same way: choose the way you lean, write a sentence or two about why,
# then read how three experienced peer workers weigh it. They are fictional but true to life,
# and they don't agree. Nothing is marked right or wrong, your reasoning stays private, and
# you can skip either one.

# %% [markdown]
# ### Dilemma: a form about your hardest days
#
# A benefit form asks Leroy what he finds hard, and you have spent weeks
# talking about what he can do.

# %% jupyter={"source_hidden": true}
show("strength-based-dilemma-hardest-days-form")

# %% [markdown]
# ### Dilemma: "I've never asked anyone for help"
#
# Efua is proud that she has never asked for help. She also looks exhausted.

# %% jupyter={"source_hidden": true}
show("strength-based-dilemma-never-asked-for-help")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: the strength-based dilemmas (click to open)</summary>
#
# Run one of them as "Lean and listen" (see the notes in notebook 01). Leroy's works
# well in a room that knows benefit forms; have the details of a local welfare rights
# service to hand, and keep the talk on the dilemma, not on anyone's own claim.
#
# </details>

# %% [markdown]
# ### Extra practice (optional)
#
# If you have time and energy, here are four more. They are all optional; skip any of them.
# The last one mentions racist comments at work and shows a content note before it starts.

# %% jupyter={"source_hidden": true}
show("strength-based-rewrite-good-day")

# %% jupyter={"source_hidden": true}
show("strength-based-rewrite-three-languages")

# %% jupyter={"source_hidden": true}
show("strength-based-reframe-since-the-divorce")

# %% jupyter={"source_hidden": true}
show("strength-based-rewrite-not-ignoring-pain")

# %% [markdown]
# ### More lives, more moments (optional)
#
# Strengths show up on ordinary days too. River is tired of every school meeting being about
# what's wrong; Abena has just been promoted; Ffion is coming to the end of lambing on her
# family's farm; a handover note describes Kieran by what he can't do; Lorraine has passed
# her first aid course. Lorraine's exercise mentions a methadone prescription and shows a
# content note first. You can skip any of them.

# %% jupyter={"source_hidden": true}
show("strength-based-rewrite-whats-wrong")

# %% jupyter={"source_hidden": true}
show("strength-based-rewrite-team-leader")

# %% jupyter={"source_hidden": true}
show("strength-based-rewrite-lambing")

# %% jupyter={"source_hidden": true}
show("strength-based-reframe-kieran")

# %% jupyter={"source_hidden": true}
show("strength-based-rewrite-first-aid")

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and
# it stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("strength-based-reflect-got-me-through")

# %% [markdown]
# If you'd like one more, this prompt is about what you are moving towards. It is private
# too.

# %% jupyter={"source_hidden": true}
show("strength-based-reflect-moving-towards")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Ask "What has helped before?"** Once this week, when someone tells you about a hard
#    time, ask what has helped them before, and listen for skills, values, relationships and
#    survival.
# 2. **Catch one deficit word.** Notice one deficit phrase in a note, a meeting or your own
#    head. Rewrite it in strength language, just for yourself.
# 3. **Find the "towards".** When you hear an "away" goal, yours or someone else's, gently
#    ask: "What would you like instead?"

# %% [markdown]
# ## Summary
#
# - Moving towards something gives more energy than only moving away from a problem, and
#   "away" goals still deserve to be heard.
# - We build, on purpose, on strengths people already have: their skills, values,
#   relationships and survival.
# - "What has helped before?" is one of the most useful questions in peer support.
# - We move in the direction of flourishing, while still hearing pain and oppression.
#   Strengths sit next to the pain, not on top of it.
# - Strength language describes people by what they do, know and value; deficit language
#   describes them by what is missing.
#
# Here is your progress so far. When you're ready, the next notebook is
# **05 · Self-determination**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 05 · Self-determination](05_self_determination.ipynb)

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

start("03_acknowledgement")

# %% [markdown]
# # 03 · Acknowledgement
#
# Welcome! This notebook is about one of the simplest and hardest things in peer support:
# really hearing someone, without rushing to fix or save them.
#
# **Time:** about 35 minutes. You can stop at any point and come back later: your work is saved.
#
# **Content note:** the exercises include everyday losses such as losing a home, a job
# opportunity or a friendship. One optional exercise mentions the death of a much-loved pet;
# it shows its own note first. Every exercise can be skipped, and breaks are always fine.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a 70-minute group session:
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. |
# | 5-15 min | "To know and be known": read the quote together; quick round: *one thing that helps you feel heard* (passing is fine). |
# | 15-30 min | Reflection of feelings: worked examples, then the listening pairs activity below. |
# | 30-40 min | Validation is not agreement: the choose exercise, then a group discussion. |
# | 40-55 min | Minimising and rushing to solutions: sort, spot and rewrite exercises in pairs. |
# | 55-62 min | Private reflection, in silence. Nobody is asked to share it. |
# | 62-70 min | "Try it this week" and a closing round: one word for how you're leaving. |
#
# **Materials:** a shared screen or projector; a printed list of feeling words (one per
# pair); a timer for the listening activity; sticky notes and pens; a list of local support
# services to hand out; a quiet space people can step into.
#
# Being truly heard can stir up memories of times people were *not* heard. Remind the group
# that practice conversations should stay on low-stakes topics.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - explain why being seen and heard matters so much, and why fixing or saving can get in
#   the way;
# - reflect someone's feelings back to them in your own words;
# - tell the difference between validating a feeling and agreeing with a point of view;
# - notice minimising ("at least...") and rushing to solutions, and respond with
#   acknowledgement instead.

# %% [markdown]
# ## To know and be known
#
# > "All human beings long to know and be known–to be seen for who we are, and deeply heard, without someone trying to fix or save us."
# > — *Core Values of Peer Support*
#
# This sentence holds three ideas:
#
# 1. **Being seen for who we are.** Not as a diagnosis, a case number or a problem, but as a
#    person with a history, feelings, values and hopes.
# 2. **Being deeply heard.** Someone listening closely, to the words *and* the feelings
#    underneath them.
# 3. **Without someone trying to fix or save us.** Being heard is not the same as being
#    helped. Often, it is what people need most, and first.
#
# **Acknowledgement** means letting someone know: *I see you, I hear you, and what you're
# going through matters.* It sounds simple. In practice, many of us have a strong urge to jump
# in and make things better.

# %% [markdown]
# ## Why we rush to fix
#
# Wanting to fix things usually comes from care. We hate seeing someone hurt, so we reach for
# a solution, a silver lining or a plan. Sometimes we are also easing our *own* discomfort.
#
# But fixing can send a quiet message: *you can't manage this, so I'll do it for you.* It can
# also skip right past the feelings the person came to share. The core values are clear:
#
# > "Peer support workers don’t fix or save."
# > — *Core Values of Peer Support*
#
# That doesn't mean we never help with practical things. It means we listen first, and any
# plan comes from the person, when they are ready, in their own way.

# %% [markdown]
# ### Worked example: fixing versus hearing
#
# Mrs Okafor, 68, says: *"My landlord is selling up. I have to be out in six weeks. I've lived
# there eleven years."* Here is a kind response that rushes to fix:

# %% jupyter={"source_hidden": true}
demo("Don't worry, leave it to me. I'll call the housing office and sort it all out for you.")

# %% [markdown]
# It is generous, but it takes over, and it doesn't show that we heard what those eleven years
# mean to her. Now a response that acknowledges first:

# %% jupyter={"source_hidden": true}
demo("Eleven years, that's your home. It sounds like this has come as a real shock.")

# %% [markdown]
# ## Reflection of feelings
#
# A **reflection** is when you say back, in your own words, what you hear someone saying and
# feeling. Like a mirror, it lets them see that you got it, and it gives them a chance to
# correct you if you didn't.
#
# A reflection of feelings often has two parts: the **feeling** and **what it's about**.
#
# - "It sounds like you're **exhausted**, **with so little sleep for so long**."
# - "I'm hearing that you feel **left out** **after not being invited**."
# - "You're **proud** of **how far you've come**, and **nervous** about what's next."
#
# Some tips:
#
# - **Be tentative.** "It sounds like..." or "I wonder if..." leaves room for them to say
#   "not quite, it's more like...". That is a good thing: they are the expert on themselves.
# - **Use a range of feeling words.** Not just "sad" and "stressed". Think of words like
#   disappointed, overlooked, relieved, torn, ashamed, proud, scared, worn out.
# - **More than one feeling can be true.** "You love your baby *and* you're exhausted."
# - **Keep it short.** A reflection is a sentence or two, not a speech.

# %% jupyter={"source_hidden": true}
demo(
    "It sounds like you're completely worn out, and that loving her and struggling "
    "are both true right now."
)

# %% [markdown]
# ### A moment that comes back
#
# You may have met this phone call before: one detail is different this time. Reply as you
# would on the day; your replies stay private and meet again at the end of the course.

# %% jupyter={"source_hidden": true}
mirror("missed-sessions-hostel")

# %% [markdown]
# ### Exercise: crying in the car
#
# Sam, a new dad, is exhausted. Turn the draft into a reflection of feelings. The helper will
# point out what you did well first, then one thing to try next. You can skip this at any time.

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-car-at-night")

# %% [markdown]
# ### Exercise: eleven years in one flat
#
# Now try the full version of Mrs Okafor's story: write a response that hears her first, with
# no plan.

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-eleven-years")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: practising reflections (click to open)</summary>
#
# Discussion questions:
#
# - When you feel the urge to fix, what is going on for *you*?
# - Think of a time someone reflected your feelings and got it slightly wrong. What happened
#   next? Did it still help?
# - Which feeling words do you use most? Which ones would you like to use more?
#
# Pair activity: **"Just the feeling"** (15 minutes)
#
# 1. (1 min) Form pairs. Hand out the list of feeling words.
# 2. (3 min) Person A talks about something *low-stakes* that annoyed or pleased them this
#    week. Person B may only respond with reflections: no questions, no advice, no stories of
#    their own.
# 3. (2 min) A tells B which reflections landed and which missed. B says how hard it was not to
#    fix.
# 4. (5 min) Swap roles and repeat steps 2-3.
# 5. (4 min) Whole group: what did it feel like to be reflected? What did it feel like to hold
#    back advice?
#
# </details>

# %% [markdown]
# ## Validation is not agreement
#
# **Validation** means letting someone know their feelings make sense. **Agreement** means
# saying their view of the situation is right. They are different, and the difference matters.
#
# Imagine a peer says: *"My caseworker is useless. They never listen to me."*
#
# - **Agreeing:** "Yeah, they're all useless." This takes a side in a story we only know part
#   of, and it can make a hard relationship harder.
# - **Validating:** "It sounds like you've felt really unheard, and that's frustrating." This
#   takes the *feeling* seriously without judging someone we haven't met.
#
# You can validate a feeling even when you see the situation differently. You don't need to
# agree with someone to acknowledge them.

# %% jupyter={"source_hidden": true}
demo("You're right, they're useless and they obviously don't care about you.")

# %% jupyter={"source_hidden": true}
demo("It makes sense you'd feel frustrated when you don't feel listened to.")

# %% [markdown]
# The first reply assumes the worst about someone neither of you can see. The second one
# acknowledges the person's frustration, which is what they most need in that moment.

# %% [markdown]
# ### Exercise: validation is not agreement
#
# Harjit is hurt that his sister didn't invite him to her wedding. Choose the response that
# acknowledges him without taking sides.

# %% jupyter={"source_hidden": true}
show("acknowledgement-choose-wedding")

# %% [markdown]
# ### Exercise: validating without agreeing
#
# Lee is frustrated with his caseworker. Rewrite the draft so it validates his feelings
# without agreeing that the caseworker is useless.

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-caseworker")

# %% [markdown]
# ## Listening without rushing to solutions
#
# When someone shares something hard, we often start planning our answer while they are still
# talking. Acknowledgement asks us to slow down.
#
# > "We know that listening and asking questions are more important than providing answers."
# > — *Core Values of Peer Support*
#
# Some ways to slow down:
#
# - **Let silence happen.** A pause gives the person room to go on. You don't have to fill it.
# - **Reflect before you ask.** Show you've heard, then ask one open question, such as "What's
#   the hardest part?"
# - **Ask what they want from the conversation.** For example: "Would it help to talk it
#   through, or to think about next steps? It's your call." Some people want ideas; many just
#   want to be heard first.
# - **Let solutions come from them.** If they do want to plan, ask what they have thought of
#   or tried. Their ideas fit their life better than ours.

# %% [markdown]
# ## Minimising: the opposite of acknowledgement
#
# **Minimising** makes someone's experience smaller than it feels to them. It often starts
# with "at least...":
#
# - "At least you still have a job."
# - "At least she's healthy."
# - "At least it's not worse."
#
# Other common forms: "it could be worse", "everyone goes through that", "everything happens
# for a reason", "look on the bright side".
#
# People minimise to comfort. But the message that lands is often: *your feeling is too big,
# or not allowed.* Acknowledgement does the opposite. It lets the feeling be the size it is.

# %% jupyter={"source_hidden": true}
demo("At least you still have your job. Have you tried talking to your boss?")

# %% jupyter={"source_hidden": true}
demo(
    "That sounds like a real blow, especially after you trained them. "
    "It makes sense you're disappointed."
)

# %% [markdown]
# ### Exercise: heard, fixed or minimised?
#
# Chloe didn't get the promotion, even though she trained the person who did. Sort each
# response into the right group. Skip it if you'd rather.

# %% jupyter={"source_hidden": true}
show("acknowledgement-sort-heard-fixed-minimised")

# %% [markdown]
# ### Exercise: spot the slips
#
# Femi missed a job interview because the bus ramp was broken again. Find the phrases in the
# reply that minimise or take over.

# %% jupyter={"source_hidden": true}
show("acknowledgement-spot-bus-ramp")

# %% [markdown]
# ### Exercise: the same story every week
#
# Acknowledgement also shapes how we talk *about* people. A colleague is frustrated that Brenda
# tells the same story every week. Rewrite the comment with generosity of assumption: the most
# generous reading of why she might be doing it.

# %% jupyter={"source_hidden": true}
show("acknowledgement-reframe-same-story")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: validation, minimising and solutions (click to open)</summary>
#
# Discussion questions:
#
# - Where is the line between validating and agreeing? Can you think of a time it was hard to
#   hold?
# - Which "at least..." phrases do you hear most in your workplace or community? What could
#   people say instead?
# - How do you know when someone is ready to talk about next steps?
#
# Group activity: **"Before the solution"** (15 minutes, groups of 3)
#
# 1. (2 min) Roles: sharer, listener, observer. The sharer picks a *low-stakes*, practical
#    problem (a broken appliance, a tricky timetable).
# 2. (4 min) The listener may not offer any solution until they have made at least two
#    reflections and asked the sharer what they want from the conversation.
# 3. (2 min) The observer reports any "at least...", advice or fixing they noticed, kindly.
# 4. (5 min) Rotate roles until everyone has listened once, if time allows.
# 5. (2 min) Whole group: what changed when solutions had to wait?
#
# </details>

# %% [markdown]
# ## When being heard pulls against other things
#
# Acknowledging someone can pull against loyalty to your organisation, or against the
# wish to share your own story. The next two exercises are dilemmas: situations with
# no single right answer.
#
# Each one works the same way: choose the way you lean, write a sentence or two about why,
# then read how three experienced peer workers weigh it. They are fictional but true to life,
# and they don't agree. Nothing is marked right or wrong, your reasoning stays private, and
# you can skip either one.

# %% [markdown]
# ### Dilemma: "Whose side are you on?"
#
# Hamza was hurt on a ward run by the organisation you work for. It has a
# content note, and you can skip it.

# %% jupyter={"source_hidden": true}
show("acknowledgement-dilemma-whose-side")

# %% [markdown]
# ### Dilemma: "What was it like for you?"
#
# Samira asks about your own diagnosis. How much of your story helps her feel
# heard, and when does it take over? It has a content note too.

# %% jupyter={"source_hidden": true}
show("acknowledgement-dilemma-what-was-it-like")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: the acknowledgement dilemmas (click to open)</summary>
#
# Run one of them as "Lean and listen" (see the notes in notebook 01). Hamza's
# dilemma can stir strong feelings about services in a room of people with lived
# experience; name that at the start, and keep the discussion on what each option
# protects rather than on anyone's own hospital story.
#
# </details>

# %% [markdown]
# ### Extra practice (optional)
#
# Three more, if you have time and energy. Skip any of them. The second one mentions the death
# of a much-loved pet and shows a content note before it starts.

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-group-chat")

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-bess")

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-harvest")

# %% [markdown]
# ### More lives, more moments (optional)
#
# Acknowledgement is for joy as well as pain. Bethan's sign-language choir has just had its
# first festival; Parveen is tired of being asked why she didn't leave sooner; Ibrahim is
# quiet today; Tyler is tired of being treated as if he's made of glass. The exercise about
# leaving an abusive relationship shows a content note first, and you can skip any of them.

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-deaf-applause")

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-why-not-sooner")

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-not-much-company")

# %% jupyter={"source_hidden": true}
show("acknowledgement-rewrite-made-of-glass")

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and
# it stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("acknowledgement-reflect-truly-heard")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Reflect before you respond.** In one conversation each day, make your first reply a
#    reflection ("It sounds like...") before any question or idea.
# 2. **Swap one "at least".** When you catch yourself about to say "at least...", name the
#    feeling instead: "That sounds really hard."
# 3. **Ask what they need.** Once this week, ask someone: "Do you want ideas, or do you mostly
#    want me to listen right now?" and follow their answer.

# %% [markdown]
# ## Summary
#
# - Everyone longs to know and be known: to be seen for who they are and deeply heard,
#   without someone trying to fix or save them.
# - A reflection of feelings shows what you heard and leaves room to be corrected.
# - Validation ("that makes sense") is not the same as agreement ("you're right").
# - Listening comes before solutions, and solutions belong to the person.
# - Minimising ("at least...") is the opposite of acknowledgement: let feelings be the size
#   they are.
#
# Here is your progress so far. When you're ready, the next notebook is
# **04 · Strength-based**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 04 · Strength-based](04_strength_based.ipynb)

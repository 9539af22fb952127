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

start("01_hope_and_wholeness")

# %% [markdown]
# # 01 · Hope and wholeness for all
#
# Welcome! This notebook is about the value that sits underneath all the others: hope, and
# seeing every person (including you) as a whole person.
#
# **Time:** about 35 minutes. You can stop at any point and come back later: your work is saved.
#
# **Content note:** this notebook talks about hard times in general terms. One optional
# exercise mentions a return to drug use after a time in recovery; it shows its own note first.
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
# | 5-15 min | "Hope is the spark" and "Choosing to believe": read aloud, then a quick round: *a moment when someone's hope made a difference to you* (passing is fine). |
# | 15-30 min | Hope, optimism and minimising: the sort exercise in pairs, then a whole-group debrief. |
# | 30-40 min | Wholeness and the Parker J. Palmer quote: silent reading, then small groups. |
# | 40-55 min | Practice exercises in pairs (rewrite, choose, reframe, spot). |
# | 55-62 min | Private reflection, in silence. Nobody is asked to share it. |
# | 62-70 min | "Try it this week" and a closing round: one word for how you're leaving. |
#
# **Materials:** a shared screen or projector; the sort items printed on cards (optional, for
# groups who prefer to move things around on a table); sticky notes and pens; a list of local
# support services to hand out; a quiet space people can step into.
#
# Hope can bring up loss for people who have felt hopeless. Name this at the start, and let
# people know they don't have to share personal stories to take part.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - explain in your own words why hope is at the heart of peer support;
# - tell the difference between hope, optimism and minimising, and respond with hope;
# - describe wholeness as all the parts of a person together, imperfections included;
# - practise compassion toward the people you support, and toward yourself.

# %% [markdown]
# ## Hope is the spark
#
# Think about any change you have made in your life: big or small. Before you did anything,
# some part of you had to believe that things *could* be different. That belief is hope.
#
# > "Hope is the spark that motivates us to step into the realm of possibility."
# > — *Core Values of Peer Support*
#
# In other words: hope comes first. It is what gets us moving toward something new. Growth and
# change start with hope, even when we don't notice it is there.
#
# ## Choosing to believe
#
# In peer support, we **choose** to believe that every person we work with can heal, grow and
# find a life that feels satisfying to them. Notice the word *choose*. This is not a guess
# about how someone's life will turn out. It is a stance we take on purpose, especially when
# things look hard.
#
# Hope is also something we **grow**, a bit like a garden. We look after it in the people we
# support, and we look after it in ourselves. It is hard to offer hope to others when our own
# supply is running low, so caring for your own hope is part of the work, not a luxury.
#
# ## Healing doesn't come easily
#
# Peer support is honest. Healing and growth usually take time, effort and setbacks. Holding
# on to hope doesn't mean pretending otherwise. It means staying alongside someone through
# the hard parts, and that can make all the difference in their life.

# %% [markdown]
# ## Hope is not the same as optimism
#
# People often mix up hope and optimism. **Optimism** is looking at the bright side and
# expecting things to turn out well. There's nothing wrong with feeling optimistic! But hope
# goes deeper.
#
# > "Hope is messy and uncertain."
# > — *Core Values of Peer Support*
#
# Hope knows that we don't know how things will turn out. Acting on hope is brave: it always
# involves some kind of risk, like applying for a job after many rejections, or trusting
# people again. Hope is not *sentimental* (sweet, soft, a bit unreal). It is tough and real.
#
# > "It’s gritty and can sometimes feel scary."
# > — *Core Values of Peer Support*
#
# There's a third thing to watch out for: **minimising**. Minimising makes someone's problem
# or feeling smaller than it is, often with words like "at least...", "it could be worse" or
# "look on the bright side". People usually minimise because they want to help someone feel
# better. But it can leave the person feeling unheard and alone.
#
# | | What it sounds like | What it does |
# |---|---|---|
# | **Hope** | "This is really hard, and I believe things can change for you." | Stays with the hard part *and* holds possibility. |
# | **Optimism** | "I'm sure it'll all work out fine!" | Expects a good ending, which nobody can promise. |
# | **Minimising** | "At least it's not worse." | Shrinks the problem or feeling. |

# %% [markdown]
# ### Worked example: when hope slips into minimising
#
# A peer says: *"My benefits claim got turned down. I don't know how I'll pay the rent."*
#
# Here is a response that means well but slips. Run the cell to see what the feedback helper
# notices.

# %% jupyter={"source_hidden": true}
demo("Look on the bright side, at least you've still got your health. Just stay positive!")

# %% [markdown]
# The words "look on the bright side", "at least" and "just stay positive" all hurry the person
# past their fear. They might hear: *your worry is not welcome here.*
#
# Now a response that lives the value of hope:

# %% jupyter={"source_hidden": true}
demo(
    "That sounds really frightening, and it makes sense you feel worried. "
    "I believe things can change for you. What's helped you get through hard times before?"
)

# %% [markdown]
# This response names the fear first. Then it offers hope that is honest: it doesn't promise
# a good outcome, but it holds the belief that change is possible. Finally it asks about the
# person's own strengths, so the hope is rooted in *their* life, not in our cheerfulness.

# %% [markdown]
# ### A moment that comes back
#
# This short phone call will come back a few times in the course, each time with one detail
# changed; at the end (notebook 12) you'll see your own replies side by side, privately.

# %% jupyter={"source_hidden": true}
mirror("missed-sessions-first")

# %% [markdown]
# ### Exercise: hope, optimism or minimising?
#
# Sort each response into the right group. Take your time; there are hints if you want them.
# Like every exercise in this course, you can skip it.

# %% jupyter={"source_hidden": true}
show("hope-sort-hope-optimism-minimising")

# %% [markdown]
# ### Exercise: from bright side to real hope
#
# Now try writing. Daniel has been looking for work for months. Turn the draft into a response
# that acknowledges how he feels and holds honest hope. The helper will point out what you did
# well, then one thing you could try next.

# %% jupyter={"source_hidden": true}
show("hope-rewrite-job-search")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing hope and optimism (click to open)</summary>
#
# Discussion questions (choose one or two):
#
# - When has someone's optimism felt helpful to you? When has it felt like you weren't heard?
# - The core values say acting on hope "always involves risk of some kind". What risks do the
#   people you support take when they act on hope? What risks do you take?
# - What helps you keep your own hope going in this work?
#
# Pair activity: **"Same news, three replies"** (15 minutes)
#
# 1. (2 min) In pairs, one person shares a *low-stakes* disappointment (a cancelled plan, a
#    lost bus, a burnt dinner). Keep it light; this is practice, not therapy.
# 2. (3 min) The listener replies three times: once with optimism, once with minimising, once
#    with hope. The sharer notices how each one lands in their body.
# 3. (3 min) Swap roles.
# 4. (7 min) Whole group: which reply felt most like being heard? What words made the
#    difference?
#
# </details>

# %% [markdown]
# ## Wholeness: all of you, together
#
# Many of us learn to show only our "good" parts: the coping, cheerful, capable bits. We hide
# the rest. Peer support invites something different.
#
# **Wholeness** means bringing all the parts of ourselves together: our strengths, our gifts,
# *and* our imperfections. Nobody has to be perfect to be whole. Writer and teacher Parker J.
# Palmer puts it like this:
#
# > "Wholeness does not mean perfection; it means embracing brokenness as an integral part of life. Knowing this gives me hope that human wholeness–mine, yours, ours–need not be a utopian dream, if we can use devastation as a seedbed for new life."
# > — Parker J. Palmer, *A Hidden Wholeness: The Journey Toward an Undivided Life*
#
# A few words explained: *integral* means a real, necessary part of something; a *utopian
# dream* is a perfect world that can never exist; a *seedbed* is the soil where new plants
# start to grow.
#
# So the hard things that have happened to us are not proof that we are less than whole. They
# can even be where something new begins to grow.
#
# Notice that Palmer is talking about something *all* of us share: "mine, yours, ours". That
# is very different from calling another person "broken" as a label. In peer support we
# never describe someone by what is missing. We see the whole person, with the hard parts
# held inside a bigger picture.

# %% [markdown]
# ### Worked example: seeing the whole person
#
# A peer worker writes about someone they support:

# %% jupyter={"source_hidden": true}
demo("Kenny is a lost cause. He's unmotivated and he's failing at every programme.")

# %% jupyter={"source_hidden": true}
demo(
    "Kenny is persistent: he keeps coming back to the centre. "
    "He knows a lot about what doesn't fit for him."
)

# %% [markdown]
# The first note describes him only by what is missing. The second is still honest that
# things have been hard, but it sees his persistence and his knowledge of himself. That is
# the whole person, and it leaves room for hope.

# %% [markdown]
# ### Exercise: a handover note about Kenny
#
# Rewrite a handover note so that it sees Kenny as a whole person. Skip it if you'd rather.

# %% jupyter={"source_hidden": true}
show("hope-reframe-marcus")

# %% [markdown]
# ### Exercise: being me again
#
# Rosa was a nurse for twelve years before she moved countries. Choose the response that best
# nurtures hope and sees her whole self.

# %% jupyter={"source_hidden": true}
show("hope-choose-nurse")

# %% [markdown]
# ## Compassion for others, and for yourself
#
# Hope and wholeness grow through **compassion**: noticing someone's pain and meeting it with
# kindness. The core values ask us to practise compassion for *both* others and ourselves.
#
# That second part matters. Peer support workers are people too. We have hard days, we say the
# wrong thing, we snap when we're tired. Wholeness means our own imperfections belong to the
# picture as well. Being kind to yourself is not letting yourself off the hook; it is what
# makes learning and trying again possible.

# %% [markdown]
# ### Exercise: a hard shift
#
# Your colleague Tomás is being hard on himself after a difficult shift. Rewrite the draft
# with the same compassion you'd offer anyone you support.

# %% jupyter={"source_hidden": true}
show("hope-rewrite-snapped-at-peer")

# %% [markdown]
# ### Exercise: spot the slips
#
# Jordan has had to leave university because of a health condition. Find the phrases in the
# reply that minimise Jordan's experience or jump to advice.

# %% jupyter={"source_hidden": true}
show("hope-spot-dropped-out")

# %% [markdown]
# ## Hope and wholeness are for everyone
#
# The value is called hope and wholeness **for all**. Nobody is too unwell, too old, too
# young, too far along or too far behind for healing and growth. Hope is not a reward for
# people who "do recovery right". It belongs to the person sleeping rough, the person in
# hospital for the tenth time, the person who just relapsed, and to you.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing wholeness and compassion (click to open)</summary>
#
# Discussion questions:
#
# - Read the Palmer quote aloud twice. What word or phrase stays with you? Why?
# - Where do people you support feel they have to hide parts of themselves? What helps them
#   feel they can be whole with you?
# - What does self-compassion look like for you after a hard day?
#
# Group activity: **"The whole picture"** (15 minutes, groups of 3-4)
#
# 1. (2 min) Give each group a short, invented handover note written in deficit language
#    (use the Kenny draft above, or write your own fictional one).
# 2. (6 min) Together, rewrite it to show the whole person: honest about what's hard, and
#    naming at least two strengths.
# 3. (5 min) Each group reads their version aloud. Others listen for: *would the person be
#    glad to read this about themselves?*
# 4. (2 min) Close by asking everyone to silently name one strength of their own.
#
# </details>

# %% [markdown]
# ## When hope and honesty pull apart
#
# Most exercises in this course have a response that lives the value best. Real work
# isn't always like that. Sometimes holding hope pulls one way and being honest pulls
# another, and experienced peer workers disagree about what to do. The next two
# exercises are dilemmas: situations with no single right answer.
#
# Each one works the same way: choose the way you lean, write a sentence or two about why,
# then read how three experienced peer workers weigh it. They are fictional but true to life,
# and they don't agree. Nothing is marked right or wrong, your reasoning stays private, and
# you can skip either one.

# %% [markdown]
# ### Dilemma: "Be honest with me"
#
# Bronwen asks you straight out whether she'll get a council flat this year.
# Where does hope end and a promise begin?

# %% jupyter={"source_hidden": true}
show("hope-dilemma-waiting-list")

# %% [markdown]
# ### Dilemma: "Do you still get bad patches?"
#
# Precious asks whether you still have hard times, in a month when you do.
# What does wholeness ask of you here, and what do your own limits ask?

# %% jupyter={"source_hidden": true}
show("hope-dilemma-do-you-still")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: running a dilemma in the group ("Lean and listen", 15 minutes) (click to open)</summary>
#
# The dilemmas in notebooks 01-08 all work this way; use one per session.
#
# 1. (2 min) Read the situation and the options aloud. Everyone chooses silently, on
#    paper or in the notebook, and writes one line about why.
# 2. (5 min) Ask people to stand (or raise a hand) by the option they lean towards.
#    Nobody has to say why, and staying seated is fine.
# 3. (5 min) Invite one person from each group to say what they weighed. Ask the room
#    to listen for what the *other* group is protecting, not for who is right.
# 4. (3 min) Read the voices together, then the supervision question. Close with: *did
#    anyone's lean shift, even a little?*
#
# Keep the tone curious: the point is to get better at naming what we weigh, not to
# find the answer. Some dilemmas carry content notes; offer the choice to step out.
#
# </details>

# %% [markdown]
# ### Extra practice (optional)
#
# If you have time and energy, here are three more. They are optional; skip any of them.
# The first one mentions a return to drug use and shows a content note before it starts.

# %% jupyter={"source_hidden": true}
show("hope-rewrite-eight-months")

# %% jupyter={"source_hidden": true}
show("hope-rewrite-two-selves")

# %% jupyter={"source_hidden": true}
show("hope-rewrite-shelter-mum")

# %% [markdown]
# ### More lives, more moments (optional)
#
# Hope and wholeness belong to everyone, on ordinary days as well as hard ones. Pawel's
# paintings are going in an exhibition; Connor has slipped after four months without
# gambling; Eileen, who lives with dementia, wants to be spoken to as an adult; Hollie is
# facing a family meal in recovery from an eating disorder. The gambling and eating disorder
# exercises show a content note first, and you can skip any of them.

# %% jupyter={"source_hidden": true}
show("hope-rewrite-library-exhibition")

# %% jupyter={"source_hidden": true}
show("hope-rewrite-four-months")

# %% jupyter={"source_hidden": true}
show("hope-choose-memory-cafe")

# %% jupyter={"source_hidden": true}
show("hope-rewrite-family-meal")

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and
# it stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("hope-reflect-someone-held-hope")

# %% [markdown]
# Or, if this one speaks to you more, a second reflection about wholeness: all the parts of
# you, together.

# %% jupyter={"source_hidden": true}
show("hope-reflect-whole-self")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Catch an "at least".** Notice when you (or others) say "at least..." or "look on the
#    bright side". Afterwards, think of how you could have named the hard part first.
# 2. **Say your hope out loud.** Once this week, tell someone you support (or a friend) one
#    honest, specific thing you believe is possible for them.
# 3. **One kind sentence to yourself.** At the end of a hard day, write one sentence to
#    yourself that you'd say to a peer in your shoes.

# %% [markdown]
# ## Summary
#
# - Hope is the spark: growth and change begin with it, and we choose to nurture it in others
#   and in ourselves.
# - We believe everyone has the capacity for healing, growth and a satisfying life, knowing
#   healing doesn't come easily.
# - Hope is not optimism: it is messy, uncertain, brave and gritty. Minimising ("at least...")
#   is not hope either.
# - Wholeness means all of a person together, strengths and imperfections alike, met with
#   compassion for others and for ourselves.
# - Hope and wholeness are for everyone.
#
# Here is your progress so far. When you're ready, the next notebook is **02 · Mutuality**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 02 · Mutuality](02_mutuality.ipynb)

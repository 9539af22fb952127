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

start("02_mutuality")

# %% [markdown]
# # 02 · Mutuality
#
# Welcome! This notebook is about the kind of relationship peer support offers: two people
# side by side, learning from each other, with nobody on a higher step.
#
# **Time:** about 35 minutes. You can stop at any point and come back later: your work is saved.
#
# **Content note:** the exercises touch on everyday pressures such as money, housing, work,
# family decisions and time in hospital. None of them go into detail. Every exercise can be
# skipped, and you can take a break whenever you need one.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: planning the session (click to open)</summary>
#
# Suggested plan for a 75-minute group session:
#
# | Time | What happens |
# |---|---|
# | 0-5 min | Welcome, group agreements, reminder that anyone can pass or step out. |
# | 5-15 min | "Side by side" and "Breaking down hierarchies": read aloud, then a quick round: *a time someone treated you as an equal* (passing is fine). |
# | 15-35 min | Why we avoid advice, and advice dressed as a question: worked examples on a shared screen, then the sort and the yoga rewrite in pairs. |
# | 35-45 min | Pair activity: "The advice amnesty" (see the notes after the advice section). |
# | 45-55 min | When someone asks for advice, and sharing your own story: choose and rewrite exercises. |
# | 55-65 min | Making boundaries together: choose exercise, then group discussion. |
# | 65-70 min | Private reflection, in silence. Nobody is asked to share it. |
# | 70-75 min | "Try it this week" and a closing round: one word for how you're leaving. |
#
# **Materials:** a shared screen or projector; each learner on their own computer (or pairs
# sharing one); sticky notes in two colours (one for "advice", one for "questions"); a
# flip chart; a list of local support services to hand out; a quiet space people can step
# into.
#
# Many people in the room will have been on the receiving end of a lot of advice from
# services, family and friends. Some of that may still sting. Name it gently at the start:
# this session is about doing it differently, not about blaming anyone.
#
# </details>

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - explain what a mutual, reciprocal peer relationship is, and how it breaks down hierarchy;
# - say why peer support workers avoid giving advice, and what to do instead;
# - turn advice (including advice dressed as a question) into a curious, open question;
# - respond warmly when someone asks you for advice, share your own story with a purpose, and
#   make boundaries together.

# %% [markdown]
# ## Side by side, not above and below
#
# Think of two ways to help someone across a stream. In one, you stand on the far bank and
# shout instructions. In the other, you step into the water and cross beside them, and you
# find the stepping stones together. Peer support is the second way.
#
# > "The peer relationship is mutual and reciprocal."
# > — *Core Values of Peer Support*
#
# Two words to explain:
#
# - **Mutual** means shared by both people. Both bring something, and both matter equally.
# - **Reciprocal** means it flows both ways. Both people give, and both people receive.
#
# So a peer support worker isn't only the "helper". We learn from the people we support, we
# are moved by them, and we grow too. The person we support isn't only the "helped". They
# bring wisdom, humour, experience and care into the relationship. When both people notice
# this, something powerful happens: the person feels like a whole human being, not a case.

# %% [markdown]
# ## Breaking down hierarchies
#
# A **hierarchy** is a ladder of power, where some people are above others. Hierarchies are
# everywhere: at work, in schools, in hospitals and in services. Many people who come to peer
# support have spent years near the bottom of these ladders, being assessed, told what to
# do, and spoken about rather than spoken with.
#
# > "Peer support breaks down hierarchies."
# > — *Core Values of Peer Support*
#
# Peer support offers something different: a relationship where neither person is "the one
# who knows best". You are the expert on your life. They are the expert on theirs.
#
# This shows up in small moments. Here is what the two stances can sound like:
#
# | | **Expert stance** (above) | **Peer stance** (beside) |
# |---|---|---|
# | Who knows best? | "Trust me, I know what you need." | "You know your own life best." |
# | Who talks most? | The worker explains and instructs. | The person tells their story; the worker listens. |
# | Where do answers come from? | "The research says you need to..." | "What do you think might help?" |
# | Your own experience | Hidden, or used as proof you're right. | Shared briefly, as one story among many. |
# | Mistakes | The worker must never be wrong. | Both are human, and both can learn. |
#
# Being a peer doesn't mean pretending you have no knowledge, or that your job has no
# responsibilities. It means using what you know to stand *beside* someone, not above them.

# %% [markdown]
# ## Building the relationship together
#
# In many services, the rules of the relationship are set before you walk in the door. In
# peer support, both people shape it.
#
# > "The peer support worker and the peer equally co-create the relationship, and both
# > participate in boundary creation."
# > — *Core Values of Peer Support*
#
# **Co-create** means make together. That can include what you talk about, how often you
# meet, how you keep in touch, and what the relationship is for.
#
# **Boundaries** are the limits that keep a relationship safe and healthy for both people,
# such as when you are available, what you will and won't do, and what stays private. In a
# mutual relationship:
#
# - both people can say what they need and what they can't offer;
# - the worker is honest about their own limits, and explains them instead of hiding behind
#   "the rules";
# - the person supported gets a real say, and can set their own boundaries too, such as
#   topics they don't want to talk about;
# - boundaries can be talked about again as the relationship changes.
#
# Your organisation may have some limits that aren't up for debate, such as safety steps or
# how you keep records. You can still share those openly and explain why, and work out
# everything else together.

# %% [markdown]
# ## Why peer support workers avoid giving advice
#
# Here is one of the clearest lines in the whole core values:
#
# > "A mutual approach means that peer support workers always avoid advice-giving."
# > — *Core Values of Peer Support*
#
# That can feel surprising. Giving advice is how most of us were taught to help! And advice
# usually comes from a kind place: we care, and we want the person to feel better. So why
# avoid it?
#
# - **It builds a ladder.** The moment we give advice, we become the one with the answers
#   and they become the one with the problem. The hierarchy creeps back in.
# - **Our answer fits our life, not theirs.** What helped us grew out of our body, our
#   history, our money, our culture and our timing. Their life is different.
# - **They have usually heard it already.** Many people have had plenty of advice from
#   family, friends and services. One more voice can feel like pressure.
# - **It takes away ownership.** If our idea doesn't work, they may feel they failed. If it
#   does work, it was our idea, and they may come to rely on us instead of on themselves.
# - **It stops the conversation.** Advice closes a door that a question would open. We
#   never get to hear what they already know.
#
# ### What to do instead
#
# Avoiding advice doesn't mean going silent or leaving someone alone with a problem. It means
# helping in a way that keeps the answers theirs:
#
# 1. **Ask curious, open questions.** "What have you tried so far?" "What matters most to
#    you here?"
# 2. **Reflect what you hear.** "It sounds like you're exhausted and out of ideas."
# 3. **Share your own experience, briefly and on purpose**, as one story, not a map for
#    them to follow. Then hand the conversation back.
# 4. **Explore options together.** Think out loud side by side: what the choices are, what
#    each might mean for them, and what they want to do.

# %% [markdown]
# ### Worked example: from advice to curiosity
#
# Leila, a new mum in an online group, says: *"I just can't switch off at night. My head
# won't stop."* Here is a very natural response. Run the cell to see what the feedback
# helper notices.

# %% jupyter={"source_hidden": true}
demo("Have you tried yoga? It really helped me.")

# %% [markdown]
# There's real kindness here: yoga helped, and we want it to help Leila too. But "Have you
# tried...?" brings our solution into her story before we know anything about her nights.
# Now compare a response that stays curious:

# %% jupyter={"source_hidden": true}
demo("What tends to be on your mind when you can't switch off?")

# %% [markdown]
# This question is open (she can't just answer yes or no), it's short, and it's about *her*.
# It leaves the answers with the person who knows her nights best. If movement or
# stretching matters to her, she can bring it up, and then it's her idea.

# %% [markdown]
# ### Advice dressed as a question
#
# Some advice sneaks in wearing a question mark. It looks curious, but the answer is already
# decided. Listen out for:
#
# - "Have you tried...?" / "Have you thought about...?"
# - "Why don't you just...?"
# - "Wouldn't it be better to...?" / "Don't you think you should...?"
# - "What if you...?" / "What about trying...?"
#
# A handy test: **would I be happy with any answer they give?** If you're secretly hoping
# for "Yes, good idea!", it's advice in disguise.

# %% jupyter={"source_hidden": true}
demo("Why don't you just ask your boss for a day off? Wouldn't that be easier?")

# %% [markdown]
# Two questions, both carrying our plan, and a "why" that can sound like blame. A curious
# version asks about the person's experience, with no hidden answer:

# %% jupyter={"source_hidden": true}
demo("What's been making the week feel so full?")

# %% [markdown]
# ### Exercise: advice, advice in disguise, or curiosity?
#
# Sort each response to Jaden into the right group. Take your time; there are hints if you
# want them. Like every exercise in this course, you can skip it.

# %% jupyter={"source_hidden": true}
show("mutuality-sort-advice-or-curiosity")

# %% [markdown]
# ### Exercise: when yoga helped you
#
# This is the key skill of this notebook. Rewrite the yoga response as one curious, open
# question. The helper will point out what you did well, then one thing you could try next.

# %% jupyter={"source_hidden": true}
show("mutuality-rewrite-yoga")

# %% [markdown]
# ### Exercise: the mould in the kids' bedroom
#
# Kwame has asked his landlord three times. Turn the draft, which is advice dressed as a
# question, into a genuinely curious one. Skip it if you'd rather.

# %% jupyter={"source_hidden": true}
show("mutuality-rewrite-dressed-as-question")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing advice (click to open)</summary>
#
# Discussion questions (choose one or two):
#
# - Think of advice you were given that you didn't ask for. What did you do with it? How did
#   it leave you feeling about the person who gave it?
# - Why do you think giving advice feels so natural? What need in *us* does it meet?
# - The core values say "always" avoid advice-giving. Where do you find that hardest in
#   your work? What could you do in those moments instead?
#
# Pair activity: **"The advice amnesty"** (12 minutes)
#
# 1. (2 min) Each person writes three pieces of advice they catch themselves giving often,
#    one per sticky note ("You should get more sleep", "Have you tried a support group?").
# 2. (5 min) In pairs, swap notes. Rewrite each of your partner's notes as one short, open
#    question on a different-coloured note. Use the test: *would I be happy with any answer?*
# 3. (3 min) Read the rewrites to each other. The writer of the original says which
#    question they would most like to be asked, and why.
# 4. (2 min) Stick the questions on the flip chart as a shared "question bank" for the room.
#
# Keep examples low-stakes: everyday worries, not anyone's hardest story.
#
# </details>

# %% [markdown]
# ## When someone asks you straight out for advice
#
# Sometimes people ask directly: *"Just tell me what to do."* *"What would you do?"* This
# is a very human request, often made when someone is tired of carrying a decision alone.
# It deserves a warm, honest answer, not a cold "I can't tell you that".
#
# Here's one way through:
#
# 1. **Acknowledge the wish.** "I can hear how much you want someone to make this easier."
# 2. **Be honest about why you won't decide for them.** "I don't think my answer would fit
#    your life as well as yours will." Say it kindly, as care, not as a rule.
# 3. **Offer to think it through together.** "What options do you see?" "What matters most
#    to you in each one?" "What would you tell a friend in your shoes?"
# 4. **If it would help, share your story as one story.** "When I faced something like
#    this, here's what I weighed up..." Then hand it back: "What stands out for you?"
# 5. **Share information, not instructions.** If they want to know what services or options
#    exist, it's fine to tell them, as choices laid on the table. The choosing stays
#    theirs: "Would you like to hear about a few options, or talk it through first?"
#
# One important exception: if someone's safety is at immediate risk, follow your
# organisation's safety steps. That isn't advice-giving; it's part of caring for each other,
# and you can still do it openly and alongside the person.

# %% [markdown]
# ### Exercise: "Just tell me what to do"
#
# Hodan has a big decision to make and asks you directly what you would do. Choose the
# response that is honest, warm and mutual.

# %% jupyter={"source_hidden": true}
show("mutuality-choose-just-tell-me")

# %% [markdown]
# ## Offering an idea is not the same as giving advice
#
# Here is a tension worth naming honestly. The core values say peer support workers *always*
# avoid advice-giving. Yet in notebook 05 you will hear a peer worker say "I've got some
# thoughts if you'd like to hear them", and many experienced peer workers say something like
# it. Is that advice sneaking back in?
#
# Not necessarily. The difference is who decides:
#
# - **Advice** puts your answer in place of theirs: "You should...", "Have you tried...?". The
#   idea arrives whether they wanted it or not, and it comes with a hope that they'll take it.
# - **Asking permission to offer an idea** hands them a choice first: "I've got a thought
#   about that. Would you like to hear it? It's fine if not." If they say no, that's the end of
#   it. If they say yes, it's one idea on the table, not the answer.
#
# It can fit a mutual relationship when:
#
# - you have listened first, and asked what they have already tried and what they think;
# - they seem stuck, or have asked for ideas, and an idea might widen their choices;
# - "no" is really fine with you, and they know it.
#
# How to hold it lightly:
#
# 1. **Ask, and mean it.** Leave a real pause for "no".
# 2. **Offer one idea, as yours.** "Something that helped me was..." or "One thing I've heard
#    of is...", not "What you need is...".
# 3. **Hand it straight back.** "What do you make of that?" "It might not fit you at all."
# 4. **Let it go.** Don't bring it back next week to check whether they did it.
#
# Experienced peer workers don't all agree about this. Some say even asking permission can tip
# the balance, because people often say yes to be polite, especially to someone who works for a
# service. It's a judgement call, not a rule, and one of the dilemmas near the end of this
# notebook lets you weigh it.

# %% jupyter={"source_hidden": true}
demo("I've got a thought about that. Would you like to hear it? It's completely fine if not.")

# %% [markdown]
# The helper notices that this leaves the choice in their hands. It also calls "Would you like
# to hear it?" a closed question, and here a yes or a no is exactly what you are asking for:
# "no" should be as easy to say as "yes". Whatever they answer, go back to their own ideas with
# an open question.

# %% [markdown]
# ## Sharing your own experience, with a purpose
#
# Lived experience is the heart of peer support. Sharing some of your own story can say
# *you're not the only one* in a way nothing else can. But sharing can also slip: it can
# take the spotlight, turn into advice ("I did X, so you should too"), or assume their
# experience is the same as ours.
#
# **Self-disclosure** means sharing something personal about yourself. Before you share,
# ask yourself:
#
# - **Whose need does this meet?** Theirs (hope, connection, feeling less alone) or mine
#   (wanting to be understood, to look credible, to fill a silence)?
# - **Is it brief?** A sentence or two is usually enough.
# - **Is it my story, not a map?** "This is what it was like for me", not "this is what you
#   should do".
# - **Am I handing it back?** End by returning to them: "What's it been like for you?"
# - **Is it mine to share, and am I OK sharing it?** Your boundaries matter too.

# %% jupyter={"source_hidden": true}
demo(
    "I know exactly how you feel. When I lost my job I signed up for every course going, "
    "so you should do that too."
)

# %% [markdown]
# "I know exactly how you feel" assumes our experiences are the same, and the story turns
# into an instruction. Compare:

# %% jupyter={"source_hidden": true}
demo("I've been through something like that myself. What has it been like for you?")

# %% [markdown]
# One sentence of sharing, no details needed, and then the conversation goes straight back
# to them. Their experience may be quite different from ours, and the question makes room
# for that.

# %% [markdown]
# ### Exercise: my story, your story
#
# Li Wei has just come home from a stay in hospital. The peer worker has been there too.
# Rewrite the draft so the sharing is brief and purposeful, then hand the conversation back.

# %% jupyter={"source_hidden": true}
show("mutuality-rewrite-my-story-your-story")

# %% [markdown]
# ### Exercise: speaking from above
#
# Spot the phrases in this reply that put the visitor above Bernadette, or hand her answers
# she didn't ask for.

# %% jupyter={"source_hidden": true}
show("mutuality-spot-from-above")

# %% [markdown]
# ### Exercise: making boundaries together
#
# Mr Okonjo asks whether he can ring you at any time, even late at night. Choose the
# response where both of you shape the boundary.

# %% jupyter={"source_hidden": true}
show("mutuality-choose-shared-boundaries")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: discussing self-disclosure and boundaries (click to open)</summary>
#
# Discussion questions:
#
# - When has someone sharing their own story helped you? When has it felt like it took the
#   spotlight away from you? What was the difference?
# - What boundaries do you hold in your work? Which ones did you make *with* the people you
#   support, and which were handed down? How could you explain the handed-down ones openly?
# - What might the people you support teach you? What have they already taught you?
#
# Group activity: **"Building a boundary together"** (15 minutes, groups of 3)
#
# 1. (2 min) Roles: a peer support worker, a person receiving support, and an observer.
#    Use an invented situation: the person asks to meet somewhere other than the usual
#    place, or to stay in touch by text. Keep it fictional and low-stakes.
# 2. (4 min) Role-play a conversation where both people say what they need and what they
#    can offer, and agree something together.
# 3. (3 min) The observer shares: who did most of the talking? Did both people get a say?
#    Were the worker's limits explained, not just stated?
# 4. (4 min) Swap roles once, with a new situation.
# 5. (2 min) Whole group: one thing that made the boundary feel shared.
#
# </details>

# %% [markdown]
# ## When mutuality pulls against other things
#
# Mutuality is easy to say yes to and harder to live, because it can pull against other
# things you care about: the organisation you work for, or an idea you really think
# might help. The next two exercises are dilemmas: situations with no single right
# answer.
#
# Each one works the same way: choose the way you lean, write a sentence or two about why,
# then read how three experienced peer workers weigh it. They are fictional but true to life,
# and they don't agree. Nothing is marked right or wrong, your reasoning stays private, and
# you can skip either one.

# %% [markdown]
# ### Dilemma: "Do I have to do the numbers again?"
#
# Cerys doesn't want to fill in the questionnaire the service's funder asks for.
# Mutuality, or your duty to the organisation?

# %% jupyter={"source_hidden": true}
show("mutuality-dilemma-the-numbers")

# %% [markdown]
# ### Dilemma: a thought you could offer
#
# This one puts the question of offering an idea (see above) to work: Marek hasn't
# asked for ideas, and you have one.

# %% jupyter={"source_hidden": true}
show("mutuality-dilemma-a-thought-to-offer")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: the mutuality dilemmas (click to open)</summary>
#
# Run one of them as "Lean and listen" (see the notes in notebook 01). For Marek, it
# helps to have two people read the "ask permission" and "my story" voices aloud
# to each other: the difference between them is small on paper and large in the room.
# Ask: *when has someone asked your permission to offer an idea? Could you say no?*
#
# </details>

# %% [markdown]
# ### Extra practice (optional)
#
# If you have time and energy, here are four more. They are optional; skip any of them.
# Dilys's daughter keeps telling her what to do; Robyn is deciding whether to tell her
# manager she is trans; Tariq is drowning in advice; and a peer worker is frustrated that
# Marcus "never does anything I suggest".

# %% jupyter={"source_hidden": true}
show("mutuality-rewrite-get-out-more")

# %% jupyter={"source_hidden": true}
show("mutuality-rewrite-if-i-were-you")

# %% jupyter={"source_hidden": true}
show("mutuality-rewrite-trust-me")

# %% jupyter={"source_hidden": true}
show("mutuality-reframe-not-taking-advice")

# %% [markdown]
# ### More lives, more moments (optional)
#
# Four more, from ordinary days. Delroy has finally got his allotment; Kath, who served in
# the RAF, finds civilian life oddly indirect; Ryan wants his own bank card; Jackie, who
# is cutting down her drinking, has a party on Saturday. The last one shows a content note
# first, and you can skip any of them.

# %% jupyter={"source_hidden": true}
show("mutuality-rewrite-allotment")

# %% jupyter={"source_hidden": true}
show("mutuality-rewrite-civvy-street")

# %% jupyter={"source_hidden": true}
show("mutuality-choose-own-bank-card")

# %% jupyter={"source_hidden": true}
show("mutuality-rewrite-sisters-fiftieth")

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and
# it stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("mutuality-reflect-unasked-advice")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Catch the "should".** Notice each time you're about to say "you should", "have you
#    tried" or "if I were you". Pause, and ask a curious question instead: "What have you
#    tried so far?"
# 2. **Use the any-answer test.** Before you ask a question, ask yourself: *would I be happy
#    with any answer?* If not, open it up.
# 3. **Name one thing you learned.** After a conversation with someone you support, notice
#    one thing you learned from them. If it feels right, tell them.

# %% [markdown]
# ## Summary
#
# - The peer relationship is mutual and reciprocal: both people give, both receive, both
#   learn. Peer support breaks down the ladder of "expert above, patient below".
# - Both people co-create the relationship, including its boundaries, and can revisit them.
# - Peer support workers always avoid advice-giving, including advice dressed as a question.
#   Instead we ask open questions, reflect, share our experience briefly and purposefully,
#   and explore options together.
# - When someone asks for advice, acknowledge the wish, be honest and warm, and think it
#   through side by side, so the decision stays theirs.
#
# Here is your progress so far. When you're ready, the next notebook is
# **03 · Acknowledgement**.

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 03 · Acknowledgement](03_acknowledgement.ipynb)

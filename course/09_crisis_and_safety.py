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
from widgets.exercises import crisis_contacts, demo, progress_view, show, start

start("09_crisis_and_safety")

# %% [markdown]
# # 09 · Crisis and safety
#
# Welcome! This notebook is about the hardest moments in peer support: when someone is in
# crisis, or when you are worried about their safety. The values don't switch off in those
# moments. They matter most then.
#
# **Time:** about 60 minutes. You can stop at any point and come back later: your work is saved.
#
# **Content note:** this whole notebook is about crisis. It talks about thoughts of suicide,
# self-harm, hearing distressing voices, time in hospital (including being kept there
# without agreeing), drinking in a crisis and abuse at home. It never describes methods of
# suicide or self-harm, and nothing is graphic. Every exercise has its own content note and
# can be skipped. Take breaks whenever you need them, and stop if today isn't the day: the
# notebook will be here another time.
#
# If this brings something up for you, the box below is for you too.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: before the session (click to open)</summary>
#
# This session needs more preparation than the others. Please:
#
# - **Fill in the crisis contacts** in `data/crisis_contacts.yaml` for the area where your
#   learners live and work, and check every number yourself. Until you do, the box in this
#   notebook says plainly that no local contacts have been added and gives only the generic
#   "call your local emergency number" line. Check the file with
#   `.venv/bin/python -m widgets.content.crisis`.
# - **Bring your organisation's safety policy** (who to contact, and when, in and out of
#   hours) and know it well enough to explain it in plain words.
# - **Run it with a co-facilitator** if you can, so one of you can step out with anyone who
#   needs a moment. Have a quiet space ready.
# - **Expect lived experience in the room.** Some learners will have been suicidal, sectioned
#   or harmed at home, or will have lost someone. Nobody is asked to share their own story,
#   and "pass" is always a full answer.
# - **One firm rule for the whole session:** no detail of methods of suicide or self-harm, in
#   discussion or in role-play. If it comes up, gently steer back: "Let's keep the details out
#   and stay with how we'd respond."
# - If a learner tells you they are not safe during the session, follow your organisation's
#   policy, as the notebook teaches, and tell them what you are doing.
#
# Suggested plan for a 2-hour group session (with a 10-minute break):
#
# | Time | What happens |
# |---|---|
# | 0-10 min | Welcome, group agreements, the crisis contacts box, how to step out. |
# | 10-25 min | "Staying with someone": read together; the Zainab rewrite on a shared screen. |
# | 25-50 min | "Asking directly about suicide": the worked examples, then the pair activity "Saying the words". |
# | 50-60 min | The rewrite exercises in pairs (choose two). |
# | 60-70 min | Break. |
# | 70-85 min | "What a peer does and does not do" and "Promise you won't tell": the sort and the choose, then discussion. |
# | 85-100 min | "Making a safety plan together" and "Bringing others in": read, then the Ines and Marisol exercises. |
# | 100-110 min | "After a hard conversation": read aloud, then the private reflection, in silence. |
# | 110-120 min | "Try it this week", your organisation's policy in one minute, and a grounding close (see the last facilitator note). |
#
# **Materials:** a shared screen or projector; the printed crisis contacts for your area;
# your organisation's safety policy; a blank safety-plan template to show (not to fill in
# during the session); tissues, water and a quiet space.
#
# </details>

# %% [markdown]
# Here are the crisis contacts for your area, if your trainer has added them.

# %% jupyter={"source_hidden": true}
crisis_contacts()

# %% [markdown]
# ## What you'll learn
#
# By the end of this notebook you will be able to:
#
# - stay with someone in distress, before trying to solve anything;
# - ask directly and caringly about suicide, and notice when a question leads or minimises
#   instead;
# - say what a peer support worker does, and does not do, in a crisis;
# - make a safety plan *with* someone, so that it is theirs;
# - bring others in when you need to, honestly and with the person at the centre;
# - look after yourself after a hard conversation.

# %% [markdown]
# ## What we mean by a crisis
#
# A **crisis** is a moment when someone's usual ways of coping are overwhelmed. It might be
# a panic after bad news, thoughts of suicide, voices that won't let up, or fear for their
# safety at home. The person themselves is the best judge of whether they are in crisis: what
# looks small from outside can feel enormous from inside.
#
# In a crisis, it is tempting to drop everything the course has taught so far and take
# charge. But the values are what make a crisis conversation safe enough to have:
# acknowledgement helps someone feel heard; honesty builds the trust they need to tell you
# how bad things are; and self-determination keeps them a partner in their own safety, not a
# problem to be managed.

# %% [markdown]
# ## Staying with someone in distress
#
# When someone is distressed, our own alarm goes off. We want to *do* something: make a
# plan, find a number, cheer them up. That urge comes from care. But what someone usually
# needs first is to feel that another person is with them, and is not frightened away by
# what they feel.
#
# > "All human beings long to know and be known–to be seen for who we are, and deeply heard,
# > without someone trying to fix or save us."
# > — *Core Values of Peer Support*
#
# **Presence before problem-solving.** In practice that can mean:
#
# - **Slow down.** Speak a little more slowly and softly than you feel like speaking.
# - **Name what you notice.** "That sounds overwhelming." "You're shaking."
# - **Say that you are staying.** "I'm here. There's no rush."
# - **Let silence do some work.** A pause gives them room; you don't have to fill it.
# - **Leave the plans for later.** Plans made in a panic are rarely the person's own. They
#   can come when there is some breath back, and then they will be theirs.

# %% [markdown]
# ### Worked example: from rushing to staying
#
# Oksana has just heard that she may lose her flat. She says: *"I can't do this, it's all
# too much."* Here is a very natural reply. Run the cell to see what the feedback helper
# notices. (A **GP** is a general practitioner: a family doctor at a local surgery.)

# %% jupyter={"source_hidden": true}
demo("Don't worry, it'll be fine. First thing tomorrow you should ring your GP.")

# %% [markdown]
# Two kind impulses, reassurance and a plan, and both take us away from Oksana. "It'll be
# fine" is a promise we can't keep, and the plan arrives before she has been heard. Compare:

# %% jupyter={"source_hidden": true}
demo("That sounds like so much to hold right now. I'm here, and I'm listening.")

# %% [markdown]
# Nothing is fixed yet, and that's fine. She knows she isn't alone with it, and there is
# room for her to say more.

# %% [markdown]
# ### Exercise: everything's falling apart
#
# Zainab has just opened a letter saying her benefit payments will stop (**benefits** are
# payments from the government to people on low incomes, or who can't work). Rewrite the
# draft so you stay with her first. Like every exercise here, you can skip it.

# %% jupyter={"source_hidden": true}
show("crisis-rewrite-falling-apart")

# %% [markdown]
# ## Asking directly about suicide
#
# This is one of the most important skills in this course, and one of the hardest. If you
# are worried that someone might be thinking of suicide, **ask them, directly and
# caringly**.
#
# Many people fear that asking might put the idea into someone's head. It doesn't. Studies
# of this question have found that asking about suicide does not increase suicidal
# thoughts, and that being asked can bring some relief. (A review of the evidence by Dazzi
# and colleagues, published in *Psychological Medicine* in 2014, came to this conclusion.)
# For many people, being asked plainly is the first time they have felt able to say it out
# loud.
#
# ### What a direct, caring question sounds like
#
# - "When you say you can't go on, are you thinking about suicide?"
# - "Sometimes when people feel as low as you've described, they think about ending their
#   life. Are you having thoughts of ending your life?"
# - "Are the voices telling you to hurt yourself?"
#
# Use the real words, calmly. Use their own words too, where you can ("When you say you
# can't go on..."). A clear question tells the person that you can hear the answer, whatever
# it is.
#
# ### What a leading or minimising question sounds like
#
# - "You're not thinking of doing anything silly, are you?" hopes for "no", and calls it
#   silly.
# - "You wouldn't do anything stupid, would you?" does the same.
# - "You've got so much to live for" answers a question nobody asked, and can add guilt.
#
# These come from fear, often our own. They make "yes" very hard to say, so the person may
# say "no" to protect us, or to avoid shame.

# %% [markdown]
# ### Worked example: the same worry, two questions
#
# Euan, a keen hill walker, has been quiet all evening in a peer group. Near the end he says:
# *"I can't go on like this."*

# %% jupyter={"source_hidden": true}
demo("You're not thinking of doing anything stupid, are you?")

# %% [markdown]
# The feedback notices the tag at the end ("..., are you?"): it hands Euan the answer the
# speaker hopes for. Now compare a direct question:

# %% jupyter={"source_hidden": true}
demo("When you say you can't go on, are you thinking about suicide?")

# %% [markdown]
# The feedback recognises a direct, caring question about suicide as a strength.
#
# You'll also see it mention that this is a closed question, one that can be answered with
# yes or no. Most of the time in this course we lean towards open questions. **This is the
# exception:** when you ask about suicide, a clear yes-or-no question is the kind one,
# because it leaves no doubt about what you are asking. Open questions come straight after:
# "What's been happening?" "What's brought you to this point?"
#
# ### After you ask
#
# - **If they say yes:** stay calm, and thank them for telling you. Listen. Ask whether they
#   are safe right now. Follow your organisation's policy (see *Bringing others in* below),
#   and tell them what you are doing.
# - **If they say no:** believe them, and keep the door open: "Thank you. If that ever
#   changes, I'd want to know. You can always tell me."
# - **If you're not sure:** it is fine to ask again, gently, later in the conversation.
#
# Your organisation's training may ask you to find out a little more, such as whether the
# person has made plans. Follow that training. You never need to ask about, or talk through,
# the details of any method, and this course never goes into them.

# %% [markdown]
# ### Exercise: better off without me
#
# Orla has rung the peer line. Turn the draft into a direct, caring question. You can
# skip this one, or any of them.

# %% jupyter={"source_hidden": true}
show("crisis-rewrite-anything-silly")

# %% [markdown]
# ### Exercise: tired of fighting
#
# Tunde is texting late at night. Stay with his tiredness first, then ask directly.

# %% jupyter={"source_hidden": true}
show("crisis-rewrite-so-much-to-live-for")

# %% [markdown]
# ### Exercise: hurrying past it
#
# Spot the phrases in the reply to Wilf that shrink what he said, or answer for him.

# %% jupyter={"source_hidden": true}
show("crisis-spot-dont-be-daft")

# %% [markdown]
# ### Exercise: not glad to be home
#
# Idris came home from a mental-health ward four days ago. The first weeks after leaving
# hospital are a known time of higher risk for suicide, even when everyone around the person
# expects them to feel better. (In the role-play in notebook 12, you will meet Dara, two
# days home from hospital. Keep Idris in mind when you do.)

# %% jupyter={"source_hidden": true}
show("crisis-choose-first-days-home")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: asking directly (click to open)</summary>
#
# Pair activity: **"Saying the words"** (15 minutes)
#
# 1. (2 min) Explain that the aim is only to get used to *saying* the words. Nobody plays a
#    person in crisis, and nobody uses their own story.
# 2. (6 min) In pairs, take turns to say each of the direct questions above out loud, three
#    times each, in your own voice. The listener says only "thank you".
# 3. (4 min) Each person writes the question in the words *they* would use, and says it
#    once more.
# 4. (3 min) Whole group: what did you notice in your voice or body? Which words felt most
#    like you?
#
# Discussion questions (choose one or two):
#
# - What makes the word "suicide" hard to say? Where did we learn that?
# - Think of the phrases "anything silly" or "anything stupid". What might someone hear in
#   them?
# - In the role-play in notebook 12, Dara is two days home from hospital, and the script
#   never asks about safety. At what point would you ask Dara directly, and how?
#
# If someone in the group says that a question like this was once asked of them, thank them,
# and don't ask for more.
#
# </details>

# %% [markdown]
# ## Other moments of crisis
#
# Thoughts of suicide are one kind of crisis. Here are some others you may meet, and what
# the values look like in each. In all of them, you can ask directly about safety.
#
# **Self-harm.** Many people hurt themselves as a way of getting through overwhelming
# feelings. It is not always linked to suicide, though it can be, so it is worth asking.
# What helps most is a calm response without shock or disgust: thank them for telling you,
# ask whether they are safe right now and whether any injury needs care, and don't ask them
# to promise to stop. A promise made to please you can add to the shame and make it harder to
# tell you next time. This is harm reduction: safety and connection first, with no
# conditions.
#
# **Hearing voices.** Voices are real experiences to the person who hears them. Many people
# live well alongside their voices. When voices become loud or cruel, take the person's
# experience seriously rather than arguing with it, and ask directly: "Are the voices telling
# you to hurt yourself?" (or anyone else).
#
# **Drink or drugs in a crisis.** Someone who has been drinking or using is still a person in
# pain, and their pain is real. Alcohol and drugs can make a crisis more dangerous, so asking
# directly matters even more. Harm reduction means meeting people where they are: no lecture,
# and no "ring back when you're sober". You might ask whether they are somewhere safe and
# whether anyone is with them. If someone may be physically unwell, for example very drowsy or
# hard to wake, treat it as a medical emergency.
#
# **Abuse at home.** Domestic abuse is not only violence. In the UK, controlling behaviour,
# such as checking someone's phone or controlling their money, is recognised as abuse too.
# You can ask plainly: "Are you safe at home?" Whether and when to leave is the person's
# decision. The time around leaving can carry extra risk, which is one reason specialist
# domestic abuse services help people plan it. Take care with anything you send or write
# down that someone else might read. If children are involved, follow your organisation's
# **safeguarding** policy (safeguarding means the duty to protect children, and adults at
# risk, from harm).

# %% [markdown]
# ### Exercise: the voices are loud this week
#
# Marta has heard voices for many years. Rewrite the draft so you take her seriously and
# ask about her safety.

# %% jupyter={"source_hidden": true}
show("crisis-rewrite-voices-loud")

# %% [markdown]
# ### Exercise: please don't be disgusted
#
# Keisha has told you she has started hurting herself again. Rewrite the draft so she hears
# that you are not disgusted.

# %% jupyter={"source_hidden": true}
show("crisis-rewrite-ashamed")

# %% [markdown]
# ### Exercise: I've had a few
#
# Gethin has rung the line after midnight, and he has been drinking. Choose the response
# that meets him where he is.

# %% jupyter={"source_hidden": true}
show("crisis-choose-had-a-few")

# %% [markdown]
# ### Exercise: I'm probably overreacting
#
# Senait mentions, almost in passing, what happened at home last night. Rewrite the draft
# so the choices stay with her.

# %% jupyter={"source_hidden": true}
show("crisis-rewrite-safe-at-home")

# %% [markdown]
# ## What a peer does, and does not do, in a crisis
#
# A peer support worker is not a clinician, a crisis team or an emergency service. That is
# not a weakness: it is why people sometimes tell a peer what they have told nobody else.
#
# **A peer does:**
#
# - stay, listen, and take the person seriously;
# - ask directly about suicide and safety;
# - share, briefly and with purpose, something of their own experience of getting through;
# - help the person make their own safety plan;
# - know their organisation's policy and the local crisis contacts, and bring others in
#   when needed, openly.
#
# **A peer does not:**
#
# - diagnose, prescribe or advise on medication, or decide on admission to hospital;
# - **promise to keep everything secret.** Say the limits of confidentiality early and
#   honestly, ideally before anything hard comes up: "What you tell me stays between us,
#   unless I'm worried about your safety or someone else's. If that happens, I'll talk to
#   you about what I need to do." (**Confidentiality** means keeping what someone tells you
#   private.)
# - **ask for, or share, any detail of methods** of suicide or self-harm, ever, including in
#   their own story;
# - carry it alone. Crisis work is team work: you have a supervisor, a policy and colleagues.

# %% [markdown]
# ### Exercise: whose part is it?
#
# Sort each task: part of a peer's role, or a task for a clinician or crisis team?

# %% jupyter={"source_hidden": true}
show("crisis-sort-whose-part")

# %% [markdown]
# ### Exercise: promise you won't tell
#
# Abdi asks you to promise before he tells you something. Choose the response that is both
# warm and honest.

# %% jupyter={"source_hidden": true}
show("crisis-choose-promise-not-to-tell")

# %% [markdown]
# ## Making a safety plan together
#
# A **safety plan** is a short, written plan a person makes for the moments when thoughts
# of suicide get stronger. Many services use a version of the plan developed by Barbara
# Stanley and Gregory Brown. It is not a promise or a contract. It is a list of the
# person's *own* steps, in their *own* words, usually with parts like these:
#
# 1. **My warning signs:** the thoughts, feelings or situations that tell me a crisis might
#    be coming.
# 2. **Things I can do on my own** to get through: things that have helped before, even a
#    little.
# 3. **People and places** that take my mind off things.
# 4. **People I can ask for help**, and how to reach them.
# 5. **Services I can contact**, such as a crisis line, my GP or the local crisis team, and
#    when each one is open.
# 6. **Making things safer for now.** Some people choose to make their surroundings safer
#    for a while, for example by asking someone they trust to look after things for them.
#    This is always the person's choice, talked about in general terms. A safety plan
#    never needs the details of any method.
#
# Many people add **what matters most to me**: the people, hopes and reasons that keep them
# going. That part can carry real hope, when it is the person's own.
#
# **Keep the person at the centre.** A plan written *for* someone is easily forgotten in the
# middle of a bad night. A plan written *by* them, in their words, with you alongside, is one
# they can recognise and use. So:
#
# - let them hold the pen (or the phone);
# - ask, don't fill in: "What have you noticed happens first?" "What has helped, even a
#   little?";
# - accept "I don't know" and come back to it; a plan can start with one line;
# - agree where they will keep it, and who else (if anyone) they want to have a copy.

# %% [markdown]
# ### Exercise: a plan for bad nights
#
# Ines would like something written down for when nights get bad. Choose the response that
# starts a plan that is truly hers.

# %% jupyter={"source_hidden": true}
show("crisis-choose-safety-plan-hers")

# %% [markdown]
# ### Exercise: nothing helps
#
# Faisal is stuck on the part of his plan about things he can do to help himself. Rewrite the
# draft as one open question.

# %% jupyter={"source_hidden": true}
show("crisis-rewrite-nothing-helps")

# %% [markdown]
# ## Bringing others in
#
# Sometimes you can't, and shouldn't, hold a situation on your own. If someone's life is in
# immediate danger, call emergency services (999 in the UK). If you are worried about their
# safety but it is not an emergency, follow your organisation's policy: usually that means
# talking to your supervisor or the manager on duty, and the person's crisis team if they
# have one. If you don't know your policy yet, finding it is a good first step this week.
#
# Bringing others in does not have to mean taking over. You can keep the person at the
# centre:
#
# - **Tell them what you are doing, and why,** before you do it where you can: "I'm worried
#   about your safety, so I need to bring in my manager. I'll stay with you."
# - **Offer the choices that are still theirs:** who they would like with them, whether
#   they want to make the call themselves, what they want the crisis team to know.
# - **Stay if you can.** Leaving someone alone to make a phone call about them can feel like
#   a betrayal.
# - **Be honest about what you don't control.** You can't promise what others will decide,
#   but you can promise to tell them what you know.
#
# Here is what it can sound like:

# %% jupyter={"source_hidden": true}
demo(
    "I'm worried about your safety, and I'd like us to ring the crisis team together. "
    "What would make that call easier for you?"
)

# %% [markdown]
# ### When someone is sectioned
#
# Sometimes people are kept in hospital without agreeing to it. In England and Wales this is
# called being **sectioned**, after the sections of the Mental Health Act 1983 that allow
# it; Scotland and Northern Ireland have their own laws. Decisions to section someone are
# made under the law, usually by doctors and specially trained professionals, and never by a
# peer.
#
# Many peer workers have been sectioned themselves, and know how frightening, angry and
# lonely it can feel. A peer's part is to hear that, without defending the decision or
# arguing against it, and to help the person's voice be heard. People who are sectioned have
# rights, including information about why they are there, a way to challenge the decision,
# and usually the right to an independent advocate (someone who helps them speak up, and who
# is not part of the hospital team). Your organisation can tell you how these work where you
# are.

# %% [markdown]
# ### Exercise: tonight
#
# Marisol has told you she has decided to end her life tonight. Choose the response that
# brings in help and keeps her at the centre.

# %% jupyter={"source_hidden": true}
show("crisis-choose-bring-others-in")

# %% [markdown]
# ### Exercise: nobody listens in here
#
# Adaeze was sectioned three days ago. Rewrite the draft so she feels heard.

# %% jupyter={"source_hidden": true}
show("crisis-rewrite-sectioned")

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: roles, confidentiality and bringing others in (click to open)</summary>
#
# Discussion questions:
#
# - How do you explain the limits of confidentiality at the start of a peer relationship?
#   Try saying it in one or two sentences, in your own words.
# - When have you seen help brought in *to* someone rather than *with* them? What would have
#   made the difference?
# - What does your organisation's policy ask you to do when you are worried about someone's
#   safety, in hours and out of hours? (Take one minute to explain it here, plainly.)
#
# Some learners will have been on the receiving end of emergency help that felt frightening
# or unfair, including being sectioned or restrained. Acknowledge that openly: the point is
# to do it as humanely as we can, not to pretend it is always done well.
#
# </details>

# %% [markdown]
# ## After a hard conversation
#
# Crisis conversations stay with us. Afterwards you might feel shaky, flat, wired, tearful,
# or nothing at all for a while. You might replay what you said, or worry about the person
# all evening. All of this is normal. It is a sign that you care, not a sign that this work
# isn't for you.
#
# - **Debrief soon.** A **debrief** is a short conversation, soon after, with your supervisor
#   or a colleague: what happened, how you are, what happens next. Ask for one. You don't
#   have to be falling apart to need it.
# - **Use supervision.** Regular supervision is a place to think about the work and how it
#   affects you. Bring the hard conversations there.
# - **Notice vicarious trauma.** **Vicarious trauma** means the changes that can build up in
#   us from hearing about other people's pain and trauma, over time: trouble sleeping, dread
#   before a shift, feeling numb, seeing danger everywhere. If you notice these, talk to
#   your supervisor, early. It is an occupational hazard, not a personal failing.
# - **Mind your own story.** For peer workers, a crisis conversation can stir our own
#   history. It is fine to need support with that, and to ask for it.
# - **Offer yourself compassion.** You will sometimes wish you had said something else.
#   Talk to yourself as you would to a colleague: "That was hard. I stayed, and I asked. I
#   can talk it over tomorrow." The core values say that hope and wholeness for all include
#   "cultivating compassion for both self and others". That includes you.
#
# If someone you have supported dies by suicide, the grief can be complicated and heavy,
# with questions that may never be answered. It is not your fault, and you should not carry
# it alone. Ask your organisation for support, and take the time you need.

# %% [markdown]
# ## A private reflection
#
# This one is just for you. What you write is private: it is never scored, never shared, and
# it stays on this computer. Write as much or as little as you like, or skip it.

# %% jupyter={"source_hidden": true}
show("crisis-reflect-afterwards")

# %% [markdown]
# ## Try it this week
#
# Pick one or two small practices:
#
# 1. **Find your policy and your numbers.** Look up your organisation's safety policy, and
#    put the local crisis contacts somewhere you can find them quickly, such as your phone.
# 2. **Say the words out loud.** Practise "Are you thinking about suicide?" on your own, or
#    with a colleague, until the words feel like yours.
# 3. **Plan your own debrief.** Decide who you will talk to after a hard conversation, and
#    what helps you set the day down.

# %% [markdown] tags=["facilitator"]
# <details>
# <summary>Facilitator notes: closing the session (click to open)</summary>
#
# Leave at least ten minutes for the close, and don't end on the hardest material.
#
# - Remind everyone where the crisis contacts and the policy are, and who they can talk to
#   after the session, including you.
# - A grounding close: invite people to notice five things they can see, or to name one
#   small thing they will do for themselves this evening. Passing is fine.
# - Check in quietly with anyone who stepped out or went quiet, before they leave.
# - Look after yourself too: plan your own debrief with your co-facilitator.
#
# </details>

# %% [markdown]
# ## Summary
#
# - In a crisis, presence comes before problem-solving: slow down, name what you notice,
#   and say that you are staying.
# - Ask directly and caringly about suicide. Asking does not put the idea in anyone's head.
#   Questions that hope for "no" make "yes" hard to say.
# - A peer stays, listens, asks and plans alongside. A peer does not diagnose, does not
#   promise secrecy, and never goes into the details of methods.
# - A safety plan belongs to the person: their warning signs, their ways of coping, their
#   people and places, in their words.
# - When you bring others in, tell the person what you are doing and why, and keep them at
#   the centre.
# - Look after yourself afterwards: debrief, supervision, and the compassion you offer others.
#
# Here are the crisis contacts again, and your progress so far. When you're ready, the next
# notebook is **10 · Ethics and boundaries**.

# %% jupyter={"source_hidden": true}
crisis_contacts()

# %% jupyter={"source_hidden": true}
progress_view()

# %% [markdown]
# ## [Next: 10 · Ethics, confidentiality and boundaries](10_ethics_and_boundaries.ipynb)
